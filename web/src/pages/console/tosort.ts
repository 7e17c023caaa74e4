// "À ranger": once the animator has made a few regroupements, the server sorts the other notes of the workshop into
// them. Each note can be placed with one tap, or a whole group at once; nothing reaches the board until then.
import { plural } from '../../lib/plural';
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import type { Cluster, Note, Snapshot, Workshop } from '../../live/model';
import { act, type Ctx } from './context';

/** The notes proposed for one of the animator's groups. */
interface ToSort {
  cluster: Cluster;
  notes: Note[];
}

/**
 * The placements still worth showing against the notes this console knows now: a note placed, hidden or gone since
 * the batch was computed is left out, and so is a group deleted since. In the order of the groups, each group's notes
 * surest first.
 */
export function toSort(s: Snapshot, w: Workshop, placements: ReadonlyArray<{ noteId: string; clusterId: string }>): ToSort[] {
  const target = new Map(placements.map((p) => [p.noteId, p.clusterId]));
  // The server sends the surest placements first: each group lists its notes that way, the doubtful ones last.
  const rank = new Map(placements.map((p, i) => [p.noteId, i]));
  const notes = s.notes
    .filter((n) => n.workshopId === w.id && !n.hidden && n.clusterId === null && target.has(n.id))
    .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return s.clusters
    .filter((c) => c.workshopId === w.id)
    .map((cluster) => ({ cluster, notes: notes.filter((n) => target.get(n.id) === cluster.id) }))
    .filter((x) => x.notes.length > 0);
}

/** How many notes « À ranger » proposes for the selected workshop right now. */
export function proposedCount(ctx: Ctx, s: Snapshot, w: Workshop): number {
  return count(toSort(s, w, ctx.ui.suggestions.get(w.id)?.placements ?? []));
}

function count(groups: ToSort[]): number {
  return groups.reduce((sum, g) => sum + g.notes.length, 0);
}

/** Places notes into an existing group; once the server took them, they leave the panel (the board shows them). */
async function place(ctx: Ctx, w: Workshop, cluster: Cluster, notes: Note[]): Promise<void> {
  const ids = notes.map((n) => n.id);
  for (const id of ids) ctx.ui.placing.add(id);
  ctx.refresh();
  // An existing cluster keeps the title the animator gave it: a null title.
  const ok = await act(ctx, 'AcceptSuggestion', w.id, [{ clusterId: cluster.id, title: null, noteIds: ids }]);
  for (const id of ids) ctx.ui.placing.delete(id);
  const batch = ctx.ui.suggestions.get(w.id);
  if (ok && batch) {
    const placed = new Set(ids);
    ctx.ui.suggestions.set(w.id, { ...batch, placements: batch.placements.filter((p) => !placed.has(p.noteId)) });
  }
  ctx.refresh();
}

function groupTitle(cluster: Cluster): string {
  return cluster.title || t('console.cluster.untitled');
}

function group(ctx: Ctx, w: Workshop, item: ToSort): HTMLElement {
  const { cluster, notes } = item;
  const title = groupTitle(cluster);
  const headingId = `to-sort-${cluster.id}`;
  const busy = notes.some((n) => ctx.ui.placing.has(n.id));
  return h(
    'li',
    { class: 'to-sort-group', 'data-testid': 'to-sort-group', 'data-cluster-id': cluster.id, 'aria-labelledby': headingId },
    h(
      'div',
      { class: 'to-sort-head' },
      h('h4', { id: headingId }, t('console.toSort.group', { title }), h('span', { class: 'to-sort-count' }, ` · ${plural('console.toSort.notes', notes.length)}`)),
      h(
        'button',
        { type: 'button', class: 'small', 'data-testid': 'place-all', 'data-key': `place-all-${cluster.id}`, disabled: busy, onclick: () => void place(ctx, w, cluster, notes) },
        t('console.toSort.placeAll', { title, count: notes.length }),
      ),
    ),
    h(
      'ul',
      { class: 'to-sort-notes' },
      ...notes.map((n) =>
        h(
          'li',
          { class: 'to-sort-note', 'data-testid': 'to-sort-note', 'data-note-id': n.id },
          h('span', { class: 'to-sort-text' }, n.text),
          h(
            'button',
            { type: 'button', class: 'secondary small', 'data-testid': 'place-note', 'data-key': `place-${n.id}`, disabled: ctx.ui.placing.has(n.id), onclick: () => void place(ctx, w, cluster, [n]) },
            t('console.toSort.place'),
            h('span', { class: 'visually-hidden' }, t('console.toSort.placeContext', { text: n.text, title })),
          ),
        ),
      ),
    ),
  );
}

/** The "À ranger" section, or nothing while there is nothing to sort. */
export function toSortSection(ctx: Ctx, s: Snapshot, w: Workshop): HTMLElement | null {
  const groups = toSort(s, w, ctx.ui.suggestions.get(w.id)?.placements ?? []);
  if (groups.length === 0) return null;
  const proposed = count(groups);
  return h(
    'section',
    { class: 'to-sort', 'data-testid': 'to-sort', 'aria-labelledby': 'to-sort-heading' },
    h('h3', { id: 'to-sort-heading' }, t('console.toSort.heading'), h('span', { class: 'to-sort-count' }, ` · ${plural('console.toSort.count', proposed)} ${plural('console.toSort.groups', groups.length)}`)),
    h('p', { class: 'muted to-sort-help' }, t('console.toSort.help')),
    // A long list scrolls inside the section, so the regroupements below stay within reach.
    h('ol', { class: 'to-sort-groups', tabindex: 0, 'aria-label': t('console.toSort.heading') }, ...groups.map((g) => group(ctx, w, g))),
  );
}
