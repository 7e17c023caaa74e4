// Notes and regroupements of one workshop: drag and drop, with a select on every note as the keyboard way.
import { plural } from '../../lib/plural';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import type { Cluster, Note, Snapshot, Workshop } from '../../live/model';
import { act, isCoAnimator, nickname, selectedWorkshop, visibleWorkshops, type Ctx } from './context';
import { votesVisible } from './results';
import { proposedCount } from './tosort';

export function clustersSignature(ctx: Ctx): string {
  const s = ctx.live.snapshot;
  const w = selectedWorkshop(ctx);
  if (!s || !w) return JSON.stringify([language(), s === null, visibleWorkshops(ctx).map((x) => x.id)]);
  return JSON.stringify([
    language(),
    w.id,
    isCoAnimator(ctx),
    s.state,
    visibleWorkshops(ctx).map((x) => [x.id, x.title]),
    s.notes.filter((n) => n.workshopId === w.id),
    s.clusters.filter((c) => c.workshopId === w.id),
    s.votes.filter((v) => v.workshopId === w.id).map((v) => v.targetId),
    s.stars.filter((x) => x.workshopId === w.id),
    s.pistes.filter((p) => p.workshopId === w.id).map((p) => p.clusterId),
    s.anonymous,
    s.participants.map((p) => p.nickname),
    votesVisible(ctx, w),
    proposedCount(ctx, s, w),
  ]);
}

/**
 * The animator groups notes down here while « À ranger » fills up above, out of sight on a laptop: the loose notes
 * say how many of them it proposes, and take the animator there.
 */
function proposedLink(ctx: Ctx, s: Snapshot, w: Workshop): HTMLElement | null {
  const count = proposedCount(ctx, s, w);
  if (count === 0) return null;
  return h(
    'button',
    {
      type: 'button',
      class: 'secondary small to-sort-link',
      'data-testid': 'to-sort-link',
      'data-key': 'to-sort-link',
      onclick: () => {
        const section = document.querySelector<HTMLElement>('[data-testid="to-sort"]');
        if (!section) return;
        // Just below the console's sticky header, which would otherwise cover the section's heading.
        const header = document.querySelector('.console-header')?.getBoundingClientRect().height ?? 0;
        window.scrollTo({ top: section.getBoundingClientRect().top + window.scrollY - header - 8 });
        section.querySelector<HTMLElement>('.to-sort-groups')?.focus({ preventScroll: true });
      },
    },
    h('span', { 'aria-hidden': 'true' }, '↑ '),
    plural('console.clusters.proposed', count),
  );
}

function columnLabels(w: Workshop): Map<string, string> {
  const labels = new Map<string, string>();
  for (const r of w.rounds) for (const c of r.rules.columns) if (!labels.has(c.key)) labels.set(c.key, c.label);
  return labels;
}

function dots(s: Snapshot, targetId: string): number {
  return s.votes.filter((v) => v.targetId === targetId).length;
}

/** The dots of a note or cluster as words, or nothing while they are hidden during the vote (results.ts). */
function dotsText(ctx: Ctx, s: Snapshot, w: Workshop, targetId: string): string | null {
  if (!votesVisible(ctx, w)) return null;
  const count = dots(s, targetId);
  return plural('console.dots', count);
}

function starButton(ctx: Ctx, s: Snapshot, w: Workshop, targetId: string, what: string): HTMLElement {
  const starred = s.stars.some((x) => x.workshopId === w.id && x.targetId === targetId);
  return h(
    'button',
    {
      type: 'button',
      class: `star${starred ? ' on' : ' secondary'}`,
      'data-testid': 'star',
      'data-target-id': targetId,
      'data-key': `star-${targetId}`,
      'aria-pressed': starred ? 'true' : 'false',
      onclick: () => void act(ctx, 'Star', w.id, targetId, !starred),
    },
    h('span', { 'aria-hidden': 'true' }, starred ? '★ ' : '☆ '),
    t('console.star'),
    h('span', { class: 'visually-hidden' }, ` : ${what}`),
  );
}

function dropZone(ctx: Ctx, s: Snapshot, el: HTMLElement, clusterId: string | null): HTMLElement {
  el.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    el.classList.add('drop-target');
  });
  el.addEventListener('dragleave', (event) => {
    if (!(event.relatedTarget instanceof Node) || !el.contains(event.relatedTarget)) el.classList.remove('drop-target');
  });
  el.addEventListener('drop', (event) => {
    event.preventDefault();
    el.classList.remove('drop-target');
    const noteId = event.dataTransfer?.getData('text/plain') ?? '';
    const note = s.notes.find((n) => n.id === noteId);
    ctx.ui.dragging = false;
    if (note && note.clusterId !== clusterId) void act(ctx, 'PlaceNotes', [noteId], clusterId).then(() => ctx.refresh());
    else ctx.refresh();
  });
  return el;
}

function noteCard(ctx: Ctx, s: Snapshot, w: Workshop, n: Note, clusters: Cluster[], labels: Map<string, string>): HTMLElement {
  const selectId = `nc-${n.id}`;
  const count = dots(s, n.id);
  const short = n.text.length > 40 ? `${n.text.slice(0, 40)}…` : n.text;
  const card = h(
    'li',
    {
      class: `note console-note ${n.colour}${n.hidden ? ' hidden-note' : ''}`,
      'data-testid': 'console-note',
      'data-note-id': n.id,
      'data-hidden': n.hidden ? 'true' : 'false',
      draggable: 'true',
    },
    n.hidden ? h('span', { class: 'tag' }, t('console.note.hidden')) : null,
    h('p', { class: 'note-text' }, n.text),
    h(
      'p',
      { class: 'note-meta' },
      [n.authorId ? nickname(s, n.authorId) : t('console.anonymous'), labels.get(n.column) ?? n.column, count > 0 ? dotsText(ctx, s, w, n.id) : null].filter(Boolean).join(' · '),
    ),
    h(
      'div',
      { class: 'note-controls' },
      h('label', { for: selectId, class: 'visually-hidden' }, t('console.note.clusterLabel', { text: short })),
      h(
        'select',
        {
          id: selectId,
          'data-testid': 'note-cluster',
          'data-note-id': n.id,
          'data-key': selectId,
          onchange: (event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            void act(ctx, 'PlaceNotes', [n.id], value === '' ? null : value);
          },
        },
        h('option', { value: '', selected: n.clusterId === null }, t('console.cluster.none')),
        ...clusters.map((c) => h('option', { value: c.id, selected: c.id === n.clusterId }, c.title || t('console.cluster.untitled'))),
      ),
      n.hidden ? null : starButton(ctx, s, w, n.id, short),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary danger-text',
          'data-testid': 'delete-note',
          'data-note-id': n.id,
          'data-key': `del-${n.id}`,
          onclick: () => {
            if (window.confirm(t('console.note.deleteConfirm', { text: short }))) void act(ctx, 'DeleteNote', n.id);
          },
        },
        t('console.note.delete'),
        h('span', { class: 'visually-hidden' }, ` : ${short}`),
      ),
    ),
  );
  card.addEventListener('dragstart', (event) => {
    event.dataTransfer?.setData('text/plain', n.id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    ctx.ui.dragging = true;
    card.classList.add('dragging');
  });
  card.addEventListener('dragend', () => {
    card.classList.remove('dragging');
    ctx.ui.dragging = false;
    ctx.refresh();
  });
  return card;
}

function clusterCard(ctx: Ctx, s: Snapshot, w: Workshop, c: Cluster, clusters: Cluster[], notes: Note[], labels: Map<string, string>): HTMLElement {
  const titleId = `ct-${c.id}`;
  const mergeId = `cm-${c.id}`;
  const others = clusters.filter((x) => x.id !== c.id);
  const piste = s.pistes.find((p) => p.clusterId === c.id);
  const name = c.title || t('console.cluster.untitled');
  const count = dots(s, c.id);
  const mergeSelect = h(
    'select',
    { id: mergeId, 'data-testid': 'merge-cluster', 'data-cluster-id': c.id, 'data-key': mergeId, disabled: others.length === 0 },
    ...others.map((x) => h('option', { value: x.id }, x.title || t('console.cluster.untitled'))),
  );
  const list = h('ul', { class: 'cluster-notes', 'aria-label': t('console.cluster.notesOf', { title: name }) }, ...notes.map((n) => noteCard(ctx, s, w, n, clusters, labels)));
  const card = h(
    'li',
    { class: 'console-cluster', 'data-testid': 'console-cluster', 'data-cluster-id': c.id, 'data-dots': count },
    h(
      'div',
      { class: 'cluster-head' },
      h('label', { for: titleId, class: 'visually-hidden' }, t('console.cluster.titleLabel')),
      h('input', {
        id: titleId,
        type: 'text',
        maxlength: 120,
        'data-testid': 'cluster-title',
        'data-cluster-id': c.id,
        'data-key': titleId,
        value: c.title,
        placeholder: t('console.cluster.titlePlaceholder'),
        onchange: (event: Event) => void act(ctx, 'RenameCluster', c.id, (event.target as HTMLInputElement).value.trim()),
        // Enter gives the name and leaves the field: the console waits while a field is typed in, so staying in it
        // would keep the old "keep this title" button on screen.
        onkeydown: (event: Event) => { if ((event as KeyboardEvent).key === 'Enter') (event.target as HTMLInputElement).blur(); },
      }),
      c.titleSuggested
        ? h('p', { class: 'suggested-title', 'data-testid': 'title-suggested' },
          h('span', null, t('console.cluster.suggestedTitle')),
          h('button', { type: 'button', class: 'secondary small', 'data-testid': 'keep-title', 'data-cluster-id': c.id, 'data-key': `keep-${c.id}`, onclick: () => void act(ctx, 'RenameCluster', c.id, c.title) }, t('console.cluster.keepTitle')))
        : null,
      h('p', { class: 'cluster-stats' }, plural('console.cluster.notes', notes.length),
        votesVisible(ctx, w) ? ' · ' : null, votesVisible(ctx, w) ? h('span', { 'data-testid': 'cluster-dots' }, dotsText(ctx, s, w, c.id)) : null),
    ),
    notes.length === 0 ? h('p', { class: 'muted drop-hint' }, t('console.cluster.dropHint')) : null,
    list,
    h(
      'div',
      { class: 'cluster-controls' },
      starButton(ctx, s, w, c.id, name),
      piste
        ? h('span', { class: 'tag piste-tag' }, t('console.cluster.isPiste'))
        : h('button', { type: 'button', 'data-testid': 'promote-piste', 'data-cluster-id': c.id, 'data-key': `promote-${c.id}`, onclick: () => void act(ctx, 'PromoteToPiste', w.id, newId('p'), c.id, null) }, t('console.cluster.promote'), h('span', { class: 'visually-hidden' }, ` : ${name}`)),
      h('button', { type: 'button', class: 'secondary', 'data-testid': 'delete-cluster', 'data-cluster-id': c.id, 'data-key': `delc-${c.id}`, onclick: () => void act(ctx, 'DeleteCluster', c.id) }, t('console.cluster.delete'), h('span', { class: 'visually-hidden' }, ` : ${name}`)),
    ),
    others.length > 0
      ? h(
          'div',
          { class: 'merge' },
          h('label', { for: mergeId }, t('console.cluster.mergeLabel')),
          h(
            'div',
            { class: 'inline' },
            mergeSelect,
            h(
              'button',
              { type: 'button', class: 'secondary', 'data-testid': 'merge-cluster-submit', 'data-cluster-id': c.id, 'data-key': `merge-${c.id}`, onclick: () => mergeSelect.value && void act(ctx, 'MergeClusters', mergeSelect.value, [c.id]) },
              t('console.cluster.merge'),
            ),
          ),
        )
      : null,
  );
  return dropZone(ctx, s, card, c.id);
}

export function clustersPanel(ctx: Ctx): Child[] {
  const s = ctx.live.snapshot;
  const heading = h('h2', null, t('console.clusters.heading'));
  if (!s) return [heading];
  const w = selectedWorkshop(ctx);
  const list = visibleWorkshops(ctx);
  if (!w) return [heading, h('p', { class: 'muted' }, t('console.clusters.noWorkshop'))];
  const notes = s.notes.filter((n) => n.workshopId === w.id);
  const clusters = s.clusters.filter((c) => c.workshopId === w.id);
  const labels = columnLabels(w);
  const loose = notes.filter((n) => n.clusterId === null || !clusters.some((c) => c.id === n.clusterId));
  const hidden = notes.filter((n) => n.hidden).length;
  const newTitle = h('input', { id: 'new-cluster-title', type: 'text', maxlength: 120, 'data-testid': 'new-cluster-title', 'data-key': 'new-cluster-title', placeholder: t('console.cluster.titlePlaceholder') });
  const create = () => {
    const title = newTitle.value.trim();
    newTitle.value = '';
    void act(ctx, 'CreateCluster', w.id, newId('c'), title, []);
  };
  newTitle.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') create();
  });
  const looseZone = dropZone(
    ctx,
    s,
    h(
      'section',
      { class: 'loose', 'aria-labelledby': 'loose-heading', 'data-testid': 'loose-notes' },
      h('h3', { id: 'loose-heading' }, t('console.clusters.loose', { count: loose.length })),
      proposedLink(ctx, s, w),
      loose.length > 0
        ? h('ul', { class: 'note-grid' }, ...loose.map((n) => noteCard(ctx, s, w, n, clusters, labels)))
        : h('p', { class: 'muted' }, t(notes.length === 0 ? 'console.clusters.noNotes' : 'console.clusters.noLoose')),
    ),
    null,
  );
  return [
    heading,
    list.length > 1
      ? h(
          'div',
          { class: 'field workshop-choice' },
          h('label', { for: 'workshop-select' }, t('console.clusters.workshop')),
          h(
            'select',
            {
              id: 'workshop-select',
              'data-testid': 'workshop-select',
              'data-key': 'workshop-select',
              onchange: (event: Event) => {
                ctx.ui.selectedWorkshopId = (event.target as HTMLSelectElement).value || null;
                ctx.refresh();
              },
            },
            ...list.map((x) => h('option', { value: x.id, selected: x.id === w.id }, `${t(`format.${x.format}`)} — ${x.title}${x.id === s.currentWorkshopId ? ` (${t('console.workshop.current')})` : ''}`)),
          ),
        )
      : h('p', { class: 'lead' }, `${t(`format.${w.format}`)} — ${w.title}`),
    h('p', { class: 'muted', 'aria-live': 'polite', 'data-testid': 'note-count' }, t('console.clusters.summary', { notes: notes.length, hidden, clusters: clusters.length })),
    h('p', { class: 'muted' }, t('console.clusters.help')),
    h(
      'div',
      { class: 'new-cluster' },
      h('label', { for: 'new-cluster-title' }, t('console.cluster.newLabel')),
      h('div', { class: 'inline' }, newTitle, h('button', { type: 'button', 'data-testid': 'new-cluster', 'data-key': 'new-cluster', onclick: create }, t('console.cluster.new'))),
    ),
    h(
      'div',
      { class: 'cluster-board' },
      looseZone,
      h(
        'section',
        { class: 'clusters', 'aria-labelledby': 'clusters-heading' },
        h('h3', { id: 'clusters-heading' }, t('console.clusters.list', { count: clusters.length })),
        clusters.length === 0 ? h('p', { class: 'muted' }, t('console.clusters.none')) : h('ul', { class: 'cluster-grid' }, ...clusters.map((c) => clusterCard(ctx, s, w, c, clusters, notes.filter((n) => n.clusterId === c.id), labels))),
      ),
    ),
  ];
}
