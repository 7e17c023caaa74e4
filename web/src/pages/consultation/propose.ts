// The three ways to propose, each with only the fields it needs: a défi for the evening's émergence, a local
// project that wants acceleration (its holder's contact only with an explicit consent, seen by the coordinator
// alone), or a project from another territory to spread here (its name, where, a link, why here).
import { contactFromText } from '../../lib/contact';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { themeKeys } from '../../lib/themes';
import { clearDrafts, stacked, valueOf } from '../group/fields';
import { base, isOpen, say, type Ctx } from './context';
import { proposalKinds, type ProposalKind } from './model';

export function proposeSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page?.open, ctx.ui.kind]);
}

const keys = ['title', 'text', 'holder', 'contact', 'where', 'link', 'why'] as const;
const key = (kind: ProposalKind, field: string) => `${kind}-${field}`;

function themeSelect(kind: ProposalKind): HTMLElement {
  const id = `f-${kind}-theme`;
  return h('div', { class: 'field' },
    h('label', { for: id }, t('consultation.field.theme')),
    h('select', { id, 'data-key': key(kind, 'theme'), 'data-testid': 'proposal-theme' },
      h('option', { value: '' }, t('consultation.field.themeNone')),
      ...themeKeys.map((k) => h('option', { value: k }, t(`theme.${k}`)))));
}

function form(ctx: Ctx, kind: ProposalKind): HTMLElement {
  const consent = h('input', { type: 'checkbox', id: `f-${kind}-consent`, 'data-testid': 'proposal-consent' });
  // What keeps the form from going is said beside its button, where the person is, not at the top of a long page.
  const refusal = h('p', { class: 'field-error', role: 'alert', 'data-testid': 'propose-refusal', hidden: true });
  const refuse = (text: string, focus: HTMLElement | null) => {
    refusal.textContent = text;
    refusal.hidden = false;
    focus?.focus();
  };
  const field = (name: string, options: { multiline?: boolean; type?: string; maxlength: number; required?: boolean }) =>
    stacked({ label: t(`consultation.field.${kind}.${name}`), key: key(kind, name), testid: `proposal-${name}`, ...options });
  const el = h('form', {
    class: 'propose-form',
    'data-testid': 'propose-form',
    'data-kind': kind,
    onsubmit: (event: Event) => {
      event.preventDefault();
      const v = (name: string) => valueOf(el, key(kind, name)) || undefined;
      const title = v('title');
      const text = v('text');
      if (!title || !text) {
        refuse(t('consultation.propose.missing'), el.querySelector<HTMLElement>(`[data-key="${key(kind, title ? 'text' : 'title')}"]`));
        return;
      }
      const contact = kind === 'projetLocal' ? v('contact') : undefined;
      if (contact && !consent.checked) {
        refuse(t('consultation.propose.consentNeeded'), consent);
        return;
      }
      const body = {
        kind, title, text,
        theme: kind === 'projetAilleurs' ? undefined : v('theme'),
        holder: kind === 'projetLocal' ? v('holder') : undefined,
        contact: contact && consent.checked ? contactFromText(contact) : undefined,
        consent: Boolean(contact && consent.checked),
        where: kind === 'projetAilleurs' ? v('where') : undefined,
        link: kind === 'projetAilleurs' ? v('link') : undefined,
        why: kind === 'projetAilleurs' ? v('why') : undefined,
      };
      const id = newId('pr');
      ctx.visitor.rememberMine(id);
      ctx.outbox.send('PUT', `${base(ctx)}/proposals/${encodeURIComponent(id)}`, body, t('consultation.pending.proposal', { title }));
      clearDrafts(...keys.map((k) => key(kind, k)));
      ctx.ui.kind = null;
      say(ctx, t('consultation.propose.queued'), 'info');
    },
  },
  h('h3', null, t(`proposal.kind.${kind}`)),
  h('p', { class: 'muted' }, t(`consultation.propose.${kind}.hint`)),
  field('title', { maxlength: 160, required: true }),
  kind === 'projetAilleurs' ? field('where', { maxlength: 120 }) : null,
  field('text', { multiline: true, maxlength: 1000, required: true }),
  kind === 'projetAilleurs' ? field('link', { type: 'url', maxlength: 300 }) : null,
  kind === 'projetAilleurs' ? field('why', { multiline: true, maxlength: 500 }) : null,
  kind === 'projetLocal' ? field('holder', { maxlength: 80 }) : null,
  kind === 'projetLocal' ? field('contact', { maxlength: 200 }) : null,
  kind === 'projetLocal' ? h('p', { class: 'check' }, consent, h('label', { for: consent.id }, t('consultation.propose.consent'))) : null,
  kind === 'projetAilleurs' ? null : themeSelect(kind),
  refusal,
  h('div', { class: 'inline' },
    h('button', { type: 'submit', 'data-testid': 'proposal-submit' }, t('consultation.propose.submit')),
    h('button', { type: 'button', class: 'secondary', 'data-testid': 'proposal-cancel', onclick: () => { ctx.ui.kind = null; ctx.refresh(); } }, t('consultation.cancel'))));
  return el;
}

export function proposePanel(ctx: Ctx): Child[] {
  if (!ctx.page || !isOpen(ctx)) return [];
  return [
    h('h2', { id: 'propose-title' }, t('consultation.propose.heading')),
    ctx.ui.kind
      ? form(ctx, ctx.ui.kind)
      : h('div', { class: 'kinds' }, ...proposalKinds.map((kind) => h('button', {
        type: 'button', class: `kind ${kind}`, 'data-testid': `propose-${kind}`, 'data-key': `propose-${kind}`,
        onclick: () => {
          ctx.ui.kind = kind;
          ctx.refresh();
          document.querySelector<HTMLElement>(`[data-key="${key(kind, 'title')}"]`)?.focus();
        },
      }, h('strong', null, t(`proposal.kind.${kind}`)), h('span', null, t(`consultation.propose.${kind}.short`))))),
  ];
}
