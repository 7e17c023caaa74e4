// The proposals: this device's first ("Vos propositions", those still waiting to be sent included), then everyone's,
// each with what became of it in plain words, its supports ("+1 Je soutiens", once per device, shown as pressed
// only once the server has counted it) and its comments. A closed consultation is read only.
import { h, type Child } from '../../lib/dom';
import { formatDateTime, language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { plural } from '../../lib/plural';
import { clearDrafts, stacked, valueOf } from '../group/fields';
import { foldable } from '../group/fold';
import { base, isOpen, type Ctx } from './context';
import { proposalKinds, type Proposal, type ProposalKind } from './model';
import { outcomeText, proposalDetails } from './outcome';
import { pendingFor, pendingState } from './pending';

export function proposalsSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page, ctx.outbox.pending, ctx.ui.filter, [...ctx.ui.editing], [...ctx.visitor.mine()]]);
}

const proposalPath = (ctx: Ctx, id: string) => `${base(ctx)}/proposals/${encodeURIComponent(id)}`;

function supportButton(ctx: Ctx, p: Proposal): Child {
  const path = `${proposalPath(ctx, p.id)}/support`;
  const waiting = ctx.outbox.pending.find((x) => x.path === path);
  // Pressed is what the server said: a support still on its way is shown as waiting, not as counted.
  const pressed = p.supportedByMe === true;
  // A closed consultation counts what was given, and offers nothing to press.
  if (!isOpen(ctx)) {
    return h('div', { class: 'support-row' },
      h('span', { class: 'support-count', 'data-testid': 'support-count', 'data-count': String(p.supports) }, plural('proposal.supports', p.supports)),
      pressed ? h('span', { class: 'muted' }, t('consultation.supported')) : null);
  }
  return h('div', { class: 'support-row' },
    h('button', {
      type: 'button',
      class: `support${pressed ? ' pressed' : ''}`,
      'data-testid': 'support',
      'data-key': `support-${p.id}`,
      'aria-pressed': pressed ? 'true' : 'false',
      disabled: Boolean(waiting && waiting.state === 'waiting'),
      onclick: () => ctx.outbox.send(pressed ? 'DELETE' : 'PUT', path, {}, t(pressed ? 'consultation.pending.unsupport' : 'consultation.pending.support', { title: p.title })),
    }, t('consultation.support'), h('span', { class: 'visually-hidden' }, ` : ${p.title}`)),
    h('span', { class: 'support-count', 'data-testid': 'support-count', 'data-count': String(p.supports) }, plural('proposal.supports', p.supports)),
    pressed && !waiting ? h('span', { class: 'muted' }, t('consultation.supported')) : null,
    waiting ? pendingState(ctx, waiting) : null);
}

function commentsBlock(ctx: Ctx, p: Proposal): Child {
  const pendingComments = ctx.outbox.pending.filter((x) => x.path.startsWith(`${proposalPath(ctx, p.id)}/comments/`));
  const nickKey = `comment-nick-${p.id}`;
  const textKey = `comment-text-${p.id}`;
  const form = h('form', {
    class: 'comment-form',
    'data-testid': 'comment-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const text = valueOf(form, textKey);
      if (!text) return;
      const nickname = valueOf(form, nickKey);
      ctx.visitor.nickname = nickname;
      ctx.outbox.send('PUT', `${proposalPath(ctx, p.id)}/comments/${encodeURIComponent(newId('c'))}`, { text, nickname: nickname || undefined }, t('consultation.pending.comment', { title: p.title }));
      clearDrafts(textKey);
      ctx.refresh();
    },
  },
  stacked({ label: t('consultation.comment.nickname'), key: nickKey, initial: ctx.visitor.nickname, maxlength: 40, testid: 'comment-nickname' }),
  stacked({ label: t('consultation.comment.text'), key: textKey, multiline: true, maxlength: 500, required: true, testid: 'comment-text' }),
  h('button', { type: 'submit', 'data-testid': 'comment-submit' }, t('consultation.comment.submit')));
  const count = p.comments.length;
  if (count === 0 && pendingComments.length === 0 && !isOpen(ctx)) return null;
  return foldable(ctx, `comments-${p.id}`, count === 0 ? t('consultation.comment.first') : plural('proposal.comments', count),
    count > 0 ? h('ul', { class: 'comment-list' }, ...p.comments.map((c) => h('li', { 'data-testid': 'comment' },
      h('strong', null, c.nickname || t('proposal.anonymous')), ' ', h('span', { class: 'muted' }, formatDateTime(Date.parse(c.at))), h('br'), c.text))) : null,
    pendingComments.length > 0 ? h('ul', { class: 'comment-list' }, ...pendingComments.map((x) => h('li', { 'data-testid': 'comment-waiting' },
      String((x.body as { text: string }).text), ' — ', pendingState(ctx, x)))) : null,
    isOpen(ctx) ? form : null);
}

function card(ctx: Ctx, p: Proposal, mine: boolean): HTMLElement {
  return h('li', { class: `proposal-card ${p.kind}`, 'data-testid': 'proposal-card', 'data-kind': p.kind, 'data-proposal-id': p.id, 'data-mine': String(mine) },
    h('p', { class: 'kind-tag' }, h('span', { class: `tag kind ${p.kind}` }, t(`proposal.kind.${p.kind}.short`)), mine ? h('span', { class: 'tag mine' }, t('consultation.mine')) : null),
    h('h3', null, p.title),
    ...proposalDetails(p),
    h('p', { class: `outcome ${p.outcome.key}`, 'data-testid': 'outcome', 'data-outcome': p.outcome.key }, outcomeText(p.outcome)),
    supportButton(ctx, p),
    commentsBlock(ctx, p));
}

/** A proposal written here and not stored yet: shown with its words and "en attente d'envoi", nothing more. */
function waitingCard(ctx: Ctx, path: string): HTMLElement | null {
  const entry = pendingFor(ctx, path, 'PUT');
  if (!entry) return null;
  const body = entry.body as { kind: ProposalKind; title: string; text: string };
  return h('li', { class: `proposal-card ${body.kind} waiting`, 'data-testid': 'proposal-waiting', 'data-kind': body.kind },
    h('p', { class: 'kind-tag' }, h('span', { class: `tag kind ${body.kind}` }, t(`proposal.kind.${body.kind}.short`))),
    h('h3', null, body.title),
    h('p', { class: 'prewrap' }, body.text),
    pendingState(ctx, entry));
}

export function proposalsPanel(ctx: Ctx): Child[] {
  const page = ctx.page;
  if (!page) return [];
  const mineIds = ctx.visitor.mine();
  const isMine = (p: Proposal) => p.mine === true || mineIds.has(p.id);
  const stored = new Set(page.proposals.map((p) => p.id));
  const mine = page.proposals.filter(isMine);
  const waiting = ctx.outbox.pending
    .filter((x) => x.method === 'PUT' && /\/proposals\/[^/]+$/.test(x.path) && !stored.has(decodeURIComponent(x.path.split('/').pop() ?? '')))
    .map((x) => waitingCard(ctx, x.path));
  const others = page.proposals.filter((p) => !isMine(p) && (!ctx.ui.filter || p.kind === ctx.ui.filter)).sort((a, b) => b.supports - a.supports || b.at.localeCompare(a.at));
  const filter = h('select', { id: 'f-filter-kind', 'data-testid': 'filter-kind', 'data-key': 'filter-kind' },
    h('option', { value: '' }, t('consultation.list.all')),
    ...proposalKinds.map((k) => h('option', { value: k }, t(`proposal.kind.${k}.plural`))));
  filter.value = ctx.ui.filter;
  filter.addEventListener('change', () => {
    ctx.ui.filter = filter.value as ProposalKind | '';
    ctx.refresh();
  });
  return [
    mine.length + waiting.length > 0
      ? h('div', { class: 'mine-block' },
        h('h2', { id: 'mine-title' }, t('consultation.mine.heading')),
        h('ul', { class: 'proposals', 'data-testid': 'my-proposals' }, ...waiting, ...mine.map((p) => card(ctx, p, true))))
      : null,
    h('h2', { id: 'all-title' }, t('consultation.list.heading'), ' ', h('span', { class: 'count' }, `(${page.proposals.length})`)),
    page.proposals.length > 0 ? h('div', { class: 'field filter' }, h('label', { for: filter.id }, t('consultation.list.show')), filter) : null,
    others.length === 0
      ? h('p', { class: 'muted', 'data-testid': 'proposals-none' }, t(page.proposals.length === 0 ? 'consultation.list.none' : 'consultation.list.noneOther'))
      : h('ul', { class: 'proposals', 'data-testid': 'proposals' }, ...others.map((p) => card(ctx, p, false))),
  ];
}
