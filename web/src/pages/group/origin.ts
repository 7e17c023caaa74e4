// Where the group comes from: the evening, its workshop and piste, and the regroupements and notes the piste was
// made of, with the room's dots and the holder's stars, as they were quoted when the group was born.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import type { Ctx } from './context';

export function originSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page?.group.origin]);
}

export function originPanel(ctx: Ctx): Child[] {
  const o = ctx.page?.group.origin;
  if (!o) return [];
  const date = new Intl.DateTimeFormat(language(), { dateStyle: 'long' }).format(new Date(o.sessionDate));
  return [
    h('h2', { id: 'origin-title' }, t('group.origin.heading')),
    h('p', { 'data-testid': 'origin-summary' }, t('group.origin.summary', { session: o.sessionTitle, date, workshop: o.workshopTitle, piste: o.pisteTitle })),
    o.ratingCount > 0 && o.averageRating !== null
      ? h('p', { class: 'muted' }, t('group.origin.rating', { average: o.averageRating.toLocaleString(language(), { maximumFractionDigits: 1 }), count: o.ratingCount }))
      : null,
    ...o.clusters.map((c) => h('section', { class: 'origin-cluster', 'data-testid': 'origin-cluster' },
      h('h3', null, c.title || t('group.origin.untitled'), ' ', h('span', { class: 'count' }, plural('group.origin.dots', c.votes)), c.starred ? h('span', { class: 'tag star' }, t('group.origin.starred')) : null),
      h('ul', { class: 'origin-notes' }, ...c.notes.map((n) => h('li', { class: 'note jaune', 'data-testid': 'origin-note' }, n.text,
        n.votes > 0 ? h('span', { class: 'note-votes' }, ` · ${plural('group.origin.dots', n.votes)}`) : null,
        n.starred ? h('span', { class: 'note-votes' }, ` · ${t('group.origin.starred')}`) : null))))),
  ];
}
