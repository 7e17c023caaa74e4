// The top of the consultation: the démarche's name, what the consultation is for in one sentence, and, when it is
// closed, that it is read only.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { languageSwitch } from '../../lib/page';
import type { Ctx } from './context';

export function headerSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page?.demarcheName, ctx.page?.territory, ctx.page?.open]);
}

let switcher: HTMLButtonElement | null = null;

export function headerPanel(ctx: Ctx): Child[] {
  switcher ??= languageSwitch();
  const p = ctx.page;
  return [
    h('div', { class: 'topbar' }, h('span', { class: 'brand' }, t('consultation.kind')), switcher),
    p ? h('h1', { 'data-testid': 'demarche-name' }, p.demarcheName) : null,
    p?.territory ? h('p', { class: 'territory' }, p.territory) : null,
    // Closed, it no longer invites anyone to propose: it says what it was for.
    p ? h('p', { class: 'purpose', 'data-testid': 'purpose' }, t(p.open ? 'consultation.purpose' : 'consultation.purposeClosed')) : null,
    p && !p.open ? h('p', { class: 'notice', role: 'status', 'data-testid': 'consultation-closed' }, t('consultation.closed')) : null,
  ];
}
