// The cards people vote on or star: the text across the whole card, the buttons right under its title, and a long
// text cut to a few lines with "Lire la suite", offered only when the text really is cut.
import { h, type Child } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import { numberedClusters } from '../../live/model';
import { visibleNotes, type Ctx, type View } from './context';

export interface Target {
  id: string;
  title: string;
  /** The notes of a regroupement; none for a note on its own. */
  lines: string[];
}

/** The regroupements as cards, titled as the board titles them (a title the machine made is not shown). */
function clusterTargets(v: View): Target[] {
  const notes = visibleNotes(v);
  return numberedClusters(v.s, v.workshop?.id).map(({ cluster: c, number, shownTitle }) => ({
    id: c.id,
    title: shownTitle ?? t('phone.votes.numbered', { number }),
    lines: notes.filter((n) => n.clusterId === c.id).map((n) => n.text),
  }));
}

/** What a vote is on: the regroupements when there are some, else the visible notes. */
export function voteTargets(v: View): Target[] {
  const clusters = clusterTargets(v);
  return clusters.length > 0 ? clusters : visibleNotes(v).map((n) => ({ id: n.id, title: n.text, lines: [] }));
}

/** What the project holder may keep: the regroupements and the notes outside them. */
export function starTargets(v: View): Target[] {
  const clusters = clusterTargets(v);
  const ids = new Set(clusters.map((c) => c.id));
  return [...clusters, ...visibleNotes(v).filter((n) => !n.clusterId || !ids.has(n.clusterId)).map((n) => ({ id: n.id, title: n.text, lines: [] }))];
}

/** A card: title (cut when long), then the row of its controls with "Lire la suite", then a regroupement's notes. */
export function targetCard(ctx: Ctx, target: Target, controls: Child, attributes: Record<string, string | number>): HTMLElement {
  const expanded = ctx.ui.expanded.has(target.id);
  const clampId = ctx.id(`target-text-${target.id}`);
  const cut = target.lines.length > 0
    ? h('ul', { class: 'target-notes', id: clampId, 'data-clamp': 'true' }, ...target.lines.map((line) => h('li', null, line)))
    : null;
  const title = h('p', { class: 'target-title', id: cut ? null : clampId, 'data-clamp': cut ? null : 'true' }, target.title,
    cut ? h('span', { class: 'meta' }, ` · ${plural('phone.targets.notes', target.lines.length)}`) : null);
  const more = h('button', {
    type: 'button', class: 'link read-more', 'data-testid': 'read-more', 'data-key': `more-${target.id}`,
    'aria-expanded': String(expanded), 'aria-controls': clampId,
  }, expanded ? t('phone.targets.less') : t('phone.targets.more'));
  more.hidden = !expanded;
  const card = h('li', { class: 'target-card', 'data-expanded': expanded ? 'true' : null, ...attributes },
    title,
    h('div', { class: 'target-row' }, controls, more),
    cut);
  more.addEventListener('click', () => {
    const open = !ctx.ui.expanded.has(target.id);
    if (open) ctx.ui.expanded.add(target.id);
    else ctx.ui.expanded.delete(target.id);
    if (open) card.dataset.expanded = 'true';
    else delete card.dataset.expanded;
    more.setAttribute('aria-expanded', String(open));
    more.textContent = open ? t('phone.targets.less') : t('phone.targets.more');
  });
  return card;
}

/** Shows "Lire la suite" on the cards whose text is cut (measured once laid out: it depends on the screen). */
export function measureClamps(root: HTMLElement): void {
  for (const card of Array.from(root.querySelectorAll<HTMLElement>('.target-card'))) {
    const more = card.querySelector<HTMLElement>('.read-more');
    const text = card.querySelector<HTMLElement>('[data-clamp]');
    if (!more || !text) continue;
    more.hidden = card.dataset.expanded !== 'true' && text.scrollHeight <= text.clientHeight + 2;
  }
}
