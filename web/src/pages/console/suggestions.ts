// The server's clustering suggestions for the selected workshop: ask for them, see each suggested group with its
// notes, accept all, accept one or reject; and, once the animator has made groups, the other notes sorted into them
// (tosort.ts). Nothing changes on the board until a group or a note is accepted.
import { plural } from '../../lib/plural';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { activeRound, type Note, type Snapshot, type Workshop } from '../../live/model';
import type { SuggestionBatch } from '../../live/session';
import { act, selectedWorkshop, type Ctx } from './context';
import { toSortSection } from './tosort';

type Group = SuggestionBatch['groups'][number];
/** A group as shown: its notes this console still knows, and the group as received (to drop it from the batch). */
interface Shown {
  group: Group;
  received: Group;
  notes: Note[];
}

const granularities = ['coarse', 'medium', 'fine'] as const;

/** A group's identity across batches: its notes. */
function signature(workshopId: string, group: Group): string {
  return `${workshopId}:${[...group.noteIds].sort().join(',')}`;
}

/** Keeps the newest batch per workshop, without the groups the animator already rejected. */
export function receiveSuggestions(ctx: Ctx, batch: SuggestionBatch): void {
  if (batch.sessionId !== ctx.sessionId) return;
  const held = ctx.ui.suggestions.get(batch.workshopId);
  ctx.ui.suggesting.delete(batch.workshopId);
  // Batches computed on an older state than the one shown (a late automatic one) would show stale groups.
  if (!held || held.version <= batch.version) {
    const groups = batch.groups.filter((g) => !ctx.ui.rejected.has(signature(batch.workshopId, g)));
    ctx.ui.suggestions.set(batch.workshopId, { ...batch, groups });
  }
  ctx.refresh();
}

/** The groups still worth showing against the notes this console knows now (a note may have gone since). */
function shown(s: Snapshot, w: Workshop, batch: SuggestionBatch | undefined): Shown[] {
  if (!batch) return [];
  const notes = new Map(s.notes.filter((n) => n.workshopId === w.id && !n.hidden).map((n) => [n.id, n]));
  return batch.groups
    .map((group) => {
      const known = group.noteIds.map((id) => notes.get(id)).filter((n): n is Note => n !== undefined);
      return { group: { ...group, noteIds: known.map((n) => n.id) }, received: group, notes: known };
    })
    .filter(({ group, notes: list }) =>
      group.existingClusterId !== null && s.clusters.some((c) => c.id === group.existingClusterId)
        ? list.some((n) => n.clusterId !== group.existingClusterId)
        : list.length >= 2,
    );
}

export function suggestionsSignature(ctx: Ctx): string {
  const s = ctx.live.snapshot;
  const w = selectedWorkshop(ctx);
  if (!s || !w) return JSON.stringify([language(), s === null]);
  return JSON.stringify([
    language(),
    w.id,
    s.state,
    ctx.ui.granularity,
    ctx.ui.suggesting.has(w.id),
    ctx.ui.asked.has(w.id),
    ctx.ui.suggestions.get(w.id) ?? null,
    [...ctx.ui.placing],
    s.notes.filter((n) => n.workshopId === w.id).map((n) => [n.id, n.text, n.hidden, n.clusterId]),
    s.clusters.filter((c) => c.workshopId === w.id).map((c) => [c.id, c.title]),
  ]);
}

function request(ctx: Ctx, w: Workshop): void {
  ctx.ui.suggesting.add(w.id);
  ctx.ui.asked.add(w.id);
  ctx.refresh();
  void act(ctx, 'RequestSuggestions', w.id, ctx.ui.granularity).then((ok) => {
    if (!ok) {
      ctx.ui.suggesting.delete(w.id);
      ctx.refresh();
    }
  });
}

/** Removes groups from the panel (accepted or rejected). */
function drop(ctx: Ctx, w: Workshop, items: Shown[]): void {
  const batch = ctx.ui.suggestions.get(w.id);
  if (!batch) return;
  const gone = new Set(items.map((x) => signature(w.id, x.received)));
  ctx.ui.suggestions.set(w.id, { ...batch, groups: batch.groups.filter((g) => !gone.has(signature(w.id, g))) });
  ctx.refresh();
}

async function accept(ctx: Ctx, s: Snapshot, w: Workshop, items: Shown[]): Promise<void> {
  if (items.length === 0) return;
  const specs = items.map(({ group: g }) => {
    const existing = g.existingClusterId !== null && s.clusters.some((c) => c.id === g.existingClusterId);
    // An existing cluster keeps the title staff gave it (a null title); a new one takes the suggested label.
    return { clusterId: existing ? g.existingClusterId : newId('c'), title: existing ? null : g.label, noteIds: g.noteIds };
  });
  if (await act(ctx, 'AcceptSuggestion', w.id, specs)) drop(ctx, w, items);
}

function reject(ctx: Ctx, w: Workshop, items: Shown[]): void {
  for (const x of items) ctx.ui.rejected.add(signature(w.id, x.received));
  drop(ctx, w, items);
}

function groupCard(ctx: Ctx, s: Snapshot, w: Workshop, item: Shown, index: number): HTMLElement {
  const { group, notes } = item;
  const existing = group.existingClusterId ? s.clusters.find((c) => c.id === group.existingClusterId) : undefined;
  const headingId = `sg-${index}`;
  const title = existing ? t('console.suggestions.extends', { title: existing.title || t('console.cluster.untitled') }) : group.label;
  const added = existing ? notes.filter((n) => n.clusterId !== existing.id).length : notes.length;
  return h(
    'li',
    { class: `suggested-group${existing ? ' extends' : ''}`, 'data-testid': 'suggested-group', 'data-index': index, 'data-existing-cluster-id': existing?.id ?? null, 'aria-labelledby': headingId },
    h('h3', { id: headingId, class: 'suggested-label' }, title),
    existing ? h('p', { class: 'suggested-terms' }, group.label) : null,
    group.subtitle ? h('p', { class: 'suggested-subtitle muted' }, `« ${group.subtitle} »`) : null,
    h('p', { class: 'suggested-count' }, plural('console.suggestions.notes', added)),
    h(
      'ul',
      { class: 'suggested-notes', 'aria-label': t('console.suggestions.notesOf', { label: title }) },
      ...notes.map((n) => h('li', { class: `suggested-note${existing && n.clusterId === existing.id ? ' already' : ''}`, 'data-note-id': n.id }, n.text)),
    ),
    h(
      'div',
      { class: 'suggested-controls' },
      h(
        'button',
        { type: 'button', 'data-testid': 'accept-group', 'data-index': index, 'data-key': `accept-${index}`, onclick: () => void accept(ctx, s, w, [item]) },
        t('console.suggestions.accept'),
        h('span', { class: 'visually-hidden' }, ` : ${title}`),
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', 'data-testid': 'reject-group', 'data-index': index, 'data-key': `reject-${index}`, onclick: () => reject(ctx, w, [item]) },
        t('console.suggestions.reject'),
        h('span', { class: 'visually-hidden' }, ` : ${title}`),
      ),
    ),
  );
}

/** Suggestions need revealed notes to group: before that the panel would only be in the way. */
export function suggestionsRelevant(ctx: Ctx): boolean {
  const s = ctx.live.snapshot;
  const w = selectedWorkshop(ctx);
  if (!s || !w) return false;
  return ctx.ui.suggesting.has(w.id) || ctx.ui.suggestions.has(w.id) || s.notes.filter((n) => n.workshopId === w.id && !n.hidden).length >= 2;
}

/**
 * A console that opens or reconnects while the animator groups a workshop asks for its current suggestions once:
 * batches are not replayed, and « À ranger » would otherwise stay empty until the next note moves.
 */
export function catchUpSuggestions(ctx: Ctx): void {
  const s = ctx.live.snapshot;
  const w = selectedWorkshop(ctx);
  if (!s || !w || ctx.live.state !== 'online' || ctx.ui.caughtUp.has(w.id)) return;
  if (!activeRound(w)?.rules.clustering || !s.clusters.some((c) => c.workshopId === w.id)) return;
  ctx.ui.caughtUp.add(w.id);
  // Once per connection, even if it fails: the next change to the notes brings the suggestions anyway, and there is
  // nothing to tell the animator.
  void ctx.live.invoke('RefreshSuggestions', w.id).catch(() => undefined);
}

export function suggestionsPanel(ctx: Ctx): Child[] {
  const s = ctx.live.snapshot;
  const heading = h('h2', { id: 'suggestions-heading' }, t('console.suggestions.heading'));
  const w = selectedWorkshop(ctx);
  if (!s || !w) return [heading];
  const batch = ctx.ui.suggestions.get(w.id);
  const groups = shown(s, w, batch);
  const busy = ctx.ui.suggesting.has(w.id);
  // A batch that came unasked sorts notes into the animator's groups and proposes no new group: saying "nothing to
  // propose" would then be untrue.
  const status = busy
    ? t('console.suggestions.computing')
    : groups.length > 0
      ? plural('console.suggestions.count', groups.length)
      : batch && ctx.ui.asked.has(w.id)
        ? t('console.suggestions.nothing')
        : t('console.suggestions.none');
  return [
    heading,
    h('p', { class: 'muted' }, t('console.suggestions.help')),
    toSortSection(ctx, s, w),
    h(
      'div',
      { class: 'suggest-controls' },
      h('label', { for: 'suggest-granularity' }, t('console.suggestions.granularity')),
      h(
        'select',
        {
          id: 'suggest-granularity',
          'data-testid': 'granularity',
          'data-key': 'granularity',
          onchange: (event: Event) => {
            ctx.ui.granularity = (event.target as HTMLSelectElement).value as (typeof granularities)[number];
            // Suggestions already on screen follow the new setting at once.
            if (batch) request(ctx, w);
            else ctx.refresh();
          },
        },
        ...granularities.map((g) => h('option', { value: g, selected: g === ctx.ui.granularity }, t(`console.suggestions.granularity.${g}`))),
      ),
      h('button', { type: 'button', 'data-testid': 'suggest', 'data-key': 'suggest', disabled: busy, onclick: () => request(ctx, w) }, t('console.suggestions.suggest')),
    ),
    h('p', { class: 'suggestions-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'suggestions-status' }, status),
    groups.length > 0
      ? h(
          'div',
          { class: 'suggest-all' },
          h('button', { type: 'button', 'data-testid': 'accept-all', 'data-key': 'accept-all', onclick: () => void accept(ctx, s, w, groups) }, t('console.suggestions.acceptAll')),
          h('button', { type: 'button', class: 'secondary', 'data-testid': 'reject-all', 'data-key': 'reject-all', onclick: () => reject(ctx, w, groups) }, t('console.suggestions.rejectAll')),
        )
      : null,
    groups.length > 0 ? h('ol', { class: 'suggested-groups' }, ...groups.map((item, i) => groupCard(ctx, s, w, item, i))) : null,
  ];
}
