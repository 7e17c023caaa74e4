// What an outbox still holds, in words, for every page that writes through one (a group, a démarche, a
// consultation): "en attente d'envoi" until the server has stored it (never "envoyé" before), "refusé" with the
// reason, and a way to let it go, when the server said no. Each page names its own words and says its refusals.
import { h, type Child } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import type { Outbox, Pending } from './outbox';

/** The words of a page's outbox: the keys of one write's state, and of the summary at the top of the page. */
export interface PendingWords {
  waiting: string;
  refused: string;
  dismiss: string;
  /** A plural key: "{count} modifications en attente d'envoi…". */
  summary: string;
  refusedSummary: string;
}

/** The common words of a write's state, with the page's own summary ("demarche" → demarche.pending.summary). */
export const pendingWords = (page: string): PendingWords => ({
  waiting: 'pending.waiting',
  refused: 'pending.refused',
  dismiss: 'pending.dismiss',
  summary: `${page}.pending.summary`,
  refusedSummary: `${page}.pending.refusedSummary`,
});

/** The outbox's parts of a page, in its words, saying a refusal its own way. */
export function pendingView<C extends { outbox: Outbox }>(words: PendingWords, refusalText: (code: string | null, message: string | null) => string) {
  /** The write waiting for an address (an item's), with this method if it is named. */
  function pendingFor(ctx: C, path: string, method?: Pending['method']): Pending | undefined {
    return ctx.outbox.pending.find((p) => p.path === path && (!method || p.method === method));
  }

  function pendingState(ctx: C, p: Pending): Child {
    if (p.state === 'waiting') return h('span', { class: 'state waiting', 'data-testid': 'pending-state', 'data-state': 'waiting' }, t(words.waiting));
    return h('span', { class: 'state refused', 'data-testid': 'pending-state', 'data-state': 'refused' },
      t(words.refused, { reason: refusalText(p.code, p.reason) }), ' ',
      h('button', { type: 'button', class: 'secondary small', 'data-testid': 'pending-dismiss', onclick: () => ctx.outbox.dismiss(p) }, t(words.dismiss)));
  }

  function pendingSignature(ctx: C): string {
    return JSON.stringify(ctx.outbox.pending);
  }

  /** Every change not stored yet, at the top of the page where nobody misses it. */
  function pendingPanel(ctx: C): Child[] {
    const all = ctx.outbox.pending;
    if (all.length === 0) return [];
    const waiting = all.filter((p) => p.state === 'waiting').length;
    return [
      h('p', { class: 'pending-summary' }, waiting > 0 ? plural(words.summary, waiting) : t(words.refusedSummary)),
      h('ul', { class: 'pending-list' }, ...all.map((p) => h('li', { 'data-testid': 'pending-item' }, p.label, ' — ', pendingState(ctx, p)))),
    ];
  }

  return { pendingFor, pendingState, pendingSignature, pendingPanel };
}
