// The consultation as the coordinator runs it: its link and QR code to spread, open or closed, the proposals by
// kind with their supports and comments (one can be hidden, after a confirmation), and the themes that emerge
// from them, suggested by the same clustering as on the evening.
import { contactText } from '../../lib/contact';
import { confirmButton } from '../../lib/confirm';
import { h, type Child } from '../../lib/dom';
import { formatDateTime, language, t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import { proposalKinds, type Proposal } from '../consultation/model';
import { outcomeText, proposalDetails } from '../consultation/outcome';
import { absolute, base, heading, isCoordinator, say, type Ctx } from './context';
import { pendingFor, pendingState } from './pending';

export function consultationSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page?.me.role, ctx.page?.consultation, ctx.consultation, ctx.outbox.pending, [...ctx.ui.confirming]]);
}

const hidePath = (ctx: Ctx, id: string) => `${base(ctx)}/proposals/${encodeURIComponent(id)}`;

async function copyLink(ctx: Ctx, url: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    say(ctx, t('demarche.link.copied'), 'info');
  } catch {
    say(ctx, t('demarche.consultation.copyByHand'), 'info');
  }
}

/** What a proposal says besides its title: where it comes from, its link, why here, who carries it. */
function details(p: Proposal): Child[] {
  return [
    ...proposalDetails(p),
    p.contact ? h('p', { class: 'meta contact', 'data-testid': 'proposal-contact' }, t('demarche.consultation.contact'), ' : ', contactText(p.contact)) : null,
  ];
}

function proposalCard(ctx: Ctx, p: Proposal): HTMLElement {
  const waiting = pendingFor(ctx, hidePath(ctx, p.id));
  return h('li', { class: `proposal-card ${p.kind}${waiting ? ' removing' : ''}`, 'data-testid': 'proposal-card', 'data-kind': p.kind, 'data-proposal-id': p.id },
    h('h4', null, p.title),
    ...details(p),
    h('p', { class: 'proposal-meta' },
      h('span', { 'data-testid': 'support-count', 'data-count': String(p.supports) }, plural('proposal.supports', p.supports)), ' · ',
      plural('proposal.comments', p.comments.length), ' · ', formatDateTime(Date.parse(p.at))),
    h('p', { class: `outcome ${p.outcome.key}`, 'data-testid': 'outcome', 'data-outcome': p.outcome.key }, outcomeText(p.outcome)),
    p.comments.length > 0
      ? h('details', { class: 'comments' }, h('summary', null, plural('proposal.comments', p.comments.length)),
        h('ul', null, ...p.comments.map((c) => h('li', { 'data-testid': 'comment' }, h('strong', null, c.nickname || t('proposal.anonymous')), ' : ', c.text))))
      : null,
    waiting
      ? pendingState(ctx, waiting)
      : confirmButton(ctx, {
        key: `hide-${p.id}`, testid: 'hide-proposal', label: t('demarche.consultation.hide'), question: t('demarche.consultation.hideConfirm', { title: p.title }), danger: true,
        onConfirm: () => ctx.outbox.send('DELETE', hidePath(ctx, p.id), null, t('demarche.pending.hide', { title: p.title })),
      }));
}

export function consultationPanel(ctx: Ctx): Child[] {
  if (!ctx.page || !isCoordinator(ctx)) return [];
  const c = ctx.page.consultation;
  const url = absolute(c.url);
  const togglePath = `${base(ctx)}/consultation/${c.open ? 'close' : 'open'}`;
  const toggling = ctx.outbox.pending.find((p) => p.path.startsWith(`${base(ctx)}/consultation/`));
  const proposals = ctx.consultation?.proposals ?? [];
  const themes = ctx.consultation?.themes ?? [];
  const titleOf = new Map(proposals.map((p) => [p.id, p.title]));
  return [
    heading('consultation', t('demarche.consultation.heading')),
    h('p', { 'data-testid': 'consultation-state', 'data-open': String(c.open) }, t(c.open ? 'demarche.consultation.isOpen' : 'demarche.consultation.isClosed'), ' ',
      h('span', { class: 'count' }, `(${[plural('proposal.proposals', c.proposals), plural('proposal.supports', c.supports), plural('proposal.comments', c.comments)].join(' · ')})`)),
    h('div', { class: 'consultation-share' },
      h('div', null,
        h('p', null, t('demarche.consultation.link'), ' ', h('a', { class: 'url', href: url, target: '_blank', rel: 'noopener', 'data-testid': 'consultation-link' }, url)),
        h('p', { class: 'inline' },
          h('button', { type: 'button', class: 'secondary small', 'data-testid': 'consultation-copy', onclick: () => void copyLink(ctx, url) }, t('demarche.consultation.copy')),
          toggling
            ? pendingState(ctx, toggling)
            : h('button', {
              type: 'button', class: c.open ? 'secondary small' : 'small', 'data-testid': c.open ? 'consultation-close' : 'consultation-open',
              onclick: () => ctx.outbox.send('POST', togglePath, {}, t(c.open ? 'demarche.pending.close' : 'demarche.pending.open')),
            }, t(c.open ? 'demarche.consultation.close' : 'demarche.consultation.open')))),
      h('img', { class: 'consultation-qr', src: `/api/consultations/${encodeURIComponent(c.code)}/qr.svg`, alt: t('demarche.consultation.qr'), width: 200, height: 200, 'data-testid': 'consultation-qr', loading: 'lazy' })),
    themes.length > 0
      ? h('div', { class: 'suggested-themes' },
        h('h3', null, t('demarche.consultation.themes')),
        h('p', { class: 'muted' }, t('demarche.consultation.themesHint')),
        h('ul', { 'data-testid': 'suggested-themes' }, ...themes.map((theme) => h('li', { 'data-testid': 'suggested-theme' },
          h('strong', null, theme.label), ' — ', theme.proposalIds.map((id) => titleOf.get(id)).filter(Boolean).join(' ; ')))))
      : null,
    ctx.consultation === null ? h('p', { class: 'muted' }, t('demarche.consultation.loading')) : null,
    ...proposalKinds.map((kind) => {
      const of = proposals.filter((p) => p.kind === kind).sort((a, b) => b.supports - a.supports);
      return h('div', { class: `proposals-${kind}` },
        h('h3', null, t(`proposal.kind.${kind}.plural`), ' ', h('span', { class: 'count' }, `(${of.length})`)),
        of.length === 0 ? h('p', { class: 'muted' }, t('demarche.consultation.none')) : h('ul', { class: 'proposals', 'data-testid': `proposals-${kind}` }, ...of.map((p) => proposalCard(ctx, p))));
    }),
  ];
}
