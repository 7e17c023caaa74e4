// The participant's live view: the workshop and its round with the countdown, the note composer, "Mes post-it",
// votes, rating, holder stars, sign-ups and the table. Rebuilt from session.snapshot on every change; each part is
// rebuilt only when what it shows has changed, so a tap or the caret is never lost to someone else's note.
import { h, replace, type Child } from '../../lib/dom';
import { formatCountdown, onLanguageChange, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { plural } from '../../lib/plural';
import { connectionBadge, languageSwitch } from '../../lib/page';
import { refusalOf, type Refusal } from '../../live/errors';
import { activeRound, focusedWorkshop, remainingMs as roundRemainingMs, type Note, type Round, type Snapshot, type Workshop } from '../../live/model';
import type { Pending } from '../../live/outbox';
import { LiveSession } from '../../live/session';
import { loadConsents, loadContact, MyTexts, saveConsents, saveContact, type Identity } from './storage';
import { excerpt, reason, sentence } from './text';
import { keepFocus, Slot } from './ui';

const maxNote = 500;
const maxContact = 120;

interface View {
  s: Snapshot;
  meId: string;
  workshop: Workshop | undefined;
  round: Round | undefined;
  open: boolean;
}

interface PisteForm {
  consent: HTMLInputElement;
  name: HTMLInputElement;
  email: HTMLInputElement;
  phone: HTMLInputElement;
  fields: HTMLElement;
}


export function startLive(root: HTMLElement, identity: Identity, fallbackTitle: string): void {
  const texts = new MyTexts(`st:${identity.sessionId}:${identity.participantId}:texts`);
  const contactKey = `st:${identity.sessionId}:${identity.participantId}:contact`;
  const consentKey = `st:${identity.sessionId}:${identity.participantId}:consents`;
  const consents = loadConsents(consentKey);
  const session = new LiveSession(identity.token, `st:${identity.sessionId}:${identity.participantId}`, (item, refusal) => refused(item, refusal));

  // ---- Header: title, who I am, connection, language.
  const badge = connectionBadge();
  const langButton = languageSwitch();
  const headerSlot = new Slot(h('div', { class: 'header-text' }));
  const header = h('header', { class: 'phone-header' }, h('div', { class: 'bar' }, badge.element, langButton), headerSlot.element);

  // ---- Messages (refusals, confirmations), read out politely.
  const messages = h('ul', { class: 'messages', 'aria-live': 'polite', 'aria-relevant': 'additions' });

  // ---- Sections.
  const workshopSlot = new Slot(h('section', { class: 'card workshop', 'aria-labelledby': 'workshop-heading' }));
  const roundSlot = new Slot(h('section', { class: 'card round', 'aria-labelledby': 'round-heading' }));
  const votesSlot = new Slot(h('section', { class: 'card votes', 'aria-labelledby': 'votes-heading' }));
  const ratingSlot = new Slot(h('section', { class: 'card rating', 'aria-labelledby': 'rating-heading' }));
  const starsSlot = new Slot(h('section', { class: 'card stars', 'aria-labelledby': 'stars-heading' }));
  const notesSlot = new Slot(h('section', { class: 'card my-notes', 'aria-labelledby': 'my-notes-heading' }));
  const pistesSlot = new Slot(h('section', { class: 'card pistes', 'aria-labelledby': 'pistes-heading' }));
  const tableSlot = new Slot(h('section', { class: 'card table-change', 'aria-labelledby': 'table-heading' }));

  // ---- The composer keeps its elements, so what is being typed survives every update.
  let selectedColumn: string | null = null;
  const composerHeading = h('h2', { id: 'composer-heading' });
  const composerPrivate = h('p', { class: 'hint private-hint' });
  const columnsLegend = h('p', { class: 'columns-legend', id: 'columns-legend' });
  const columnsSlot = new Slot(h('div', { class: 'columns', role: 'group', 'aria-labelledby': 'columns-legend' }));
  const noteLabel = h('label', { for: 'note-text' });
  const noteText = h('textarea', {
    id: 'note-text', 'data-testid': 'note-text', maxlength: maxNote, rows: 4, enterkeyhint: 'send',
    autocapitalize: 'sentences', 'aria-describedby': 'char-count composer-status',
  });
  const charCount = h('span', { class: 'char-count', id: 'char-count', 'data-testid': 'char-count', 'aria-live': 'polite' });
  const sendButton = h('button', { type: 'button', class: 'primary big send', 'data-testid': 'send-note' });
  const composerStatus = h('p', { class: 'composer-status', id: 'composer-status', role: 'status' });
  const composer = h('section', { class: 'card composer', 'aria-labelledby': 'composer-heading' },
    composerHeading, composerPrivate, columnsLegend, columnsSlot.element, noteLabel, noteText,
    h('div', { class: 'composer-row' }, charCount, sendButton), composerStatus);
  composer.hidden = true;

  const main = h('main', { id: 'main', class: 'phone-main' },
    messages, workshopSlot.element, roundSlot.element, composer, votesSlot.element, ratingSlot.element,
    starsSlot.element, pistesSlot.element, notesSlot.element, tableSlot.element);
  replace(root, header, main);

  // ---- State of the page.
  let view: View | null = null;
  let countdown: HTMLElement | null = null;
  let timerState: HTMLElement | null = null;
  const editing = new Map<string, HTMLTextAreaElement>();
  const confirming = new Set<string>();
  const noteErrors = new Map<string, string>();
  const busyNotes = new Set<string>();
  let pendingRating: number | null = null;
  let ratingError = '';
  const pendingStars = new Map<string, boolean>();
  let starError = '';
  const pisteForms = new Map<string, PisteForm>();
  const pisteErrors = new Map<string, string>();
  const busyPistes = new Set<string>();
  let tableStatus = '';

  // ---- Messages.
  function flash(text: string, kind: 'error' | 'info'): void {
    const item = h('li', { class: `message ${kind}` },
      h('span', null, text),
      h('button', { type: 'button', class: 'secondary close', 'aria-label': t('phone.message.close'), onclick: () => item.remove() }, '×'));
    messages.append(item);
    while (messages.children.length > 4) messages.firstElementChild?.remove();
    if (kind === 'info') window.setTimeout(() => item.remove(), 8000);
  }

  function refused(item: Pending, refusal: Refusal): void {
    if (item.method === 'AddNote') {
      const text = String(item.args[3] ?? '');
      flash(t('phone.refused.note', { text: excerpt(text), reason: reason(refusal) }), 'error');
      // Nothing is lost: the text goes back into the composer when it is empty.
      if (noteText.value.trim() === '') {
        noteText.value = text;
        updateCounter();
      }
    } else if (item.method === 'CastVote') {
      flash(t('phone.refused.vote', { reason: reason(refusal) }), 'error');
    } else if (item.method === 'WithdrawVote') {
      flash(t('phone.refused.unvote', { reason: reason(refusal) }), 'error');
    } else {
      flash(sentence(refusal), 'error');
    }
    render();
  }

  // ---- The clock.
  function remainingMs(round: Round): number {
    return roundRemainingMs(round, session.serverNow());
  }

  function canWrite(): boolean {
    const round = view?.round;
    return !!view?.open && !!round && round.status === 'running' && remainingMs(round) > 0;
  }

  function tick(): void {
    const round = view?.round;
    if (round && countdown && timerState) {
      const ms = remainingMs(round);
      const text = formatCountdown(ms);
      if (countdown.textContent !== text) countdown.textContent = text;
      countdown.dataset.remainingMs = String(Math.round(ms));
      const state = round.status === 'paused' ? 'paused' : ms <= 0 ? 'over' : ms <= 30_000 ? 'soon' : 'running';
      if (timerState.dataset.state !== state) {
        timerState.dataset.state = state;
        timerState.textContent = t(`phone.timer.${state}`);
        countdown.parentElement?.setAttribute('data-state', state);
      }
    }
    sendButton.disabled = !canWrite() || noteText.value.trim() === '';
  }

  // ---- Rendering.
  function render(): void {
    const s = session.snapshot;
    const meId = session.me?.id ?? identity.participantId;
    const me = s?.participants.find((p) => p.id === meId);
    const lang = document.documentElement.lang;
    const title = s?.title ?? fallbackTitle;
    const nickname = me?.nickname || identity.nickname;
    const table = me?.tableId ? s?.tables.find((x) => x.id === me.tableId) : undefined;
    headerSlot.update(JSON.stringify([lang, title, nickname, table?.name]), () => [
      h('h1', null, title),
      h('p', { class: 'who' }, t('phone.header.you'), ' ', h('strong', { 'data-testid': 'me-nickname' }, nickname),
        table ? ` · ${t('phone.header.table', { table: table.name })}` : null),
    ]);

    if (!s) {
      view = null;
      workshopSlot.update(`loading|${lang}`, () => [
        h('h2', { id: 'workshop-heading' }, t('phone.loading.title')),
        h('p', null, t('phone.loading.text')),
      ]);
      for (const slot of [roundSlot, votesSlot, ratingSlot, starsSlot, notesSlot, pistesSlot, tableSlot]) slot.clear();
      composer.hidden = true;
      return;
    }

    const workshop = focusedWorkshop(s, me?.tableId ?? null, false);
    const round = activeRound(workshop);
    view = { s, meId, workshop, round, open: s.state === 'open' };
    renderWorkshop(view, lang);
    renderRound(view, lang);
    renderComposer(view, lang);
    renderVotes(view, lang);
    renderRating(view, lang);
    renderStars(view, lang);
    renderMyNotes(view, lang);
    renderPistes(view, lang);
    renderTable(view, lang);
    tick();
  }

  function renderWorkshop(v: View, lang: string): void {
    const w = v.workshop;
    workshopSlot.update(JSON.stringify([lang, w?.id, w?.title, w?.format, w?.input]), () => {
      if (!w) return [h('h2', { id: 'workshop-heading' }, t('phone.workshop.none')), h('p', null, t('phone.workshop.noneText'))];
      const input = w.input;
      const parts: Child[] = [];
      if (input.challenge) {
        parts.push(h('p', { class: 'label' }, t('phone.input.challenge')), h('p', { class: 'challenge' }, input.challenge.text));
        if (input.challenge.theme) parts.push(h('p', { class: 'meta' }, t('phone.input.theme', { theme: input.challenge.theme })));
      }
      if (input.projectCard) {
        const card = input.projectCard;
        if (card.holder) parts.push(h('p', { class: 'meta' }, t('phone.input.holder', { holder: card.holder })));
        parts.push(h('p', { class: 'label' }, t('phone.input.pitch')), h('p', { class: 'pitch' }, card.pitch));
        if (card.needs) parts.push(h('p', { class: 'label' }, t('phone.input.needs')), h('p', { class: 'needs' }, card.needs));
      }
      if (input.externalProject) {
        const project = input.externalProject;
        parts.push(h('p', { class: 'project-name' }, project.name));
        if (project.originTerritory) parts.push(h('p', { class: 'meta' }, t('phone.input.origin', { origin: project.originTerritory })));
        if (project.description) parts.push(h('p', { class: 'description' }, project.description));
        if (project.successFactors.length > 0) {
          parts.push(h('p', { class: 'label' }, t('phone.input.successFactors')),
            h('ul', { class: 'factors' }, ...project.successFactors.map((f) => h('li', null, f))));
        }
      }
      return [
        h('p', { class: 'format' }, t(`format.${w.format}`)),
        h('h2', { id: 'workshop-heading', 'data-testid': 'workshop-title' }, w.title),
        h('div', { class: 'workshop-input', 'data-testid': 'workshop-input' }, ...parts),
      ];
    });
  }

  function renderRound(v: View, lang: string): void {
    const r = v.round;
    const closed = v.s.state === 'closed';
    roundSlot.update(JSON.stringify([lang, closed, v.workshop?.id, r?.id, r?.name, r?.instructions, r?.status]), () => {
      countdown = null;
      timerState = null;
      if (closed) {
        return [h('h2', { id: 'round-heading' }, t('phone.closed.title')), h('p', { class: 'calm' }, t('phone.closed.text'))];
      }
      if (!r) {
        return [h('h2', { id: 'round-heading' }, t('phone.waiting.title')), h('p', { class: 'calm' }, t('phone.waiting.text'))];
      }
      timerState = h('span', { class: 'timer-state' });
      countdown = h('span', { class: 'countdown', 'data-testid': 'countdown', role: 'timer', 'aria-label': t('phone.timer.label') });
      return [
        h('p', { class: 'label' }, t('phone.round.current')),
        h('h2', { id: 'round-heading', 'data-testid': 'round-name' }, r.name),
        h('div', { class: 'timer' }, countdown, timerState),
        r.instructions ? h('p', { class: 'instructions' }, r.instructions) : null,
      ];
    });
  }

  // ---- Composer.
  function updateCounter(): void {
    const length = noteText.value.length;
    charCount.textContent = t('phone.composer.count', { count: length, max: maxNote });
    charCount.classList.toggle('near', length >= maxNote - 50);
    sendButton.disabled = !canWrite() || noteText.value.trim() === '';
  }

  function renderComposer(v: View, lang: string): void {
    const r = v.round;
    const show = v.open && !!v.workshop && !!r && r.rules.columns.length > 0;
    composer.hidden = !show;
    if (!show || !r) return;
    const columns = r.rules.columns;
    if (columns.length === 1) selectedColumn = columns[0].key;
    else if (selectedColumn && !columns.some((c) => c.key === selectedColumn)) selectedColumn = null;
    composerHeading.textContent = t('phone.composer.title');
    composerPrivate.textContent = r.rules.privateUntilReveal ? t('phone.composer.private') : '';
    composerPrivate.hidden = !r.rules.privateUntilReveal;
    columnsLegend.textContent = columns.length > 1 ? t('phone.composer.chooseColumn') : t('phone.composer.oneColumn');
    noteLabel.textContent = t('phone.composer.label');
    sendButton.textContent = t('phone.composer.send');
    columnsSlot.update(JSON.stringify([lang, r.id, columns, selectedColumn]), () =>
      columns.map((c) => h('button', {
        type: 'button', class: 'choice', 'data-testid': `column-${c.key}`, 'data-fk': `column-${c.key}`,
        'aria-pressed': String(selectedColumn === c.key),
        onclick: () => {
          selectedColumn = c.key;
          composerStatus.textContent = '';
          render();
        },
      }, c.label)));
    if (r.status === 'paused' && composerStatus.dataset.kind !== 'paused') {
      composerStatus.textContent = t('phone.composer.paused');
      composerStatus.dataset.kind = 'paused';
    } else if (r.status === 'running' && composerStatus.dataset.kind === 'paused') {
      composerStatus.textContent = '';
      composerStatus.dataset.kind = '';
    }
    updateCounter();
  }

  function sendNote(): void {
    const v = view;
    const text = noteText.value.trim();
    if (!v?.workshop || !v.round) return;
    if (text === '') {
      composerStatus.textContent = t('phone.composer.empty');
      return;
    }
    if (!selectedColumn) {
      composerStatus.textContent = t('phone.composer.needColumn');
      composerStatus.dataset.kind = 'error';
      return;
    }
    if (!canWrite()) {
      composerStatus.textContent = v.round.status === 'paused' ? t('phone.composer.paused') : t('phone.composer.over');
      return;
    }
    const noteId = newId('n');
    texts.set(noteId, text);
    noteText.value = '';
    updateCounter();
    noteText.focus();
    composerStatus.textContent = session.state === 'online' ? t('phone.composer.sent') : t('phone.composer.queued');
    composerStatus.dataset.kind = 'ok';
    session.send(noteId, 'AddNote', noteId, v.workshop.id, selectedColumn, text, null);
    render();
  }

  noteText.addEventListener('input', updateCounter);
  noteText.addEventListener('keydown', (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      sendNote();
    }
  });
  sendButton.addEventListener('click', () => {
    sendNote();
  });

  // ---- Helpers over the snapshot.
  function noteText_(n: Note): string {
    const mine = texts.get(n.id);
    return (n.hidden || n.text === '') && mine !== undefined ? mine : n.text;
  }

  function visibleNotes(v: View): Note[] {
    return v.s.notes.filter((n) => n.workshopId === v.workshop?.id && !n.hidden && n.text !== '');
  }

  function columnLabel(w: Workshop, n: { roundId?: string; column: string }): string {
    for (const r of w.rounds) {
      if (n.roundId && r.id !== n.roundId) continue;
      const c = r.rules.columns.find((x) => x.key === n.column);
      if (c) return c.label;
    }
    return n.column;
  }

  // ---- Votes.
  function renderVotes(v: View, lang: string): void {
    const r = v.round;
    const w = v.workshop;
    const voting = r?.rules.voting;
    if (!v.open || !w || !r || !voting) {
      votesSlot.clear();
      return;
    }
    const clusters = v.s.clusters.filter((c) => c.workshopId === w.id);
    const notes = visibleNotes(v);
    const targets = clusters.length > 0
      ? clusters.map((c) => ({ id: c.id, title: c.title || t('phone.votes.untitled'), lines: notes.filter((n) => n.clusterId === c.id).map((n) => n.text) }))
      : notes.map((n) => ({ id: n.id, title: n.text, lines: [] as string[] }));
    const mine = new Map<string, number>();
    for (const x of v.s.votes) {
      if (x.voterId === v.meId && x.roundId === r.id && x.workshopId === w.id) mine.set(x.targetId, (mine.get(x.targetId) ?? 0) + 1);
    }
    for (const p of session.outbox.pending) {
      if (p.args[1] !== w.id) continue;
      const target = String(p.args[2]);
      if (p.method === 'CastVote') mine.set(target, (mine.get(target) ?? 0) + 1);
      if (p.method === 'WithdrawVote') mine.set(target, Math.max(0, (mine.get(target) ?? 0) - 1));
    }
    let used = 0;
    for (const n of mine.values()) used += n;
    const left = Math.max(0, voting.budget - used);
    const running = r.status === 'running';
    const key = JSON.stringify([lang, r.id, running, voting, targets, Array.from(mine.entries())]);
    votesSlot.update(key, () => [
      h('h2', { id: 'votes-heading' }, t('phone.votes.title')),
      h('p', { class: 'votes-left', 'aria-live': 'polite' },
        t('phone.votes.left'), ' ', h('strong', { 'data-testid': 'votes-left', 'data-left': left }, left), ' / ', voting.budget),
      h('p', { class: 'hint' }, t('phone.votes.cap', { cap: voting.capPerTarget })),
      targets.length === 0 ? h('p', { class: 'calm' }, t('phone.votes.none')) : null,
      h('ul', { class: 'targets' }, ...targets.map((target) => {
        const count = mine.get(target.id) ?? 0;
        return h('li', { class: 'vote-target', 'data-testid': 'vote-target', 'data-target-id': target.id, 'data-count': count },
          h('div', { class: 'target-text' },
            h('p', { class: 'target-title' }, target.title),
            target.lines.length > 0 ? h('ul', { class: 'target-notes' }, ...target.lines.map((line) => h('li', null, line))) : null),
          h('div', { class: 'vote-controls' },
            h('button', {
              type: 'button', class: 'secondary round-button', 'data-testid': 'vote-remove', 'data-fk': `vote-remove-${target.id}`,
              'aria-label': t('phone.votes.remove', { target: excerpt(target.title, 40) }), disabled: !running || count === 0,
              onclick: () => vote('WithdrawVote', w.id, target.id),
            }, '−'),
            h('span', { class: 'dots', 'aria-label': plural('phone.votes.mine', count) }, String(count)),
            h('button', {
              type: 'button', class: 'round-button', 'data-testid': 'vote-add', 'data-fk': `vote-add-${target.id}`,
              'aria-label': t('phone.votes.add', { target: excerpt(target.title, 40) }),
              disabled: !running || left === 0 || count >= voting.capPerTarget,
              onclick: () => vote('CastVote', w.id, target.id),
            }, '+')));
      })),
    ]);
  }

  function vote(method: 'CastVote' | 'WithdrawVote', workshopId: string, targetId: string): void {
    const requestId = newId('v');
    session.send(requestId, method, requestId, workshopId, targetId);
    render();
  }

  // ---- Rating.
  function renderRating(v: View, lang: string): void {
    const r = v.round;
    const w = v.workshop;
    if (!v.open || !w || !r || !r.rules.rating) {
      ratingSlot.clear();
      return;
    }
    const stored = v.s.ratings.find((x) => x.workshopId === w.id && x.participantId === v.meId)?.value ?? null;
    if (pendingRating !== null && stored === pendingRating) pendingRating = null;
    const current = pendingRating ?? stored;
    const running = r.status === 'running';
    ratingSlot.update(JSON.stringify([lang, r.id, running, current, ratingError]), () => [
      h('h2', { id: 'rating-heading' }, t('phone.rating.title')),
      h('p', { class: 'hint', id: 'rating-scale' }, t('phone.rating.scale')),
      h('div', { class: 'rating-buttons', role: 'group', 'aria-labelledby': 'rating-heading' },
        ...[1, 2, 3, 4, 5].map((value) => h('button', {
          type: 'button', class: 'choice rate', 'data-testid': `rate-${value}`, 'data-fk': `rate-${value}`,
          'aria-pressed': String(current === value), 'aria-label': t('phone.rating.value', { value }),
          'aria-describedby': 'rating-scale', disabled: !running,
          onclick: () => void rate(w.id, value),
        }, String(value)))),
      current !== null ? h('p', { class: 'ok' }, t('phone.rating.given', { value: current })) : null,
      ratingError ? h('p', { class: 'error', role: 'alert' }, ratingError) : null,
    ]);
  }

  async function rate(workshopId: string, value: number): Promise<void> {
    pendingRating = value;
    ratingError = '';
    render();
    try {
      await session.invoke('Rate', workshopId, value);
    } catch (error) {
      pendingRating = null;
      ratingError = sentence(refusalOf(error));
    }
    render();
  }

  // ---- Holder stars.
  function renderStars(v: View, lang: string): void {
    const r = v.round;
    const w = v.workshop;
    if (!v.open || !w || !r || !r.rules.holderStars || w.holderId !== v.meId) {
      starsSlot.clear();
      return;
    }
    const starred = new Set(v.s.stars.filter((x) => x.workshopId === w.id).map((x) => x.targetId));
    for (const [id, value] of pendingStars) {
      if (starred.has(id) === value) pendingStars.delete(id);
      else if (value) starred.add(id);
      else starred.delete(id);
    }
    const notes = visibleNotes(v);
    const clusters = v.s.clusters.filter((c) => c.workshopId === w.id);
    const targets = [
      ...clusters.map((c) => ({ id: c.id, title: c.title || t('phone.votes.untitled'), lines: notes.filter((n) => n.clusterId === c.id).map((n) => n.text) })),
      ...notes.filter((n) => !n.clusterId || !clusters.some((c) => c.id === n.clusterId)).map((n) => ({ id: n.id, title: n.text, lines: [] as string[] })),
    ];
    const running = r.status === 'running';
    starsSlot.update(JSON.stringify([lang, r.id, running, targets, Array.from(starred), starError]), () => [
      h('h2', { id: 'stars-heading' }, t('phone.stars.title')),
      h('p', { class: 'hint' }, t('phone.stars.help')),
      starError ? h('p', { class: 'error', role: 'alert' }, starError) : null,
      targets.length === 0 ? h('p', { class: 'calm' }, t('phone.votes.none')) : null,
      h('ul', { class: 'targets' }, ...targets.map((target) => {
        const on = starred.has(target.id);
        return h('li', { class: 'star-target', 'data-target-id': target.id },
          h('div', { class: 'target-text' },
            h('p', { class: 'target-title' }, target.title),
            target.lines.length > 0 ? h('ul', { class: 'target-notes' }, ...target.lines.map((line) => h('li', null, line))) : null),
          h('button', {
            type: 'button', class: on ? 'star on' : 'star secondary', 'data-testid': 'star', 'data-target-id': target.id,
            'data-fk': `star-${target.id}`, 'aria-pressed': String(on), disabled: !running,
            'aria-label': t('phone.stars.keep', { target: excerpt(target.title, 40) }),
            onclick: () => void star(w.id, target.id, !on),
          }, on ? `★ ${t('phone.stars.kept')}` : `☆ ${t('phone.stars.toKeep')}`));
      })),
    ]);
  }

  async function star(workshopId: string, targetId: string, value: boolean): Promise<void> {
    pendingStars.set(targetId, value);
    starError = '';
    render();
    try {
      await session.invoke('Star', workshopId, targetId, value);
    } catch (error) {
      pendingStars.delete(targetId);
      starError = sentence(refusalOf(error));
    }
    render();
  }

  // ---- My notes.
  function renderMyNotes(v: View, lang: string): void {
    const w = v.workshop;
    if (!w) {
      notesSlot.clear();
      return;
    }
    const sent = v.s.notes.filter((n) => n.workshopId === w.id && (n.authorId === v.meId || texts.has(n.id)));
    const known = new Set(v.s.notes.map((n) => n.id));
    const queued = session.outbox.pending.filter((p) => p.method === 'AddNote' && p.args[1] === w.id && !known.has(String(p.args[0])));
    const runningRound = w.rounds.find((r) => r.status === 'running')?.id ?? null;
    const items = [
      ...sent.map((n) => ({
        id: n.id, text: noteText_(n), column: columnLabel(w, n), colour: n.colour || 'jaune', hidden: n.hidden, pending: false,
        editable: v.open && n.roundId === runningRound,
      })),
      ...queued.map((p) => ({
        id: String(p.args[0]), text: String(p.args[3] ?? ''), column: columnLabel(w, { column: String(p.args[2]) }),
        colour: 'jaune', hidden: false, pending: true, editable: false,
      })),
    ];
    for (const id of Array.from(editing.keys())) if (!items.some((x) => x.id === id && x.editable)) editing.delete(id);
    for (const id of Array.from(confirming)) if (!items.some((x) => x.id === id && x.editable)) confirming.delete(id);
    const key = JSON.stringify([lang, items, Array.from(editing.keys()), Array.from(confirming), Array.from(noteErrors), Array.from(busyNotes)]);
    notesSlot.update(key, () => [
      h('h2', { id: 'my-notes-heading' }, t('phone.myNotes.title'), ' ', h('span', { class: 'count' }, `(${items.length})`)),
      items.length === 0 ? h('p', { class: 'calm' }, t('phone.myNotes.none')) : null,
      h('ul', { class: 'note-list', 'data-testid': 'my-notes' }, ...items.map((item) => {
        const error = noteErrors.get(item.id);
        const busy = busyNotes.has(item.id);
        const editor = editing.get(item.id);
        const status = item.pending ? t('phone.myNotes.pending') : item.hidden ? t('phone.myNotes.hidden') : null;
        let actions: Child = null;
        if (editor) {
          actions = h('div', { class: 'note-edit' },
            h('label', { for: editor.id }, t('phone.myNotes.editLabel')),
            editor,
            h('div', { class: 'actions' },
              h('button', { type: 'button', 'data-testid': 'save-note', 'data-fk': `save-${item.id}`, disabled: busy, onclick: () => void saveEdit(item.id) }, t('phone.myNotes.save')),
              h('button', { type: 'button', class: 'secondary', 'data-testid': 'cancel-edit', 'data-fk': `cancel-edit-${item.id}`, onclick: () => { editing.delete(item.id); noteErrors.delete(item.id); render(); } }, t('phone.myNotes.cancel'))));
        } else if (item.editable) {
          const asking = confirming.has(item.id);
          actions = h('div', { class: 'actions' },
            asking ? null : h('button', {
              type: 'button', class: 'secondary', 'data-testid': 'edit-note', 'data-fk': `edit-${item.id}`, disabled: busy,
              'aria-label': t('phone.myNotes.editNamed', { text: excerpt(item.text, 40) }),
              onclick: () => startEdit(item.id, item.text),
            }, t('phone.myNotes.edit')),
            h('button', {
              type: 'button', class: asking ? 'danger' : 'secondary danger-outline', 'data-testid': 'delete-note', 'data-fk': `delete-${item.id}`,
              'data-confirm': String(asking), disabled: busy,
              'aria-label': asking ? t('phone.myNotes.confirmDelete') : t('phone.myNotes.deleteNamed', { text: excerpt(item.text, 40) }),
              onclick: () => (asking ? void deleteNote(item.id) : askDelete(item.id)),
            }, asking ? t('phone.myNotes.confirmDelete') : t('phone.myNotes.delete')),
            asking ? h('button', { type: 'button', class: 'secondary', 'data-testid': 'cancel-delete', 'data-fk': `cancel-delete-${item.id}`, onclick: () => { confirming.delete(item.id); render(); } }, t('phone.myNotes.cancel')) : null);
        }
        return h('li', { class: `note ${item.colour} my-note`, 'data-testid': 'my-note', 'data-note-id': item.id, 'data-pending': String(item.pending) },
          h('p', { class: 'note-meta' }, item.column, status ? h('span', { class: item.pending ? 'badge pending' : 'badge' }, status) : null),
          editor ? null : h('p', { class: 'note-text' }, item.text),
          actions,
          error ? h('p', { class: 'error', role: 'alert' }, error) : null);
      })),
    ]);
  }

  function startEdit(id: string, text: string): void {
    const editor = h('textarea', { id: `edit-${id}`, class: 'edit-text', 'data-testid': 'edit-text', 'data-fk': `edit-text-${id}`, maxlength: maxNote, rows: 3 });
    editor.value = text;
    editor.addEventListener('keydown', (event: KeyboardEvent) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        void saveEdit(id);
      }
    });
    editing.set(id, editor);
    noteErrors.delete(id);
    render();
    editor.focus();
  }

  async function saveEdit(id: string): Promise<void> {
    const editor = editing.get(id);
    if (!editor || busyNotes.has(id)) return;
    const text = editor.value.trim();
    if (text === '') {
      noteErrors.set(id, t('phone.composer.empty'));
      render();
      return;
    }
    busyNotes.add(id);
    noteErrors.delete(id);
    render();
    try {
      await session.invoke('EditNote', id, text);
      texts.set(id, text);
      editing.delete(id);
    } catch (error) {
      noteErrors.set(id, sentence(refusalOf(error)));
    }
    busyNotes.delete(id);
    render();
  }

  function askDelete(id: string): void {
    confirming.add(id);
    noteErrors.delete(id);
    render();
  }

  async function deleteNote(id: string): Promise<void> {
    if (busyNotes.has(id)) return;
    busyNotes.add(id);
    render();
    try {
      await session.invoke('DeleteNote', id);
      confirming.delete(id);
      flash(t('phone.myNotes.deleted'), 'info');
    } catch (error) {
      noteErrors.set(id, sentence(refusalOf(error)));
      confirming.delete(id);
    }
    busyNotes.delete(id);
    render();
  }

  // ---- Pistes and sign-ups.
  function pisteForm(pisteId: string): PisteForm {
    let form = pisteForms.get(pisteId);
    if (form) return form;
    const draft = loadContact(contactKey);
    const field = (name: 'name' | 'email' | 'phone', type: string, autocomplete: string) => h('input', {
      id: `contact-${name}-${pisteId}`, type, 'data-testid': `contact-${name}`, maxlength: maxContact, autocomplete,
      value: draft[name],
    });
    const name = field('name', 'text', 'name');
    const email = field('email', 'email', 'email');
    const phone = field('phone', 'tel', 'tel');
    const consent = h('input', { id: `consent-${pisteId}`, type: 'checkbox', 'data-testid': 'consent', class: 'consent', checked: consents.has(pisteId) });
    const fields = h('div', { class: 'contact-fields' });
    fields.hidden = !consent.checked;
    consent.addEventListener('change', () => {
      fields.hidden = !consent.checked;
    });
    form = { consent, name, email, phone, fields };
    pisteForms.set(pisteId, form);
    return form;
  }

  function renderPistes(v: View, lang: string): void {
    const w = v.workshop;
    const list = v.round ? v.s.pistes.filter((p) => p.workshopId === w?.id) : v.s.pistes;
    if (list.length === 0) {
      pistesSlot.clear();
      return;
    }
    const mine = new Set(v.s.signUps.filter((x) => x.participantId === v.meId).map((x) => x.pisteId));
    const counts = new Map<string, number>();
    for (const x of v.s.signUps) counts.set(x.pisteId, (counts.get(x.pisteId) ?? 0) + 1);
    const titles = new Map(v.s.workshops.map((x) => [x.id, x.title]));
    const all = !v.round;
    const items = list.map((p) => ({ id: p.id, title: p.title, workshop: all ? titles.get(p.workshopId) ?? '' : '', signed: mine.has(p.id), count: counts.get(p.id) ?? 0 }));
    const key = JSON.stringify([lang, v.open, items, Array.from(pisteErrors), Array.from(busyPistes)]);
    pistesSlot.update(key, () => [
      h('h2', { id: 'pistes-heading' }, t('phone.pistes.title')),
      h('p', { class: 'hint' }, t('phone.pistes.help')),
      h('ul', { class: 'piste-list' }, ...items.map((item) => {
        const form = pisteForm(item.id);
        form.fields.hidden = !form.consent.checked;
        replace(form.fields,
          h('p', { class: 'hint' }, t('phone.pistes.optional')),
          h('label', { for: form.name.id }, t('phone.pistes.name')), form.name,
          h('label', { for: form.email.id }, t('phone.pistes.email')), form.email,
          h('label', { for: form.phone.id }, t('phone.pistes.phone')), form.phone);
        const error = pisteErrors.get(item.id);
        const busy = busyPistes.has(item.id);
        return h('li', { class: item.signed ? 'piste signed' : 'piste', 'data-testid': 'piste', 'data-piste-id': item.id, 'data-signed': String(item.signed) },
          h('h3', null, item.title),
          item.workshop ? h('p', { class: 'meta' }, item.workshop) : null,
          h('p', { class: 'meta' }, plural('phone.pistes.count', item.count)),
          item.signed ? h('p', { class: 'ok signed-state' }, `✓ ${t('phone.pistes.signed')}`) : null,
          v.open ? h('div', { class: 'consent-row' }, form.consent, h('label', { for: form.consent.id }, t('phone.pistes.consent'))) : null,
          v.open ? form.fields : null,
          v.open ? h('div', { class: 'actions' },
            h('button', { type: 'button', class: 'big', 'data-testid': 'sign-up', 'data-fk': `sign-up-${item.id}`, disabled: busy, onclick: () => void signUp(item.id) },
              item.signed ? t('phone.pistes.update') : t('phone.pistes.signUp')),
            item.signed ? h('button', { type: 'button', class: 'secondary', 'data-testid': 'withdraw-sign-up', 'data-fk': `withdraw-${item.id}`, disabled: busy, onclick: () => void withdraw(item.id) }, t('phone.pistes.withdraw')) : null) : null,
          error ? h('p', { class: 'error', role: 'alert' }, error) : null);
      })),
    ]);
  }

  async function signUp(pisteId: string): Promise<void> {
    const form = pisteForm(pisteId);
    const consent = form.consent.checked;
    const clean = (input: HTMLInputElement) => input.value.replace(/\s+/g, ' ').trim();
    const name = consent ? clean(form.name) : '';
    const email = consent ? clean(form.email) : '';
    const phone = consent ? clean(form.phone) : '';
    if (email && (!email.includes('@') || /\s/.test(email))) {
      pisteErrors.set(pisteId, t('phone.pistes.badEmail'));
      render();
      form.email.focus();
      return;
    }
    if (phone && !/^[0-9 +.()-]+$/.test(phone)) {
      pisteErrors.set(pisteId, t('phone.pistes.badPhone'));
      render();
      form.phone.focus();
      return;
    }
    if (consent) saveContact(contactKey, { name, email, phone });
    // Remember the consent given here, so that updating a sign-up later does not silently drop the contact.
    if (consent) consents.add(pisteId);
    else consents.delete(pisteId);
    saveConsents(consentKey, consents);
    busyPistes.add(pisteId);
    pisteErrors.delete(pisteId);
    render();
    try {
      await session.invoke('SignUp', pisteId, consent, name || null, email || null, phone || null);
      flash(t('phone.pistes.thanks'), 'info');
    } catch (error) {
      pisteErrors.set(pisteId, sentence(refusalOf(error)));
    }
    busyPistes.delete(pisteId);
    render();
  }

  async function withdraw(pisteId: string): Promise<void> {
    busyPistes.add(pisteId);
    pisteErrors.delete(pisteId);
    render();
    try {
      await session.invoke('WithdrawSignUp', pisteId);
    } catch (error) {
      pisteErrors.set(pisteId, sentence(refusalOf(error)));
    }
    busyPistes.delete(pisteId);
    render();
  }

  // ---- Table.
  function renderTable(v: View, lang: string): void {
    if (!v.open || v.s.tables.length === 0) {
      tableSlot.clear();
      return;
    }
    const me = v.s.participants.find((p) => p.id === v.meId);
    const current = me?.tableId ?? '';
    const titles = new Map(v.s.workshops.map((x) => [x.id, x.title]));
    const tables = v.s.tables.map((x) => ({ id: x.id, name: x.name, workshop: x.workshopId ? titles.get(x.workshopId) ?? '' : '' }));
    tableSlot.update(JSON.stringify([lang, current, tables, tableStatus]), () => {
      const select = h('select', { id: 'table-change', 'data-testid': 'table-change', 'data-fk': 'table-change', 'aria-describedby': 'table-status' },
        h('option', { value: '' }, t('phone.table.none')),
        ...tables.map((x) => h('option', { value: x.id }, x.workshop ? `${x.name} — ${x.workshop}` : x.name)));
      select.value = current;
      select.addEventListener('change', () => void chooseTable(select.value || null));
      return [
        h('h2', { id: 'table-heading' }, t('phone.table.title')),
        h('label', { for: 'table-change' }, t('phone.table.label')),
        select,
        h('p', { class: 'hint', id: 'table-status', role: 'status' }, tableStatus),
      ];
    });
  }

  async function chooseTable(tableId: string | null): Promise<void> {
    tableStatus = t('phone.table.saving');
    render();
    try {
      await session.invoke('ChooseTable', null, tableId);
      tableStatus = t('phone.table.saved');
    } catch (error) {
      tableStatus = sentence(refusalOf(error));
    }
    const slot = tableSlot;
    slot.invalidate();
    render();
  }

  // ---- Wiring.
  session.onDeleted(() => {
    // Nothing of a deleted soirée stays on the phone: identity, typed texts, contact details, consents.
    try {
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith(`st:${identity.sessionId}:`) || key === `st:join:${identity.sessionId}`) localStorage.removeItem(key);
      }
    } catch {
      // Storage unavailable: nothing was kept.
    }
    replace(root, h('main', { class: 'card' }, h('h1', null, t('phone.deleted.title')), h('p', { role: 'alert', 'data-testid': 'session-deleted' }, t('phone.deleted.text'))));
  });
  session.onEvents(() => render());
  session.onState((state) => {
    badge.update(state);
    render();
  });
  session.outbox.onChange(() => render());
  onLanguageChange(() => {
    badge.update(session.state);
    for (const slot of [headerSlot, workshopSlot, roundSlot, columnsSlot, votesSlot, ratingSlot, starsSlot, notesSlot, pistesSlot, tableSlot]) slot.invalidate();
    keepFocus(render);
  });
  window.setInterval(tick, 250);
  // Commands that met a passing outage of the store wait in the outbox: offer them again now and then.
  window.setInterval(() => {
    if (session.outbox.pending.length > 0 && session.state === 'online') void session.flush();
  }, 5000);
  updateCounter();
  render();
  void session.start();
}
