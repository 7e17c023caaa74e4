// What the outbox still holds, in words: "en attente d'envoi" until the server has stored it (never "envoyé"
// before), "refusé" with the reason, and a way to let it go, when the server said no.
import { h, type Child } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import type { Pending } from '../group/outbox';
import { refusalText, type Ctx } from './context';

export function pendingFor(ctx: Ctx, path: string, method?: Pending['method']): Pending | undefined {
  return ctx.outbox.pending.find((p) => p.path === path && (!method || p.method === method));
}

export function pendingState(ctx: Ctx, p: Pending): Child {
  if (p.state === 'waiting') return h('span', { class: 'state waiting', 'data-testid': 'pending-state', 'data-state': 'waiting' }, t('pending.waiting'));
  return h('span', { class: 'state refused', 'data-testid': 'pending-state', 'data-state': 'refused' },
    t('pending.refused', { reason: refusalText(p.code, p.reason) }), ' ',
    h('button', { type: 'button', class: 'secondary small', 'data-testid': 'pending-dismiss', onclick: () => ctx.outbox.dismiss(p) }, t('pending.dismiss')));
}

export function pendingSignature(ctx: Ctx): string {
  return JSON.stringify(ctx.outbox.pending);
}

export function pendingPanel(ctx: Ctx): Child[] {
  const all = ctx.outbox.pending;
  if (all.length === 0) return [];
  const waiting = all.filter((p) => p.state === 'waiting').length;
  return [
    h('p', { class: 'pending-summary' }, waiting > 0 ? plural('consultation.pending.summary', waiting) : t('consultation.pending.refusedSummary')),
    h('ul', { class: 'pending-list' }, ...all.map((p) => h('li', { 'data-testid': 'pending-item' }, p.label, ' — ', pendingState(ctx, p)))),
  ];
}
