// The top of the space: the project card (name, promise, where it stands on the way to launch), who is looking,
// and the parts of the page to jump to.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { languageSwitch } from '../../lib/page';
import { isClosed, type Ctx } from './context';
import { road } from './model';
import { themeLabel } from '../../lib/themes';

export function headerSignature(ctx: Ctx): string {
  const p = ctx.page;
  return JSON.stringify([language(), p?.group.name, p?.group.promise, p?.group.stage, p?.group.theme, p?.group.stopReason, p?.group.closedAt, p?.group.closedReason, p?.me, p?.group.joinCode]);
}

let switcher: HTMLButtonElement | null = null;

export function headerPanel(ctx: Ctx): Child[] {
  const p = ctx.page;
  switcher ??= languageSwitch();
  if (!p) return [h('div', { class: 'topbar' }, h('span', { class: 'brand' }, t('app.name')), switcher)];
  const g = p.group;
  const current = road.indexOf(g.stage);
  const role = p.me.role === 'coAnimator' ? t('group.role.seat', { seat: p.me.seat ?? 1 }) : p.me.role === 'member' ? t('group.role.member') : t('group.role.invited');
  return [
    h('div', { class: 'topbar' }, h('span', { class: 'brand' }, t('group.kind')), h('span', { class: 'role', 'data-testid': 'my-role' }, role), switcher),
    h('h1', { 'data-testid': 'group-name' }, g.name),
    g.promise ? h('p', { class: 'promise', 'data-testid': 'group-promise' }, g.promise) : null,
    g.theme ? h('p', { class: 'group-theme' }, t('group.card.theme'), ' : ', h('strong', { 'data-testid': 'group-theme' }, themeLabel(g.theme))) : null,
    p.me.role === 'invited'
      ? null
      : isClosed(ctx)
      ? h('p', { class: 'notice', role: 'status', 'data-testid': 'group-closed' }, t('group.closed', { reason: g.closedReason || '—' }))
      : g.stage === 'stopped'
      // A stopped project is off the road: its one line says so, with why, instead of a step it no longer stands on.
      ? h('p', { class: 'notice', role: 'status', 'data-testid': 'group-stopped' }, t('group.stopped', { reason: g.stopReason || '—' }))
      : h('ol', { class: 'stages', 'aria-label': t('group.card.stage'), 'data-testid': 'stages' },
        ...road.map((s, i) => h('li', { class: i < current ? 'past' : i === current ? 'current' : 'future', 'aria-current': i === current ? 'step' : null },
          h('span', { class: 'step-of', 'aria-hidden': 'true' }, `${i + 1}/${road.length} · `), t(`group.stage.${s}`)))),
    p.me.role === 'coAnimator'
      ? h('details', { class: 'join-code' },
        h('summary', null, t('group.joinCode'), ' ', h('strong', { 'data-testid': 'group-join-code' }, g.joinCode), ' · ', h('span', null, `${location.origin}/g/${g.joinCode}`)),
        h('img', { class: 'group-qr', src: `/api/groups/join/${encodeURIComponent(g.joinCode)}/qr.svg`, alt: t('group.joinQr', { code: g.joinCode }), width: 240, height: 240, 'data-testid': 'group-join-qr', loading: 'lazy' }))
      : null,
    p.me.role === 'invited' ? null : h('nav', { class: 'jump', 'aria-label': t('group.nav') },
      ...(['canvas', 'plan', 'actions', 'exchanges', 'meetings', 'members', ...(g.origin ? ['origin'] : []), 'dossier']).map((id) => h('a', { href: `#${id}-title` }, t(`group.nav.${id}`)))),
  ];
}
