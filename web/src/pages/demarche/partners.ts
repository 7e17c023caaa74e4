// Mobilisation: the partner organisations (the first circle, and those who joined), each from its univers, and
// the 360° view that says which univers are mobilised and which are still missing. The coordinator alone sees
// and changes them, contacts included.
import { contactFromText, contactText } from '../../lib/contact';
import { confirmButton } from '../../lib/confirm';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { plural } from '../../lib/plural';
import { clearDrafts, stacked, valueOf } from '../group/fields';
import { foldable } from '../group/fold';
import { base, heading, isCoordinator, type Ctx } from './context';
import { circles, universKeys, type Circle, type Partner, type UniversKey } from './model';
import { pendingFor, pendingState } from './pending';

export function partnersSignature(ctx: Ctx): string {
  const p = ctx.page;
  return JSON.stringify([language(), p?.me.role, p?.partners, p?.univers, ctx.outbox.pending, [...ctx.ui.editing], [...ctx.ui.confirming]]);
}

const path = (ctx: Ctx, id: string) => `${base(ctx)}/partners/${encodeURIComponent(id)}`;

function select<T extends string>(id: string, testid: string, values: readonly T[], words: (v: T) => string, value: T | undefined): HTMLSelectElement {
  const el = h('select', { id, 'data-testid': testid, 'data-key': id }, ...values.map((v) => h('option', { value: v }, words(v))));
  if (value) el.value = value;
  return el;
}

function partnerForm(ctx: Ctx, partner: Partner | null): HTMLElement {
  const id = partner?.id ?? 'new';
  const keys = { name: `partner-name-${id}`, contact: `partner-contact-${id}` };
  const univers = select(`f-partner-univers-${id}`, 'partner-univers', universKeys, (u) => t(`demarche.univers.${u}`), partner?.univers);
  const circle = select(`f-partner-circle-${id}`, 'partner-circle', circles, (c) => t(`demarche.circle.${c}`), partner?.circle);
  const form = h('form', {
    class: 'plan-form',
    'data-testid': 'partner-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const name = valueOf(form, keys.name);
      if (!name) return;
      const body = { name, univers: univers.value as UniversKey, circle: circle.value as Circle, contact: contactFromText(valueOf(form, keys.contact)) };
      ctx.outbox.send('PUT', path(ctx, partner?.id ?? newId('p')), body, t('demarche.pending.partner', { name }));
      clearDrafts(...Object.values(keys));
      ctx.ui.editing.delete(partner ? `partner-${id}` : 'partner-new');
      ctx.refresh();
    },
  },
  stacked({ label: t('demarche.partner.name'), key: keys.name, initial: partner?.name, maxlength: 160, required: true, testid: 'partner-name' }),
  h('div', { class: 'row' },
    h('div', { class: 'field' }, h('label', { for: univers.id }, t('demarche.partner.univers')), univers),
    h('div', { class: 'field' }, h('label', { for: circle.id }, t('demarche.partner.circle')), circle)),
  stacked({ label: t('demarche.partner.contact'), key: keys.contact, initial: contactText(partner?.contact ?? null) ?? '', maxlength: 200, testid: 'partner-contact' }),
  h('div', { class: 'inline' },
    h('button', { type: 'submit', 'data-testid': 'partner-submit', 'data-key': `partner-submit-${id}` }, partner ? t('demarche.save') : t('demarche.partner.add')),
    partner ? h('button', { type: 'button', class: 'secondary', onclick: () => { ctx.ui.editing.delete(`partner-${id}`); ctx.refresh(); } }, t('demarche.cancel')) : null));
  return form;
}

function partnerRow(ctx: Ctx, partner: Partner): HTMLElement {
  if (ctx.ui.editing.has(`partner-${partner.id}`)) return h('li', { class: 'partner editing' }, partnerForm(ctx, partner));
  const waiting = pendingFor(ctx, path(ctx, partner.id));
  return h('li', { class: `partner${waiting?.method === 'DELETE' ? ' removing' : ''}`, 'data-testid': 'partner-row', 'data-univers': partner.univers, 'data-circle': partner.circle },
    h('span', { class: 'partner-name' }, partner.name),
    h('span', { class: 'tag partner-univers' }, t(`demarche.univers.${partner.univers}`)),
    h('span', { class: `tag circle ${partner.circle}` }, t(`demarche.circle.${partner.circle}`)),
    partner.contact ? h('span', { class: 'partner-contact', 'data-testid': 'partner-contact' }, contactText(partner.contact)) : null,
    waiting ? pendingState(ctx, waiting) : null,
    waiting ? null : h('span', { class: 'inline item-actions' },
      h('button', { type: 'button', class: 'secondary small', 'data-testid': 'partner-edit', 'data-key': `partner-edit-${partner.id}`, onclick: () => { ctx.ui.editing.add(`partner-${partner.id}`); ctx.refresh(); } },
        t('demarche.edit'), h('span', { class: 'visually-hidden' }, ` : ${partner.name}`)),
      confirmButton(ctx, {
        key: `partner-remove-${partner.id}`, testid: 'partner-remove', label: t('demarche.remove'), question: t('demarche.partner.removeConfirm', { name: partner.name }),
        onConfirm: () => ctx.outbox.send('DELETE', path(ctx, partner.id), null, t('demarche.pending.partnerRemove', { name: partner.name })),
      })));
}

/** The six univers, each with its count; a univers nobody comes from is said to be missing, in words and colour. */
function universView(ctx: Ctx): HTMLElement {
  const counts = new Map((ctx.page?.univers ?? []).map((u) => [u.key, u.partners]));
  const missing = universKeys.filter((key) => (counts.get(key) ?? 0) === 0);
  return h('div', { class: 'univers-view' },
    h('h3', null, t('demarche.univers.heading')),
    h('p', { class: missing.length > 0 ? 'notice' : 'muted', 'data-testid': 'univers-summary' },
      missing.length === 0 ? t('demarche.univers.all') : plural('demarche.univers.missing', missing.length, { names: missing.map((k) => t(`demarche.univers.${k}`)).join(', ') })),
    h('ul', { class: 'univers', 'data-testid': 'univers' }, ...universKeys.map((key) => {
      const n = counts.get(key) ?? 0;
      return h('li', { class: `univers-item${n === 0 ? ' missing' : ''}`, 'data-testid': `univers-${key}`, 'data-count': String(n), 'data-missing': String(n === 0) },
        h('span', { class: 'univers-name' }, t(`demarche.univers.${key}`)),
        h('span', { class: 'univers-count' }, n === 0 ? t('demarche.univers.none') : plural('demarche.count.partners', n)),
        n === 0 ? h('span', { class: 'tag missing' }, t('demarche.univers.missingTag')) : null);
    })));
}

export function partnersPanel(ctx: Ctx): Child[] {
  if (!ctx.page || !isCoordinator(ctx)) return [];
  const partners = ctx.page.partners;
  const byCircle = circles.map((c) => [c, partners.filter((p) => p.circle === c)] as const);
  return [
    heading('partners', t('demarche.partner.heading')),
    universView(ctx),
    ...byCircle.map(([c, list]) => h('div', { class: 'circle-list' },
      h('h3', null, t(`demarche.circle.heading.${c}`), ' ', h('span', { class: 'count' }, `(${list.length})`)),
      list.length === 0
        ? h('p', { class: 'muted' }, t(`demarche.partner.none.${c}`))
        : h('ul', { class: 'partners', 'data-testid': `partners-${c}` }, ...list.map((p) => partnerRow(ctx, p))))),
    foldable(ctx, 'partner-new', t('demarche.partner.new'), partnerForm(ctx, null)),
  ];
}
