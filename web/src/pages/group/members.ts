// The people of the group: members, resource people the co-animators added with their consent, the evening's
// volunteers whose invitation waits (co-animators only, since it carries the contact they shared), and for a member
// their own contact for the co-animators and the way out, with or without being erased.
import { call } from '../../lib/api';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { confirmButton } from '../../lib/confirm';
import { isClosed, isSeat, say, type Ctx } from './context';
import { clearDrafts, stacked, valueOf } from './fields';
import { foldable } from './fold';
import { forgetToken } from './identity';
import { activeMembers, contactText, type Group, type Member } from './model';

export function membersSignature(ctx: Ctx): string {
  const g = ctx.page?.group;
  return JSON.stringify([language(), g?.members, g?.invitations, ctx.page?.me, g?.closedAt, ctx.outbox.pending, [...ctx.ui.editing], [...ctx.ui.confirming]]);
}

const base = (ctx: Ctx) => `/api/groups/${encodeURIComponent(ctx.groupId)}`;

function memberRow(ctx: Ctx, m: Member): HTMLElement {
  const contact = contactText(m.contact);
  const me = m.id === ctx.page?.me.id;
  return h('li', { class: `member ${m.kind}`, 'data-testid': 'member', 'data-kind': m.kind },
    h('span', { class: 'member-name' }, m.nickname || t('group.member.anonymous'), me ? ` (${t('group.member.me')})` : ''),
    m.kind === 'resource' ? h('span', { class: 'tag' }, t('group.member.resource')) : null,
    m.skills ? h('span', { class: 'muted' }, ` — ${m.skills}`) : null,
    contact ? h('span', { class: 'member-contact', 'data-testid': 'member-contact' }, contact) : null,
    isSeat(ctx) && m.kind === 'resource' && !isClosed(ctx)
      ? confirmButton(ctx, {
        key: `remove-resource-${m.id}`, testid: 'remove-resource', label: t('group.member.removeResource'), question: t('group.member.removeResourceConfirm', { name: m.nickname }),
        onConfirm: () => ctx.outbox.send('DELETE', `${base(ctx)}/resources/${encodeURIComponent(m.id)}`, null, t('group.pending.resourceRemove', { name: m.nickname })),
      })
      : null);
}

function resourceForm(ctx: Ctx): HTMLElement {
  const consent = h('input', { type: 'checkbox', id: 'f-resource-consent', 'data-testid': 'resource-consent' });
  const form = h('form', {
    class: 'plan-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const name = valueOf(form, 'resource-name');
      if (!name) return;
      if (!consent.checked) {
        say(ctx, t('group.member.consentNeeded'));
        return;
      }
      const contact = { name: null, email: valueOf(form, 'resource-email') || null, phone: valueOf(form, 'resource-phone') || null };
      ctx.outbox.send('POST', `${base(ctx)}/resources`, { name, skills: valueOf(form, 'resource-skills') || null, contact: contact.email || contact.phone ? contact : null, consent: true }, t('group.pending.resource', { name }));
      clearDrafts('resource-name', 'resource-skills', 'resource-email', 'resource-phone');
      consent.checked = false;
      ctx.refresh();
    },
  },
  stacked({ label: t('group.member.resourceName'), key: 'resource-name', maxlength: 80, required: true, testid: 'resource-name' }),
  stacked({ label: t('group.member.skills'), key: 'resource-skills', maxlength: 200, testid: 'resource-skills' }),
  h('div', { class: 'row' },
    stacked({ label: t('group.member.email'), key: 'resource-email', type: 'email', maxlength: 200 }),
    stacked({ label: t('group.member.phone'), key: 'resource-phone', type: 'tel', maxlength: 40 })),
  h('p', { class: 'check' }, consent, h('label', { for: 'f-resource-consent' }, t('group.member.resourceConsent'))),
  h('button', { type: 'submit', 'data-testid': 'resource-submit' }, t('group.member.addResource')));
  return form;
}

function myContactForm(ctx: Ctx, me: Member): HTMLElement {
  const consent = h('input', { type: 'checkbox', id: 'f-my-consent', checked: me.contact !== null, 'data-testid': 'my-consent' });
  const form = h('form', {
    class: 'plan-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const contact = { name: null, email: valueOf(form, 'my-email') || null, phone: valueOf(form, 'my-phone') || null };
      const consented = consent.checked && Boolean(contact.email || contact.phone);
      ctx.outbox.send('PUT', `${base(ctx)}/me/contact`, { contact: consented ? contact : null, consent: consented }, t(consented ? 'group.pending.contact' : 'group.pending.contactWithdrawn'));
      clearDrafts('my-email', 'my-phone');
    },
  },
  h('p', { class: 'muted' }, t('group.member.contactWhy')),
  h('div', { class: 'row' },
    stacked({ label: t('group.member.email'), key: 'my-email', initial: me.contact?.email ?? '', type: 'email', maxlength: 200, testid: 'my-email' }),
    stacked({ label: t('group.member.phone'), key: 'my-phone', initial: me.contact?.phone ?? '', type: 'tel', maxlength: 40, testid: 'my-phone' })),
  h('p', { class: 'check' }, consent, h('label', { for: 'f-my-consent' }, t('group.member.myConsent'))),
  h('button', { type: 'submit', 'data-testid': 'my-contact-submit' }, t('group.save')));
  return form;
}

async function leave(ctx: Ctx, erase: boolean): Promise<void> {
  try {
    await call<unknown>('POST', `${base(ctx)}/me/leave`, { erase }, ctx.token);
  } catch {
    say(ctx, t('group.member.leaveFailed'));
    return;
  }
  forgetToken(ctx.groupId);
  ctx.page = null;
  ctx.failure = t(erase ? 'group.member.leftErased' : 'group.member.left');
  ctx.refresh();
}

function leaveBlock(ctx: Ctx): Child {
  const erase = h('input', { type: 'checkbox', id: 'f-leave-erase', checked: ctx.ui.editing.has('leave-erase'), 'data-testid': 'leave-erase', onchange: () => { if (erase.checked) ctx.ui.editing.add('leave-erase'); else ctx.ui.editing.delete('leave-erase'); } });
  return h('div', { class: 'leave' },
    h('p', { class: 'check' }, erase, h('label', { for: 'f-leave-erase' }, t('group.member.eraseToo'))),
    confirmButton(ctx, { key: 'leave', testid: 'leave', label: t('group.member.leave'), question: t('group.member.leaveConfirm'), danger: true, onConfirm: () => void leave(ctx, erase.checked) }));
}

export function membersPanel(ctx: Ctx): Child[] {
  const page = ctx.page;
  if (!page) return [];
  const g: Group = page.group;
  const members = activeMembers(g);
  const people = members.filter((m) => m.kind === 'member');
  const resources = members.filter((m) => m.kind === 'resource');
  const waiting = g.invitations.filter((i) => !i.accepted);
  const me = members.find((m) => m.id === page.me.id);
  return [
    h('h2', { id: 'members-title' }, t('group.member.heading', { count: people.length })),
    people.length === 0 ? h('p', { class: 'muted' }, t('group.member.none')) : h('ul', { class: 'members', 'data-testid': 'members' }, ...people.map((m) => memberRow(ctx, m))),
    resources.length === 0 && !isSeat(ctx) ? null : h('h3', null, t('group.member.resources')),
    resources.length === 0 ? (isSeat(ctx) ? h('p', { class: 'muted' }, t('group.member.noResource')) : null) : h('ul', { class: 'members' }, ...resources.map((m) => memberRow(ctx, m))),
    isSeat(ctx) && !isClosed(ctx) ? foldable(ctx, 'resource-new', t('group.member.addResource'), resourceForm(ctx)) : null,
    isSeat(ctx) && waiting.length > 0
      ? h('div', { class: 'invitations' }, h('h3', null, t('group.member.invitations', { count: waiting.length })),
        h('ul', { 'data-testid': 'invitations' }, ...waiting.map((i) => h('li', { 'data-testid': 'invitation' }, i.nickname || t('group.member.anonymous'), contactText(i.contact) ? ` — ${contactText(i.contact)}` : ''))),
        h('p', { class: 'muted' }, t('group.member.invitationsHint')))
      : null,
    me && page.me.role === 'member' ? foldable(ctx, 'my-contact', t('group.member.myContact'), myContactForm(ctx, me)) : null,
    page.me.role === 'member' ? foldable(ctx, 'leave-fold', t('group.member.leaveHeading'), leaveBlock(ctx)) : null,
  ];
}
