// Besoins et offres: what the project needs (a place, funding, skills, outlets, volunteers…) and what it offers.
// The démarche's portfolio matches one project's need with another's offer, which is how launched projects stay
// linked. Co-animators state and withdraw them; members read them.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { isClosed, isSeat, type Ctx } from './context';
import { clearDrafts, stacked, valueOf } from './fields';
import { foldable } from './fold';
import { exchangeCategories, type Exchange, type ExchangeCategory, type ExchangeKind } from './model';
import { pendingFor, pendingState } from './pending';

const kinds: ExchangeKind[] = ['need', 'offer'];

export function exchangesSignature(ctx: Ctx): string {
  const g = ctx.page?.group;
  return JSON.stringify([language(), g?.exchanges, ctx.page?.me.role, g?.closedAt, ctx.outbox.pending, [...ctx.ui.editing]]);
}

const path = (ctx: Ctx, id: string) => `/api/groups/${encodeURIComponent(ctx.groupId)}/exchanges/${encodeURIComponent(id)}`;

function row(ctx: Ctx, x: Exchange): HTMLElement {
  const waiting = pendingFor(ctx, path(ctx, x.id));
  return h('li', { class: `exchange ${x.kind}${waiting?.method === 'DELETE' ? ' removing' : ''}`, 'data-testid': 'exchange', 'data-kind': x.kind, 'data-category': x.category },
    h('span', { class: 'tag category' }, t(`exchange.${x.category}`)),
    h('span', { class: 'exchange-text' }, x.text),
    waiting ? pendingState(ctx, waiting) : null,
    isSeat(ctx) && !isClosed(ctx) && !waiting
      ? h('button', {
        type: 'button', class: 'secondary small', 'data-testid': 'exchange-remove', 'data-key': `exchange-remove-${x.id}`,
        onclick: () => ctx.outbox.send('DELETE', path(ctx, x.id), null, t(`group.pending.${x.kind}Remove`, { text: x.text })),
      }, t('group.remove'), h('span', { class: 'visually-hidden' }, ` : ${x.text}`))
      : null);
}

function form(ctx: Ctx): HTMLElement {
  const kind = h('select', { id: 'f-exchange-kind', 'data-testid': 'exchange-kind', 'data-key': 'exchange-kind' },
    ...kinds.map((k) => h('option', { value: k }, t(`group.exchange.kind.${k}`))));
  const category = h('select', { id: 'f-exchange-category', 'data-testid': 'exchange-category', 'data-key': 'exchange-category' },
    ...exchangeCategories.map((c) => h('option', { value: c }, t(`exchange.${c}`))));
  const el = h('form', {
    class: 'plan-form',
    'data-testid': 'exchange-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const text = valueOf(el, 'exchange-text');
      if (!text) return;
      const k = kind.value as ExchangeKind;
      ctx.outbox.send('PUT', path(ctx, newId('x')), { kind: k, category: category.value as ExchangeCategory, text }, t(`group.pending.${k}`, { text }));
      clearDrafts('exchange-text');
      ctx.refresh();
    },
  },
  h('div', { class: 'row' },
    h('div', { class: 'field' }, h('label', { for: 'f-exchange-kind' }, t('group.exchange.kind')), kind),
    h('div', { class: 'field' }, h('label', { for: 'f-exchange-category' }, t('group.exchange.category')), category)),
  stacked({ label: t('group.exchange.text'), key: 'exchange-text', maxlength: 300, required: true, testid: 'exchange-text' }),
  h('button', { type: 'submit', 'data-testid': 'exchange-submit', 'data-key': 'exchange-submit' }, t('group.exchange.add')));
  return el;
}

export function exchangesPanel(ctx: Ctx): Child[] {
  const g = ctx.page?.group;
  if (!g) return [];
  const list = g.exchanges ?? [];
  return [
    h('h2', { id: 'exchanges-title' }, t('group.exchange.heading')),
    h('p', { class: 'muted' }, t('group.exchange.why')),
    ...kinds.map((k) => {
      const of = list.filter((x) => x.kind === k);
      return h('div', { class: `exchanges-${k}` },
        h('h3', null, t(`group.exchange.${k}s`)),
        of.length === 0
          ? h('p', { class: 'muted', 'data-testid': `exchanges-${k}-none` }, t(`group.exchange.no.${k}`))
          : h('ul', { class: 'exchanges', 'data-testid': `exchanges-${k}` }, ...of.map((x) => row(ctx, x))));
    }),
    isSeat(ctx) && !isClosed(ctx) ? foldable(ctx, 'exchange-new', t('group.exchange.new'), form(ctx)) : null,
  ];
}
