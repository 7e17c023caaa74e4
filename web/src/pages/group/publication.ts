// Publication: whether the project appears on the territory's public page, and what of it (a text for the public,
// its needs, its milestones). Nothing is public until the co-animators say so; they alone see and set this.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { isClosed, isSeat, type Ctx } from './context';
import { clearDrafts, stacked, valueOf } from './fields';
import { foldable } from './fold';
import { pendingFor, pendingState } from './pending';

export function publicationSignature(ctx: Ctx): string {
  const g = ctx.page?.group;
  return JSON.stringify([language(), g?.publication, ctx.page?.me.role, g?.closedAt, ctx.outbox.pending, [...ctx.ui.editing]]);
}

const path = (ctx: Ctx) => `/api/groups/${encodeURIComponent(ctx.groupId)}/publication`;

function box(id: string, testid: string, checked: boolean, label: string): { input: HTMLInputElement; el: HTMLElement } {
  const input = h('input', { type: 'checkbox', id, checked, 'data-testid': testid, 'data-key': id });
  return { input, el: h('p', { class: 'check' }, input, h('label', { for: id }, label)) };
}

function form(ctx: Ctx): HTMLElement {
  const p = ctx.page!.group.publication;
  const published = box('f-pub-published', 'publication-published', p.published, t('group.publication.published'));
  const needs = box('f-pub-needs', 'publication-needs', p.showNeeds, t('group.publication.showNeeds'));
  const milestones = box('f-pub-milestones', 'publication-milestones', p.showMilestones, t('group.publication.showMilestones'));
  const el = h('form', {
    class: 'plan-form',
    'data-testid': 'publication-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const body = { published: published.input.checked, publicText: valueOf(el, 'pub-text') || null, showNeeds: needs.input.checked, showMilestones: milestones.input.checked };
      ctx.outbox.send('PUT', path(ctx), body, t(body.published ? 'group.pending.publish' : 'group.pending.unpublish'));
      clearDrafts('pub-text');
      ctx.ui.editing.delete('publication-edit');
      ctx.refresh();
    },
  },
  published.el,
  stacked({ label: t('group.publication.text'), key: 'pub-text', initial: p.publicText ?? '', multiline: true, maxlength: 1000, testid: 'publication-text' }),
  needs.el,
  milestones.el,
  h('button', { type: 'submit', 'data-testid': 'publication-submit' }, t('group.save')));
  return el;
}

export function publicationPanel(ctx: Ctx): Child[] {
  const g = ctx.page?.group;
  if (!g || !isSeat(ctx) || !g.publication) return [];
  const p = g.publication;
  const waiting = pendingFor(ctx, path(ctx));
  const shown = [t('group.publication.shownBase'), p.showNeeds ? t('group.publication.shownNeeds') : null, p.showMilestones ? t('group.publication.shownMilestones') : null].filter(Boolean).join(', ');
  return [
    h('h2', { id: 'publication-title' }, t('group.publication.heading')),
    h('p', { 'data-testid': 'publication-state', 'data-published': String(p.published) },
      p.published ? t('group.publication.isPublished', { what: shown }) : t('group.publication.isNot')),
    waiting ? h('p', null, pendingState(ctx, waiting)) : null,
    isClosed(ctx) ? null : foldable(ctx, 'publication-edit', t('group.publication.edit'), form(ctx)),
  ];
}
