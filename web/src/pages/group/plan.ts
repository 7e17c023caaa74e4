// The road to launch (jalons with a date and a status, set by the co-animators) and the actions (what, who, by
// when, done), which anyone in the group adds and ticks between meetings.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { isClosed, isSeat, type Ctx } from './context';
import { clearDrafts, stacked, valueOf } from './fields';
import { foldable } from './fold';
import { activeMembers, memberName, milestoneStatuses, type ActionItem, type Group, type Milestone, type MilestoneStatus } from './model';
import { pendingFor, pendingState } from './pending';

export function planSignature(ctx: Ctx): string {
  const g = ctx.page?.group;
  return JSON.stringify([language(), g?.milestones, g?.actions, g?.members.map((m) => [m.id, m.nickname, m.left]), ctx.page?.me, g?.closedAt, ctx.outbox.pending, [...ctx.ui.editing]]);
}

/** A date of the road to launch ("31 mars 2027"), from its ISO form. */
export function formatDay(iso: string | null): string {
  if (!iso) return t('group.noDate');
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(language(), { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, d));
}

const base = (ctx: Ctx) => `/api/groups/${encodeURIComponent(ctx.groupId)}`;

function milestoneForm(ctx: Ctx, m: Milestone | null): HTMLElement {
  const id = m?.id ?? 'new';
  const keys = { title: `ms-title-${id}`, due: `ms-due-${id}`, status: `ms-status-${id}`, note: `ms-note-${id}` };
  const status = h('select', { id: `f-${keys.status}`, 'data-key': keys.status, 'data-testid': 'milestone-status' },
    ...milestoneStatuses.map((s) => h('option', { value: s }, t(`group.milestone.${s}`))));
  status.value = m?.status ?? 'planned';
  const form = h('form', {
    class: 'plan-form',
    'data-testid': 'milestone-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const title = valueOf(form, keys.title);
      if (!title) return;
      const body = { title, due: valueOf(form, keys.due) || null, status: status.value as MilestoneStatus, note: valueOf(form, keys.note) || null };
      ctx.outbox.send('PUT', `${base(ctx)}/milestones/${encodeURIComponent(m?.id ?? newId('m'))}`, body, t('group.pending.milestone', { title }));
      clearDrafts(...Object.values(keys));
      ctx.ui.editing.delete(`milestone-${id}`);
      ctx.refresh();
    },
  },
  stacked({ label: t('group.milestone.title'), key: keys.title, initial: m?.title, maxlength: 160, required: true, testid: 'milestone-title' }),
  h('div', { class: 'row' },
    stacked({ label: t('group.milestone.due'), key: keys.due, initial: m?.due ?? '', type: 'date', testid: 'milestone-due' }),
    h('div', { class: 'field' }, h('label', { for: `f-${keys.status}` }, t('group.milestone.status')), status)),
  stacked({ label: t('group.milestone.note'), key: keys.note, initial: m?.note ?? '', maxlength: 500 }),
  h('div', { class: 'inline' },
    h('button', { type: 'submit', 'data-testid': 'milestone-submit', 'data-key': `ms-submit-${id}` }, m ? t('group.save') : t('group.milestone.add')),
    m ? h('button', { type: 'button', class: 'secondary', onclick: () => { ctx.ui.editing.delete(`milestone-${id}`); ctx.refresh(); } }, t('group.cancel')) : null));
  return form;
}

function milestoneRow(ctx: Ctx, m: Milestone): HTMLElement {
  if (ctx.ui.editing.has(`milestone-${m.id}`)) return h('li', { class: 'milestone editing' }, milestoneForm(ctx, m));
  const path = `${base(ctx)}/milestones/${encodeURIComponent(m.id)}`;
  const waiting = pendingFor(ctx, path);
  return h('li', { class: `milestone status-${m.status}`, 'data-testid': 'milestone', 'data-status': m.status },
    h('span', { class: 'milestone-date' }, formatDay(m.due)),
    h('span', { class: 'milestone-title' }, m.title),
    h('span', { class: `tag status ${m.status}` }, t(`group.milestone.${m.status}`)),
    m.note ? h('p', { class: 'muted' }, m.note) : null,
    waiting ? pendingState(ctx, waiting) : null,
    isSeat(ctx) && !isClosed(ctx) && !waiting
      ? h('div', { class: 'inline item-actions' },
        h('button', { type: 'button', class: 'secondary small', 'data-testid': 'milestone-edit', onclick: () => { ctx.ui.editing.add(`milestone-${m.id}`); ctx.refresh(); } }, t('group.edit'), h('span', { class: 'visually-hidden' }, ` : ${m.title}`)),
        h('button', { type: 'button', class: 'secondary small', onclick: () => ctx.outbox.send('DELETE', path, null, t('group.pending.milestoneRemove', { title: m.title })) }, t('group.remove'), h('span', { class: 'visually-hidden' }, ` : ${m.title}`)))
      : null);
}

function actionBody(a: ActionItem, done: boolean) {
  return { what: a.what, ownerId: a.ownerId, ownerName: a.ownerId ? null : a.ownerName, due: a.due, done };
}

function actionRow(ctx: Ctx, g: Group, a: ActionItem): HTMLElement {
  const path = `${base(ctx)}/actions/${encodeURIComponent(a.id)}`;
  const waiting = pendingFor(ctx, path);
  const done = waiting?.method === 'PUT' ? Boolean((waiting.body as { done: boolean }).done) : a.done;
  const who = memberName(g, a.ownerId) ?? a.ownerName;
  const box = h('input', {
    type: 'checkbox',
    id: `done-${a.id}`,
    checked: done,
    disabled: isClosed(ctx),
    'data-testid': 'action-done',
    'data-key': `done-${a.id}`,
    onchange: () => ctx.outbox.send('PUT', path, actionBody(a, box.checked), t(box.checked ? 'group.pending.actionDone' : 'group.pending.actionUndone', { what: a.what })),
  });
  return h('li', { class: `action${done ? ' done' : ''}`, 'data-testid': 'action', 'data-done': String(a.done) },
    box,
    h('label', { for: `done-${a.id}`, class: 'action-what' }, a.what),
    h('span', { class: 'action-meta' }, [who ?? t('group.action.nobody'), formatDay(a.due)].join(' · ')),
    waiting ? pendingState(ctx, waiting) : null,
    isSeat(ctx) && !isClosed(ctx) && !waiting
      ? h('button', { type: 'button', class: 'secondary small', onclick: () => ctx.outbox.send('DELETE', path, null, t('group.pending.actionRemove', { what: a.what })) }, t('group.remove'), h('span', { class: 'visually-hidden' }, ` : ${a.what}`))
      : null);
}

function actionForm(ctx: Ctx, g: Group): HTMLElement {
  const owner = h('select', { id: 'f-action-owner', 'data-key': 'action-owner', 'data-testid': 'action-owner' },
    h('option', { value: '' }, t('group.action.nobody')),
    ...activeMembers(g).map((m) => h('option', { value: m.id }, m.nickname)));
  if (ctx.page?.me.role === 'member') owner.value = ctx.page.me.id;
  const form = h('form', {
    class: 'plan-form',
    'data-testid': 'action-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const what = valueOf(form, 'action-what');
      if (!what) return;
      const body = { what, ownerId: owner.value || null, ownerName: owner.value ? null : valueOf(form, 'action-owner-name') || null, due: valueOf(form, 'action-due') || null, done: false };
      ctx.outbox.send('PUT', `${base(ctx)}/actions/${encodeURIComponent(newId('a'))}`, body, t('group.pending.action', { what }));
      clearDrafts('action-what', 'action-owner-name', 'action-due');
      ctx.refresh();
    },
  },
  stacked({ label: t('group.action.what'), key: 'action-what', maxlength: 300, required: true, testid: 'action-what' }),
  h('div', { class: 'row' },
    h('div', { class: 'field' }, h('label', { for: 'f-action-owner' }, t('group.action.who')), owner),
    stacked({ label: t('group.action.whoElse'), key: 'action-owner-name', maxlength: 80, testid: 'action-owner-name' }),
    stacked({ label: t('group.action.due'), key: 'action-due', type: 'date', testid: 'action-due' })),
  h('button', { type: 'submit', 'data-testid': 'action-submit', 'data-key': 'action-submit' }, t('group.action.add')));
  return form;
}

export function planPanel(ctx: Ctx): Child[] {
  const g = ctx.page?.group;
  if (!g) return [];
  const open = g.actions.filter((a) => !a.done).length;
  const milestones = [...g.milestones].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  const actions = [...g.actions].sort((a, b) => Number(a.done) - Number(b.done) || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  const adding = ctx.ui.editing.has('milestone-new');
  return [
    h('h2', { id: 'plan-title' }, t('group.plan.heading')),
    milestones.length === 0 ? h('p', { class: 'muted' }, t('group.milestone.none')) : h('ol', { class: 'milestones', 'data-testid': 'milestones' }, ...milestones.map((m) => milestoneRow(ctx, m))),
    isSeat(ctx) && !isClosed(ctx)
      ? adding
        ? milestoneForm(ctx, null)
        : h('button', { type: 'button', class: 'secondary', 'data-testid': 'milestone-new', onclick: () => { ctx.ui.editing.add('milestone-new'); ctx.refresh(); } }, t('group.milestone.new'))
      : null,
    h('h2', { id: 'actions-title' }, t('group.action.heading'), ' ', h('span', { class: 'count' }, t('group.action.open', { count: open }))),
    actions.length === 0 ? h('p', { class: 'muted' }, t('group.action.none')) : h('ul', { class: 'actions', 'data-testid': 'actions' }, ...actions.map((a) => actionRow(ctx, g, a))),
    isClosed(ctx) ? null : foldable(ctx, 'action-new', t('group.action.new'), actionForm(ctx, g)),
  ];
}

