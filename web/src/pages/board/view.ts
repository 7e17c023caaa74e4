// What the board shows of one workshop: its input, its notes (hidden count, by column or by cluster), vote and
// rating results, and the pistes d'activité with their sign-ups. Pure DOM building from the snapshot, all text
// through h() (text nodes), no inline styles (bar widths go through a CSS custom property).
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import { activeRound, type Cluster, type Note, type Piste, type Snapshot, type Workshop } from '../../live/model';

const colours = new Set(['jaune', 'rose', 'bleu', 'vert', 'orange', 'violet']);


function locale(): string {
  return language() === 'fr' ? 'fr-FR' : 'en-GB';
}

export function oneDecimal(value: number): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** ABCDEFGH → ABCD-EFGH, for typing by hand. */
export { displayJoinCode as displayCode } from '../../lib/joincode';

function starMark(starred: boolean): Child {
  return starred ? h('span', { class: 'star-mark', role: 'img', 'aria-label': t('board.star'), title: t('board.star') }, '★ ') : null;
}

/** The workshop's input. `full` on the main area when nothing else is to be shown, else a compact summary. */
export function workshopInput(w: Workshop, full: boolean): HTMLElement {
  const input = w.input;
  const parts: Child[] = [];
  if (input.challenge) {
    parts.push(
      full ? h('p', { class: 'input-label' }, t('board.input.challenge')) : null,
      h('p', { class: 'input-main' }, input.challenge.text),
      input.challenge.theme ? h('p', { class: 'input-tag' }, t('board.input.theme', { theme: input.challenge.theme })) : null,
    );
  } else if (input.projectCard) {
    const card = input.projectCard;
    parts.push(
      card.holder ? h('p', { class: 'input-tag' }, t('board.input.holder', { holder: card.holder })) : null,
      h('p', { class: 'input-main' }, card.pitch),
      card.needs ? h('div', { class: 'input-more' }, h('p', { class: 'input-label' }, t('board.input.needs')), h('p', { class: 'input-text' }, card.needs)) : null,
    );
  } else if (input.externalProject) {
    const project = input.externalProject;
    parts.push(
      h('p', { class: 'input-main' }, project.name),
      project.originTerritory ? h('p', { class: 'input-tag' }, t('board.input.origin', { origin: project.originTerritory })) : null,
      project.description ? h('p', { class: 'input-more input-text' }, project.description) : null,
      project.successFactors.length > 0
        ? h(
            'div',
            { class: 'input-more' },
            h('p', { class: 'input-label' }, t('board.input.successFactors')),
            h('ul', { class: 'input-list' }, ...project.successFactors.map((f) => h('li', null, f))),
          )
        : null,
    );
  }
  return h('div', { class: full ? 'workshop-input full' : 'workshop-input compact', 'data-testid': 'workshop-input' }, ...parts);
}

/** Everything of the workshop the sections need, computed once per render. */
export interface WorkshopView {
  s: Snapshot;
  w: Workshop;
  notes: Note[];
  visible: Note[];
  hidden: Note[];
  clusters: Cluster[];
  starred: Set<string>;
  pistes: Piste[];
  allPistes: boolean;
}

export function workshopView(s: Snapshot, w: Workshop, allPistes: boolean): WorkshopView {
  const notes = s.notes.filter((n) => n.workshopId === w.id);
  return {
    s,
    w,
    notes,
    visible: notes.filter((n) => !n.hidden),
    hidden: notes.filter((n) => n.hidden),
    clusters: s.clusters.filter((c) => c.workshopId === w.id),
    starred: new Set(s.stars.filter((x) => x.workshopId === w.id).map((x) => x.targetId)),
    pistes: allPistes ? s.pistes : s.pistes.filter((p) => p.workshopId === w.id),
    allPistes,
  };
}

function noteCard(v: WorkshopView, n: Note, fresh: Set<string>): HTMLElement {
  const colour = colours.has(n.colour) ? n.colour : 'jaune';
  return h(
    'li',
    { class: `note ${colour} board-note${fresh.has(n.id) ? ' fresh' : ''}`, 'data-testid': 'board-note', 'data-note-id': n.id },
    starMark(v.starred.has(n.id)),
    n.text,
  );
}

function group(v: WorkshopView, title: string, notes: Note[], fresh: Set<string>, cluster: Cluster | null): HTMLElement {
  const heading = h('h3', { class: 'group-title', 'data-testid': cluster ? 'cluster-title' : null }, starMark(cluster ? v.starred.has(cluster.id) : false), title);
  return h(
    'section',
    cluster
      ? { class: 'group card board-cluster', 'data-testid': 'board-cluster', 'data-cluster-id': cluster.id }
      : { class: 'group' },
    heading,
    notes.length > 0 ? h('ul', { class: 'group-notes' }, ...notes.map((n) => noteCard(v, n, fresh))) : null,
  );
}

/** Visible notes by cluster once clusters exist (unclustered ones under "Autres"), else by the columns of their round. */
export function notesSection(v: WorkshopView, fresh: Set<string>): HTMLElement {
  const groups: HTMLElement[] = [];
  if (v.clusters.length > 0) {
    const known = new Set(v.clusters.map((c) => c.id));
    for (const c of v.clusters) {
      groups.push(group(v, c.title.trim() || t('board.notes.untitled'), v.visible.filter((n) => n.clusterId === c.id), fresh, c));
    }
    const others = v.visible.filter((n) => !n.clusterId || !known.has(n.clusterId));
    if (others.length > 0) groups.push(group(v, t('board.notes.other'), others, fresh, null));
  } else {
    // One group per column key, in the order of the rounds and of their columns; label from the first round having it.
    const labels = new Map<string, string>();
    for (const r of v.w.rounds) for (const c of r.rules.columns) if (!labels.has(c.key)) labels.set(c.key, c.label);
    const keys = Array.from(labels.keys());
    for (const n of v.visible) if (!labels.has(n.column)) { labels.set(n.column, n.column); keys.push(n.column); }
    for (const key of keys) {
      const notes = v.visible.filter((n) => n.column === key);
      if (notes.length > 0) groups.push(group(v, labels.get(key) ?? key, notes, fresh, null));
    }
  }
  return h(
    'section',
    { class: 'board-section notes-section', 'aria-labelledby': 'notes-heading' },
    h('h2', { id: 'notes-heading', class: 'visually-hidden' }, t('board.notes.heading')),
    groups.length > 0 ? h('div', { class: v.clusters.length > 0 || groups.length > 1 ? 'groups cards' : 'groups flow' }, ...groups) : h('p', { class: 'empty' }, t('board.notes.empty')),
  );
}

export function hiddenSection(v: WorkshopView): HTMLElement {
  const count = v.hidden.length;
  return h(
    'section',
    { class: 'board-section hidden-section', 'aria-labelledby': 'hidden-heading' },
    h('h2', { id: 'hidden-heading', class: 'visually-hidden' }, t('board.hidden.heading')),
    h(
      'p',
      { class: 'hidden-line', 'aria-live': 'polite' },
      h('span', { class: 'hidden-count', 'data-testid': 'hidden-count' }, String(count)),
      ' ',
      h('span', { class: 'hidden-label' }, plural('board.hidden', count)),
    ),
    h('p', { class: 'hidden-hint' }, t('board.hidden.hint')),
  );
}

function bar(targetId: string, label: Child, count: number, max: number, countText: string): HTMLElement {
  const fill = h('span', { class: 'bar-fill' });
  fill.style.setProperty('--w', `${max > 0 ? (count / max) * 100 : 0}%`);
  return h(
    'li',
    { class: 'result-bar', 'data-testid': 'result-bar', 'data-target-id': targetId, 'data-count': count },
    h('span', { class: 'bar-label' }, label),
    h('span', { class: 'bar-track', 'aria-hidden': 'true' }, fill),
    h('span', { class: 'bar-count' }, countText),
  );
}

/** Dots per cluster (and per note voted on directly), most first. */
export function resultsSection(v: WorkshopView): HTMLElement {
  const counts = new Map<string, number>();
  for (const vote of v.s.votes) if (vote.workshopId === v.w.id) counts.set(vote.targetId, (counts.get(vote.targetId) ?? 0) + 1);
  const rows: Array<{ id: string; label: Child; count: number; title: string }> = [];
  for (const c of v.clusters) {
    const title = c.title.trim() || t('board.notes.untitled');
    rows.push({ id: c.id, label: h('span', null, starMark(v.starred.has(c.id)), title), count: counts.get(c.id) ?? 0, title });
  }
  for (const n of v.visible) {
    const count = counts.get(n.id) ?? 0;
    if (count > 0 || v.clusters.length === 0) rows.push({ id: n.id, label: h('span', null, starMark(v.starred.has(n.id)), n.text), count, title: n.text });
  }
  rows.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, language()));
  const max = rows.reduce((m, r) => Math.max(m, r.count), 0);
  return h(
    'section',
    { class: 'board-section results-section', 'aria-labelledby': 'results-heading' },
    h('h2', { id: 'results-heading' }, t('board.results.heading')),
    rows.length > 0 && max > 0
      ? h('ol', { class: 'bars' }, ...rows.map((r) => bar(r.id, r.label, r.count, max, plural('board.results.dots', r.count))))
      : h('p', { class: 'empty' }, t('board.results.empty')),
  );
}

/** Essaimage faisabilité: the average, one decimal, and the distribution from 1 to 5. */
export function ratingSection(v: WorkshopView): HTMLElement {
  const ratings = v.s.ratings.filter((r) => r.workshopId === v.w.id);
  const per = [1, 2, 3, 4, 5].map((value) => ratings.filter((r) => r.value === value).length);
  const max = Math.max(0, ...per);
  const average = ratings.length > 0 ? ratings.reduce((sum, r) => sum + r.value, 0) / ratings.length : null;
  return h(
    'section',
    { class: 'board-section rating-section', 'aria-labelledby': 'rating-heading' },
    h('h2', { id: 'rating-heading' }, t('board.rating.heading')),
    h(
      'div',
      { class: 'rating-layout' },
      h(
        'p',
        { class: 'rating-summary' },
        h('span', { class: 'rating-caption' }, t('board.rating.average')),
        h('span', { class: 'rating-average', 'data-testid': 'rating-average' }, average === null ? '–' : oneDecimal(average)),
        h('span', { class: 'rating-caption' }, t('board.rating.outOf')),
        h('span', { class: 'rating-caption' }, plural('board.rating.count', ratings.length)),
      ),
      h(
        'ol',
        { class: 'bars rating-bars' },
        ...per.map((count, i) => bar(`rating-${i + 1}`, h('span', null, String(i + 1), h('span', { 'aria-hidden': 'true' }, ' ★')), count, max, String(count))),
      ),
    ),
  );
}

export function pistesSection(v: WorkshopView): HTMLElement {
  const signUps = new Map<string, number>();
  for (const s of v.s.signUps) signUps.set(s.pisteId, (signUps.get(s.pisteId) ?? 0) + 1);
  const workshopTitle = (id: string) => v.s.workshops.find((w) => w.id === id)?.title ?? '';
  return h(
    'section',
    { class: 'board-section pistes-section', 'aria-labelledby': 'pistes-heading' },
    h('h2', { id: 'pistes-heading' }, t(v.allPistes ? 'board.pistes.allHeading' : 'board.pistes.heading')),
    v.pistes.length > 0
      ? h(
          'ol',
          { class: 'pistes' },
          ...v.pistes.map((p) => {
            const count = signUps.get(p.id) ?? 0;
            return h(
              'li',
              { class: 'board-piste', 'data-testid': 'board-piste', 'data-piste-id': p.id, 'data-signups': count },
              h('h3', { class: 'piste-title' }, p.title),
              v.allPistes ? h('p', { class: 'piste-workshop' }, workshopTitle(p.workshopId)) : null,
              count > 0
                ? h('p', { class: 'piste-signups some' }, h('span', { class: 'piste-count' }, String(count)), ' ', plural('board.pistes.people', count))
                : h('p', { class: 'piste-signups' }, t('board.pistes.nobody')),
            );
          }),
        )
      : h('p', { class: 'empty' }, t('board.pistes.empty')),
  );
}

/**
 * The sections of the main area, the one the running round is about first: sign-ups → pistes, voting → results,
 * rating → faisabilité, private writing → hidden count, anything else → notes. With nothing to show yet (cadrage,
 * pitch, présentation), the workshop's input fills the main area instead.
 */
export function mainSections(v: WorkshopView, fresh: Set<string>): { sections: HTMLElement[]; inputInMain: boolean } {
  const r = activeRound(v.w);
  const rules = r?.rules;
  const hasVotes = v.s.votes.some((x) => x.workshopId === v.w.id);
  const hasRatings = v.s.ratings.some((x) => x.workshopId === v.w.id);
  const writing = !!rules && rules.columns.length > 0;
  const candidates: Array<{ key: string; show: boolean; build: () => HTMLElement }> = [
    { key: 'pistes', show: v.pistes.length > 0 || !!rules?.signUps, build: () => pistesSection(v) },
    { key: 'results', show: hasVotes || !!rules?.voting, build: () => resultsSection(v) },
    { key: 'rating', show: hasRatings || !!rules?.rating, build: () => ratingSection(v) },
    { key: 'hidden', show: v.hidden.length > 0 || !!rules?.privateUntilReveal, build: () => hiddenSection(v) },
    { key: 'notes', show: v.visible.length > 0 || v.clusters.length > 0 || (writing && !rules?.privateUntilReveal), build: () => notesSection(v, fresh) },
  ];
  const first = rules?.signUps ? 'pistes' : rules?.voting ? 'results' : rules?.rating ? 'rating' : rules?.privateUntilReveal ? 'hidden' : writing || rules?.clustering ? 'notes' : null;
  const shown = candidates.filter((c) => c.show);
  shown.sort((a, b) => Number(b.key === first) - Number(a.key === first));
  return { sections: shown.map((c) => c.build()), inputInMain: shown.length === 0 };
}
