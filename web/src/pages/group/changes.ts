// "Depuis votre dernière visite": what others changed after the version this device had seen, in words, until the
// person says they have read it.
import { h, type Child } from '../../lib/dom';
import { formatDateTime, language, t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import type { Ctx } from './context';
import { memberName, type Change } from './model';

export function changesSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.sinceLastVisit.map((c) => c.seq), ctx.page?.group.members.length, ctx.ui.editing.has('changes-all')]);
}

function line(ctx: Ctx, c: Change): string {
  const what = t(`group.change.${c.area}.${c.kind}`);
  const where = c.block ? ` (${t(`group.block.${c.block}`)})` : '';
  const who = memberName(ctx.page!.group, c.authorId);
  return `${what}${where} : ${c.text}${who ? ` — ${who}` : ''}`;
}

export function changesPanel(ctx: Ctx): Child[] {
  const changes = ctx.sinceLastVisit;
  if (!ctx.page || changes.length === 0) return [];
  // A phone shows a few lines at once; the rest is one tap away.
  const all = ctx.ui.editing.has('changes-all');
  const shown = (all ? changes : changes.slice(-6)).slice().reverse();
  return [
    h('h2', null, plural('group.changes.heading', changes.length)),
    h('ul', { class: 'changes', 'data-testid': 'changes' }, ...shown.map((c) => h('li', { 'data-testid': 'change', 'data-area': c.area }, h('span', { class: 'muted' }, formatDateTime(Date.parse(c.at))), ' ', line(ctx, c)))),
    h('div', { class: 'inline' },
      changes.length > shown.length
        ? h('button', { type: 'button', class: 'secondary small', 'data-testid': 'changes-all', onclick: () => { ctx.ui.editing.add('changes-all'); ctx.refresh(); } }, t('group.changes.more', { count: changes.length - shown.length }))
        : null,
      h('button', { type: 'button', class: 'secondary small', 'data-testid': 'changes-read', onclick: () => { ctx.sinceLastVisit = []; ctx.refresh(); } }, t('group.changes.read'))),
  ];
}
