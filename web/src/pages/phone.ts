// The participant's phone page, /j/CODE: join with a nickname, then write notes, vote, rate and sign up live.
//
// Stable hooks for browser tests (data-testid):
//   Join form:   nickname (input), table-choice (<select>, only when the soirée has tables), join (button).
//   Header:      me-nickname (the participant's nickname); the connection badge is .connection[data-state].
//   Workshop:    workshop-title, workshop-input (challenge / project card / external project text).
//   Round:       round-name, countdown (text m:ss; data-remaining-ms = ms left by the server clock at the last
//                render, re-rendered every 250 ms; frozen while paused).
//   Composer:    note-text (textarea), column-<key> (choice buttons, aria-pressed), send-note, char-count.
//   My notes:    my-notes (list), my-note (item: data-note-id, data-pending="true|false"), edit-note, delete-note.
//                Editing shows edit-text (textarea), save-note and cancel-edit. Deleting takes two taps on
//                delete-note: the first turns it into the confirmation (data-confirm="true") next to cancel-delete.
//   Votes:       vote-target (data-target-id, data-count), vote-add, vote-remove, votes-left (remaining dots).
//   Rating:      rate-1 … rate-5 (aria-pressed).
//   Stars:       star (data-target-id, aria-pressed), for the project holder in a round with holder stars.
//   Sign-ups:    piste (data-piste-id, data-signed), sign-up, consent (checkbox), contact-name, contact-email,
//                contact-phone (shown once consent is ticked), withdraw-sign-up.
//   Table:       table-change (<select>) to change table later.
import '../i18n/phone';
import { api, RequestFailed, type JoinInfo } from '../lib/api';
import { byId, h, replace } from '../lib/dom';
import { initLanguage, onLanguageChange, t } from '../lib/i18n';
import { lastPathSegment, languageSwitch } from '../lib/page';
import { closedReason, joinError, joinForm } from './phone/join';
import { loadCode, loadIdentity, saveCode, type Identity } from './phone/storage';

const root = byId('app');
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
  part.startLive(root, identity, title);
}

function showJoin(info: JoinInfo): void {
  rerender = () => {
    const previous = document.getElementById('nickname') as HTMLInputElement | null;
    const typed = previous?.value ?? '';
    const table = (document.getElementById('table-choice') as HTMLSelectElement | null)?.value ?? '';
    shell(info.title, joinForm(code, info, (identity) => void goLive(identity, info.title)));
    const input = document.getElementById('nickname') as HTMLInputElement | null;
    if (input) input.value = typed;
    const select = document.getElementById('table-choice') as HTMLSelectElement | null;
    if (select) select.value = table;
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

function showCodeForm(): void {
  rerender = showCodeForm;
  const input = h('input', { id: 'code', type: 'text', autocapitalize: 'characters', autocomplete: 'off', maxlength: 12, 'aria-describedby': 'code-help' });
  shell(t('phone.title'),
    h('section', { class: 'card', 'aria-labelledby': 'code-heading' },
      h('h2', { id: 'code-heading' }, t('phone.code.title')),
      h('form', {
        onsubmit: (event: Event) => {
          event.preventDefault();
          const value = input.value.replace(/[\s-]/g, '').toUpperCase();
          if (value) location.assign(`/j/${encodeURIComponent(value)}`);
        },
      },
      h('label', { for: 'code' }, t('phone.code.label')),
      h('p', { class: 'help', id: 'code-help' }, t('phone.code.help')),
      input,
      h('button', { type: 'submit', class: 'big' }, t('phone.code.submit')))));
}

async function boot(): Promise<void> {
  if (!code || code === 'J') {
    initLanguage();
    showCodeForm();
    return;
  }
  initLanguage(loadCode(code)?.language);
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
    showProblem(joinError(error), !(error instanceof RequestFailed));
    return;
  }
  saveCode(code, { sessionId: info.sessionId, title: info.title, language: info.language });
  initLanguage(info.language);
  document.title = info.title;
  const identity = loadIdentity(info.sessionId);
  if (identity) {
    await goLive(identity, info.title);
    return;
  }
  showJoin(info);
}

void boot();
