// People without a smartphone (many participants are over 60): the animator, or the co-animator of their table, adds
// them by name and then writes, votes and signs up for them, one person at a time with a quick switch between them.
// Each person gets a participant token of their own (docs/protocol.md §4.15), so what is posted for them counts
// like everyone's, goes through the same outbox and rules, and nobody else can post in their name. Their live view
// is the phone's own, mounted here; it stays open (hidden) when another person is chosen, so that whatever waits in
// its outbox still leaves.
import { api } from '../../lib/api';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import type { Participant, Snapshot } from '../../live/model';
import { startLive, type LiveHandle } from '../phone/live';
import { describeFailure, isCoAnimator, myTable, say, type Ctx } from './context';

interface Mounted {
  element: HTMLElement;
  handle: LiveHandle;
}

/** What the panel keeps between renders: the tokens it was given and the views it mounted. */
export class AssistedDesk {
  selected: string | null = null;
  adding = false;
  readonly views: HTMLElement = h('div', { class: 'assisted-views', 'data-testid': 'assisted-views' });
  private readonly mounted = new Map<string, Mounted>();
  private readonly storageKey: string;

  constructor(private readonly sessionId: string) {
    // Kept for this tab only: the tokens let whoever holds them post for these people.
    this.storageKey = `st:console:${sessionId}:assisted`;
  }

  token(participantId: string): string | null {
    return this.tokens()[participantId] ?? null;
  }

  remember(participantId: string, token: string): void {
    const all = this.tokens();
    all[participantId] = token;
    try {
      sessionStorage.setItem(this.storageKey, JSON.stringify(all));
    } catch {
      // Storage refused: the token lives as long as the page, and a fresh one is asked for after a reload.
    }
  }

  isMounted(participantId: string): boolean {
    return this.mounted.has(participantId);
  }

  mount(participant: Participant, token: string): void {
    const element = h('div', { class: 'assisted-view', 'data-testid': 'assisted-view', 'data-participant-id': participant.id });
    this.views.append(element);
    const handle = startLive(element, { sessionId: this.sessionId, participantId: participant.id, token, nickname: participant.nickname }, { embedded: true });
    this.mounted.set(participant.id, { element, handle });
  }

  /** Shows the chosen person's view, hides the others, and puts the cursor in their note field when there is one. */
  show(participantId: string | null): void {
    this.selected = participantId;
    for (const [id, view] of this.mounted) view.element.hidden = id !== participantId;
    const shown = participantId ? this.mounted.get(participantId)?.element : undefined;
    if (shown) window.requestAnimationFrame(() => shown.querySelector<HTMLTextAreaElement>('textarea')?.focus({ preventScroll: true }));
  }

  private tokens(): Record<string, string> {
    try {
      return JSON.parse(sessionStorage.getItem(this.storageKey) ?? '{}') as Record<string, string>;
    } catch {
      return {};
    }
  }
}

/** The people this console may post for: everyone without a phone (animator), or those at the table (co-animator). */
function people(ctx: Ctx, s: Snapshot): Participant[] {
  const table = myTable(ctx);
  return s.participants.filter((p) => p.assisted === true && (!isCoAnimator(ctx) || (table !== undefined && p.tableId === table.id)));
}

async function choose(ctx: Ctx, desk: AssistedDesk, participant: Participant): Promise<void> {
  if (!desk.isMounted(participant.id)) {
    let token = desk.token(participant.id);
    if (!token) {
      try {
        token = (await api.assistedToken(ctx.sessionId, ctx.token, participant.id)).token;
        desk.remember(participant.id, token);
      } catch (error) {
        say(ctx, describeFailure(error));
        return;
      }
    }
    if (!desk.isMounted(participant.id)) desk.mount(participant, token);
  }
  desk.show(participant.id);
  ctx.refresh();
}

async function add(ctx: Ctx, desk: AssistedDesk, nickname: string, tableId: string | null): Promise<void> {
  const participantId = newId('p');
  desk.adding = true;
  ctx.refresh();
  try {
    const joined = await api.addAssisted(ctx.sessionId, ctx.token, participantId, nickname, tableId);
    desk.remember(joined.participantId, joined.token);
    const participant = ctx.live.snapshot?.participants.find((p) => p.id === joined.participantId)
      ?? { id: joined.participantId, nickname, tableId, joinedAt: '', assisted: true };
    desk.adding = false;
    await choose(ctx, desk, participant);
  } catch (error) {
    desk.adding = false;
    say(ctx, describeFailure(error));
    ctx.refresh();
  }
}

export function assistedSignature(ctx: Ctx, desk: AssistedDesk): string {
  const s = ctx.live.snapshot;
  return JSON.stringify([language(), isCoAnimator(ctx), myTable(ctx)?.id, s?.state, s ? people(ctx, s).map((p) => [p.id, p.nickname, p.tableId]) : null,
    s?.tables.map((x) => [x.id, x.name]), desk.selected, desk.adding]);
}

export function assistedPanel(ctx: Ctx, desk: AssistedDesk): Child[] {
  const s = ctx.live.snapshot;
  const heading = h('h2', { id: 'assisted-heading' }, t('console.assisted.heading'));
  if (!s) return [heading];
  const co = isCoAnimator(ctx);
  const table = myTable(ctx);
  const list = people(ctx, s);
  const name = h('input', { id: 'assisted-name', type: 'text', maxlength: 40, autocomplete: 'off', 'data-testid': 'assisted-name', 'data-key': 'assisted-name' });
  const where = co
    ? null
    : h('select', { id: 'assisted-table', 'data-testid': 'assisted-table', 'data-key': 'assisted-table' },
      h('option', { value: '' }, t('console.assisted.noTable')),
      ...s.tables.map((x) => h('option', { value: x.id }, x.name)));
  const submit = () => {
    const nickname = name.value.replace(/\s+/g, ' ').trim();
    if (nickname.length === 0) {
      say(ctx, t('console.assisted.needName'));
      name.focus();
      return;
    }
    name.value = '';
    // Out of the field, so that the panel may show the new person at once (it never rebuilds under typing).
    name.blur();
    void add(ctx, desk, nickname, co ? table?.id ?? null : where!.value || null);
  };
  name.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') submit();
  });
  const selected = list.find((p) => p.id === desk.selected);
  const tableName = (p: Participant) => s.tables.find((x) => x.id === p.tableId)?.name;
  return [
    heading,
    h('p', { class: 'muted' }, t(co ? 'console.assisted.helpTable' : 'console.assisted.help')),
    s.state === 'open'
      ? h('div', { class: 'assisted-add' },
        h('label', { for: 'assisted-name' }, t('console.assisted.name')),
        h('div', { class: 'inline' }, name,
          where ? h('label', { for: 'assisted-table', class: 'visually-hidden' }, t('console.assisted.table')) : null,
          where,
          h('button', { type: 'button', 'data-testid': 'assisted-add', 'data-key': 'assisted-add', disabled: desk.adding, onclick: submit }, t('console.assisted.add'))))
      : null,
    list.length === 0
      ? h('p', { class: 'muted' }, t('console.assisted.none'))
      : h('div', { class: 'assisted-people', role: 'group', 'aria-label': t('console.assisted.people') },
        ...list.map((p) => h('button', {
          type: 'button',
          class: p.id === desk.selected ? 'person on' : 'person secondary',
          'data-testid': 'assisted-person',
          'data-participant-id': p.id,
          'data-key': `person-${p.id}`,
          'aria-pressed': String(p.id === desk.selected),
          onclick: () => void choose(ctx, desk, p),
        }, p.nickname, !co && tableName(p) ? h('span', { class: 'person-table' }, ` · ${tableName(p)}`) : null))),
    selected
      ? h('div', { class: 'assisted-current' },
        h('p', { class: 'assisted-for', 'data-testid': 'assisted-for' }, t('console.assisted.for', { name: selected.nickname })),
        h('button', { type: 'button', class: 'secondary small', 'data-testid': 'assisted-close', 'data-key': 'assisted-close', onclick: () => { desk.show(null); ctx.refresh(); } }, t('console.assisted.close')))
      : null,
  ];
}
