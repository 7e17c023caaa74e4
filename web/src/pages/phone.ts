// The participant's phone page, /j/CODE: join with a nickname, then write notes, vote, rate and sign up live.
//
// Stable hooks for browser tests (data-testid):
//   Code:        code-form (a field to type the soirée's code: on /j/ alone, and right under the message of a wrong
//                code), join-code-input, join-code-submit, code-error.
//   Join form:   nickname (input), table-choice (fieldset, only when the soirée has tables) of join-table radios
//                (value = the table's id; the last one, value "", is "not yet"; none is chosen for the person), join.
//   Header:      me-nickname (the participant's nickname; embedded, in the "Saisie pour …" line); the connection
//                badge is .connection[data-state]. messages: the polite live region of short messages.
//   Workshop:    workshop-title, workshop-input (<details>: a one-line summary of the challenge / project card /
//                external project that opens in full).
//   Round:       round-name, countdown (text m:ss; data-remaining-ms = ms left by the server clock at the last
//                render, re-rendered every 250 ms; frozen while paused).
//   Table:       table-pick (shown instead of anything to write while the workshop in progress runs at tables and
//                the person sits at none of its tables) with table-option buttons (data-table-id); table-change
//                (<select>) to change table later.
//   Composer:    composer (data-state = open | grace | paused | kept: grace is the few seconds after 0:00 when the
//                server still takes a note; kept is a text that did not go, kept for the next writing round of the
//                workshop), note-text (textarea, saved as it is typed), column-<key> (choice buttons, aria-pressed;
//                only when the round has several columns), send-note, char-count, composer-time (paused, time up),
//                composer-status (the fate of the last note: only "envoyé" once the server acknowledged it),
//                copy-draft, discard-draft (data-confirm="true" on the second tap).
//   My notes:    my-notes (list), my-note (item: data-note-id, data-state = pending | refused | sent, data-pending =
//                "true" while in the outbox), note-state (its badge), note-refusal (why a refused note did not go,
//                or that it can go now), resend-note (only when sending can work now), withdraw-note (two taps,
//                data-confirm), edit-note, delete-note. Editing shows edit-text (textarea), save-note and
//                cancel-edit. Deleting takes two taps on delete-note: the first turns it into the confirmation
//                (data-confirm="true") next to cancel-delete.
//   Votes:       vote-target (data-target-id, data-count), vote-add, vote-remove, votes-left (remaining dots),
//                read-more (shown only when the card's text is cut; aria-expanded).
//   Rating:      rate-1 … rate-5 (aria-pressed).
//   Stars:       star (data-target-id, aria-pressed), for the project holder in a round with holder stars.
//   Sign-ups:    piste (data-piste-id, data-signed), sign-up, consent (checkbox), contact-name, contact-email,
//                contact-phone (shown once consent is ticked), withdraw-sign-up.
//   Deleted:     session-deleted.
import '../i18n/phone';
import { api, RequestFailed, type JoinInfo } from '../lib/api';
import { byId, h, replace } from '../lib/dom';
import { initLanguage, onLanguageChange, t } from '../lib/i18n';
import { displayJoinCode, normalizeJoinCode } from '../lib/joincode';
import { lastPathSegment, languageSwitch } from '../lib/page';
import { closedReason, codeForm, isBadCode, joinError, joinForm } from './phone/join';
import { loadCode, loadIdentity, saveCode, saveIdentity, type Identity } from './phone/storage';

const root = byId('app');
root.classList.add('phone');
const code = lastPathSegment().replace(/[\s-]/g, '').toUpperCase();
let live = false;
let rerender: (() => void) | null = null;

onLanguageChange(() => {
  if (!live && rerender) rerender();
});

function shell(title: string, ...content: Array<Node | null>): void {
  replace(root,
    h('header', { class: 'phone-header' }, h('div', { class: 'bar' }, h('span', { class: 'app-name' }, t('app.name')), languageSwitch()), h('div', { class: 'header-text' }, h('h1', null, title))),
    h('main', { id: 'main', class: 'phone-main' }, ...content));
}

// The live part (SignalR and MessagePack: most of the page's weight) is a chunk of its own, so the join form never
// waits for it. It starts loading as soon as the form shows and is there by the time the person taps "Rejoindre".
type LivePart = typeof import('./phone/live');
let livePart: Promise<LivePart> | null = null;

/** Loads the live part once; a failed load is forgotten, so the next try fetches it again. */
function loadLive(): Promise<LivePart> {
  livePart ??= import('./phone/live').catch((error: unknown) => {
    livePart = null;
    throw error;
  });
  return livePart;
}

function prefetchLive(): void {
  // A failure here is seen again, and shown, by the goLive that needs the part.
  loadLive().catch(() => undefined);
}

async function goLive(identity: Identity, title: string): Promise<void> {
  // The form stays as it is (joining) while the part loads; a language switch must not bring back its button.
  rerender = null;
  let part: LivePart;
  try {
    part = await loadLive();
  } catch (error) {
    showProblem(joinError(error), true);
    return;
  }
  // A second tap or a retry may have got here first while the part was loading.
  if (live) return;
  live = true;
  document.title = title;
  part.startLive(root, identity, { title });
}

function showJoin(info: JoinInfo): void {
  rerender = () => {
    const previous = document.getElementById('nickname') as HTMLInputElement | null;
    const typed = previous?.value ?? '';
    const table = document.querySelector<HTMLInputElement>('input[name="table"]:checked')?.value ?? null;
    shell(info.title, joinForm(code, info, (identity) => void goLive(identity, info.title)));
    const input = document.getElementById('nickname') as HTMLInputElement | null;
    if (input) input.value = typed;
    for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="table"]'))) radio.checked = radio.value === table;
  };
  rerender();
  if (closedReason(info)) return;
  document.getElementById('nickname')?.focus();
  prefetchLive();
}

function showProblem(message: string, retry: boolean): void {
  rerender = () => showProblem(message, retry);
  shell(t('phone.title'),
    h('section', { class: 'card problem', 'aria-labelledby': 'problem-heading' },
      h('h2', { id: 'problem-heading' }, t('phone.problem.title')),
      h('p', { class: 'error', role: 'alert' }, message),
      retry ? h('button', { type: 'button', class: 'big', onclick: () => void boot() }, t('phone.problem.retry')) : null));
}

/** The code field, alone (no code in the address) or under the message of a code that leads nowhere. */
function showCodeForm(message: string | null = null, typed = ''): void {
  rerender = () => {
    const input = document.getElementById('code') as HTMLInputElement | null;
    showCodeForm(message === null ? null : t('phone.join.badCode'), input?.value ?? typed);
  };
  shell(t('phone.title'), codeForm(message, typed));
}

async function boot(): Promise<void> {
  if (!code || code === 'J') {
    initLanguage();
    showCodeForm();
    return;
  }
  initLanguage(loadCode(code)?.language);
  if (!normalizeJoinCode(code)) {
    // Not even the shape of a code: say so at once, without spending one of the hall's wrong tries on the server.
    showCodeForm(t('phone.join.badCode'), lastPathSegment());
    return;
  }
  // A phone that joined before goes straight to the live view: its live part loads alongside the join code.
  const saved = loadCode(code);
  if (saved && loadIdentity(saved.sessionId)) prefetchLive();
  shell(loadCode(code)?.title ?? t('phone.title'), h('p', { class: 'calm', role: 'status' }, t('phone.loading.text')));
  let info: JoinInfo;
  try {
    info = await api.resolveJoinCode(code);
  } catch (error) {
    // Offline with a known soirée: go straight in, the live session waits for the network.
    const known = loadCode(code);
    const identity = known ? loadIdentity(known.sessionId) : null;
    if (identity && !(error instanceof RequestFailed)) {
      await goLive(identity, known!.title);
      return;
    }
    if (isBadCode(error)) {
      showCodeForm(joinError(error), displayJoinCode(code));
      document.getElementById('code')?.focus();
      return;
    }
    showProblem(joinError(error), !(error instanceof RequestFailed));
    return;
  }
  saveCode(code, { sessionId: info.sessionId, title: info.title, language: info.language });
  initLanguage(info.language);
  document.title = info.title;
  takePersonalLink(info.sessionId);
  const identity = loadIdentity(info.sessionId);
  if (identity) {
    await goLive(identity, info.title);
    return;
  }
  showJoin(info);
}

/**
 * A porteur's personal link (/j/CODE#p=ID&t=TOKEN&n=NAME, made when the démarche's soirée was created) holds the
 * participant the server already joined for them: it is kept on the phone like a join, and the secret leaves the
 * address bar.
 */
function takePersonalLink(sessionId: string): void {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const participantId = fragment.get('p');
  const token = fragment.get('t');
  if (!participantId || !token) return;
  saveIdentity({ sessionId, participantId, token, nickname: fragment.get('n') ?? '' });
  history.replaceState(null, '', location.pathname);
}

void boot();
