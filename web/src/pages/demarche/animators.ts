// The evening's animators and co-animators, named in the démarche: each gets a personal link to this page (where
// they see the phases, the run-of-show and their rehearsal), asked for by the coordinator and kept masked.
import { call } from '../../lib/api';
import { confirmButton } from '../../lib/confirm';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { clearDrafts, stacked, valueOf } from '../group/fields';
import { foldable } from '../group/fold';
import { base, heading, isCoordinator, say, type Ctx } from './context';
import { animatorRoles, type Animator, type AnimatorRole } from './model';
import { pendingFor, pendingState } from './pending';
import { secretLink } from './secret';

export function animatorsSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page?.me, ctx.page?.animators, ctx.outbox.pending, [...ctx.ui.editing], [...ctx.ui.confirming], [...ctx.ui.revealed], [...ctx.ui.links.keys()], [...ctx.ui.busy]]);
}

const path = (ctx: Ctx, id: string) => `${base(ctx)}/animators/${encodeURIComponent(id)}`;

function animatorForm(ctx: Ctx, a: Animator | null): HTMLElement {
  const id = a?.id ?? 'new';
  const nameKey = `animator-name-${id}`;
  const role = h('select', { id: `f-animator-role-${id}`, 'data-testid': 'animator-role', 'data-key': `animator-role-${id}` },
    ...animatorRoles.map((r) => h('option', { value: r }, t(`demarche.animator.role.${r}`))));
  if (a) role.value = a.role;
  const form = h('form', {
    class: 'plan-form',
    'data-testid': 'animator-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const name = valueOf(form, nameKey);
      if (!name) return;
      ctx.outbox.send('PUT', path(ctx, a?.id ?? newId('an')), { name, role: role.value as AnimatorRole }, t('demarche.pending.animator', { name }));
      clearDrafts(nameKey);
      ctx.ui.editing.delete(a ? `animator-${id}` : 'animator-new');
      ctx.refresh();
    },
  },
  h('div', { class: 'row' },
    stacked({ label: t('demarche.animator.name'), key: nameKey, initial: a?.name, maxlength: 80, required: true, testid: 'animator-name' }),
    h('div', { class: 'field' }, h('label', { for: role.id }, t('demarche.animator.role')), role)),
  h('div', { class: 'inline' },
    h('button', { type: 'submit', 'data-testid': 'animator-submit', 'data-key': `animator-submit-${id}` }, a ? t('demarche.save') : t('demarche.animator.add')),
    a ? h('button', { type: 'button', class: 'secondary', onclick: () => { ctx.ui.editing.delete(`animator-${id}`); ctx.refresh(); } }, t('demarche.cancel')) : null));
  return form;
}

async function askLink(ctx: Ctx, a: Animator): Promise<void> {
  const key = `link-${a.id}`;
  if (ctx.ui.busy.has(key)) return;
  ctx.ui.busy.add(key);
  ctx.refresh();
  try {
    const { url } = await call<{ url: string }>('POST', `${path(ctx, a.id)}/link`, {}, ctx.token);
    ctx.ui.links.set(a.id, url);
  } catch {
    say(ctx, t('demarche.animator.linkFailed', { name: a.name }));
  } finally {
    ctx.ui.busy.delete(key);
    ctx.refresh();
  }
}

function animatorRow(ctx: Ctx, a: Animator): HTMLElement {
  if (ctx.ui.editing.has(`animator-${a.id}`)) return h('li', { class: 'animator editing' }, animatorForm(ctx, a));
  const waiting = pendingFor(ctx, path(ctx, a.id));
  const link = ctx.ui.links.get(a.id);
  return h('li', { class: `animator${waiting?.method === 'DELETE' ? ' removing' : ''}`, 'data-testid': 'animator-row', 'data-role': a.role },
    h('span', { class: 'animator-name' }, a.name),
    h('span', { class: 'tag' }, t(`demarche.animator.role.${a.role}`)),
    waiting ? pendingState(ctx, waiting) : null,
    // A personal link works only once the animator is stored: none is offered while the name waits to be sent.
    waiting ? null : h('div', { class: 'animator-link' },
      link
        ? secretLink(ctx, `animator-${a.id}`, 'animator-link', link, t('demarche.animator.linkOf', { name: a.name }))
        : h('button', { type: 'button', class: 'secondary small', 'data-testid': 'animator-link-ask', 'data-key': `animator-link-${a.id}`, disabled: ctx.ui.busy.has(`link-${a.id}`), onclick: () => void askLink(ctx, a) },
          t('demarche.animator.link'), h('span', { class: 'visually-hidden' }, ` : ${a.name}`))),
    waiting ? null : h('span', { class: 'inline item-actions' },
      h('button', { type: 'button', class: 'secondary small', 'data-testid': 'animator-edit', 'data-key': `animator-edit-${a.id}`, onclick: () => { ctx.ui.editing.add(`animator-${a.id}`); ctx.refresh(); } },
        t('demarche.edit'), h('span', { class: 'visually-hidden' }, ` : ${a.name}`)),
      confirmButton(ctx, {
        key: `animator-remove-${a.id}`, testid: 'animator-remove', label: t('demarche.remove'), question: t('demarche.animator.removeConfirm', { name: a.name }),
        onConfirm: () => ctx.outbox.send('DELETE', path(ctx, a.id), null, t('demarche.pending.animatorRemove', { name: a.name })),
      })));
}

export function animatorsPanel(ctx: Ctx): Child[] {
  if (!ctx.page || !isCoordinator(ctx)) return [];
  const list = ctx.page.animators;
  return [
    heading('animators', t('demarche.animator.heading')),
    h('p', { class: 'muted' }, t('demarche.animator.intro')),
    list.length === 0 ? h('p', { class: 'muted' }, t('demarche.animator.none')) : h('ul', { class: 'animators', 'data-testid': 'animators' }, ...list.map((a) => animatorRow(ctx, a))),
    foldable(ctx, 'animator-new', t('demarche.animator.new'), animatorForm(ctx, null)),
  ];
}
