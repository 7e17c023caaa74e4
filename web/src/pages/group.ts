// A working group's space (/gr/ID) and the way in (/g/CODE). One page for members and co-animators, on a phone
// and on a laptop: the project card, the canvas, the road to launch, the actions, the meetings, the people and
// where the idea came from. It reads the group again every few seconds while it is visible; every change goes
// through the outbox and is called stored only once the server has answered.
//
// Stable hooks for browser tests (data-testid):
//   join page:   group-name, group-nickname <input>, group-join <button>, join-status
//   header:      group-name, group-promise, my-role, stages, group-join-code (co-animators), group-closed
//   invitation:  invited-nickname, invited-keep-contact, accept-invitation
//   outbox:      pending-item, pending-state (data-state waiting | refused), pending-dismiss
//   changes:     changes, change (data-area), changes-read
//   canvas:      canvas, canvas-block (data-block), canvas-item (data-block, data-item-id), canvas-item-waiting,
//                canvas-add (data-block), canvas-new-text, canvas-submit, canvas-edit, canvas-edit-text, canvas-save,
//                canvas-remove, canvas-version-select, canvas-version-shown, canvas-version-label,
//                canvas-save-version, canvas-since-version
//   plan:        milestones, milestone (data-status), milestone-new, milestone-form, milestone-title, milestone-due,
//                milestone-status, milestone-submit, milestone-edit; actions, action (data-done), action-done,
//                action-new, action-what, action-owner, action-owner-name, action-due, action-submit
//   meetings:    meetings-upcoming, meetings-past, meeting, meeting-ics, meeting-edit, meeting-new, meeting-form,
//                meeting-title, meeting-start, meeting-length, meeting-place, meeting-agenda, meeting-minutes,
//                meeting-decisions, meeting-submit
//   members:     members, member (data-kind), member-contact, invitations, invitation, resource-new, resource-name,
//                resource-consent, resource-submit, my-contact, my-email, my-consent, my-contact-submit,
//                leave-fold, leave-erase, leave, leave-confirm, remove-resource
//   origin:      origin-summary, origin-cluster, origin-note
//   dossier:     dossier-pdf, dossier-html, dossier-md, dossier-xlsx, dossier-json
//   exchanges:   exchanges-need, exchanges-offer (lists), exchanges-need-none, exchanges-offer-none, exchange
//                (data-kind need | offer, data-category), exchange-remove, exchange-new, exchange-form,
//                exchange-kind, exchange-category, exchange-text, exchange-submit
//   publication: publication-state (data-published), publication-edit, publication-form, publication-published,
//                publication-text, publication-needs, publication-milestones, publication-submit (co-animators)
//   fiche:       fiche-json, fiche-pdf
//   header:      group-theme, group-stopped (a stopped project: its one line, with why)
//   steer:       card, card-name, card-promise, card-theme, card-theme-own, card-stage, card-stop-reason, card-refusal, card-submit, hand-over, hand-over-confirm,
//                handed-over-link, close, close-reason, close-group, close-group-confirm
import '../i18n/group';
import { byId, h, replace } from '../lib/dom';
import { initLanguage, onLanguageChange, t } from '../lib/i18n';
import { Section } from '../lib/render';
import { canvasPanel, canvasSignature } from './group/canvas';
import { changesPanel, changesSignature } from './group/changes';
import { dossierPanel, dossierSignature } from './group/dossier';
import { exchangesPanel, exchangesSignature } from './group/exchanges';
import { fichePanel, ficheSignature } from './group/fiche';
import { load, type Ctx } from './group/context';
import { headerPanel, headerSignature } from './group/header';
import { route, tokenFor } from './group/identity';
import { invitationPanel, joinPage } from './group/join';
import { meetingsPanel, meetingsSignature } from './group/meetings';
import { membersPanel, membersSignature } from './group/members';
import { originPanel, originSignature } from './group/origin';
import { Outbox } from './group/outbox';
import { pendingPanel, pendingSignature } from './group/pending';
import { planPanel, planSignature } from './group/plan';
import { publicationPanel, publicationSignature } from './group/publication';
import { handedOverPanel, steerPanel, steerSignature } from './group/steer';

/** How often an open space reads the group again, to show what others changed. */
const readEveryMs = 10_000;

function start(app: HTMLElement, groupId: string): void {
  initLanguage();
  const token = tokenFor(groupId);
  if (!token) {
    replace(app, h('main', { class: 'group-space' }, h('h1', null, t('group.kind')), h('p', { class: 'notice', 'data-testid': 'group-failure' }, t('group.error.noLink'))));
    return;
  }
  const sections: Section[] = [];
  const ctx: Ctx = {
    groupId,
    token,
    page: null,
    sinceLastVisit: [],
    failure: null,
    outbox: new Outbox(`st:group:${groupId}:outbox`, () => token),
    ui: { shownVersion: null, versionItems: new Map(), live: new Map(), editing: new Set(), confirming: new Set(), message: null, handedOver: null },
    refresh: () => {
      for (const section of sections) section.update();
    },
  };
  const part = (id: string, cls: string) => h('section', { id, class: `panel ${cls}` });
  const els = {
    header: h('header', { class: 'group-header' }),
    failure: h('p', { class: 'notice', role: 'alert', 'data-testid': 'group-failure' }),
    message: h('p', { class: 'message', role: 'status', 'aria-live': 'polite', 'data-testid': 'group-message' }),
    handed: part('handed-over', 'handed-over'),
    invited: part('invitation', 'invitation'),
    pending: part('pending', 'pending'),
    changes: part('changes', 'changes'),
    canvas: part('canvas', 'canvas-panel'),
    plan: part('plan', 'plan'),
    exchanges: part('exchanges', 'exchanges-panel'),
    meetings: part('meetings', 'meetings-panel'),
    members: part('members', 'members-panel'),
    origin: part('origin', 'origin'),
    dossier: part('dossier', 'dossier'),
    fiche: part('fiche', 'fiche'),
    publication: part('publication', 'publication'),
    steer: part('steer', 'steer'),
  };
  replace(app, els.header, h('main', { class: 'group-space' }, els.failure, els.message, els.handed, els.invited, els.pending, els.changes, els.canvas, els.plan, els.exchanges, els.meetings, els.members, els.origin, els.dossier, els.fiche, els.publication, els.steer));
  const member = () => ctx.page !== null && ctx.page.me.role !== 'invited';
  const add = (el: HTMLElement, signature: () => string, build: () => ReturnType<typeof canvasPanel>) =>
    sections.push(new Section(el, signature, build, { hideWhenEmpty: true }));
  add(els.header, headerSignature.bind(null, ctx), () => headerPanel(ctx));
  add(els.failure, () => JSON.stringify([ctx.failure]), () => (ctx.failure ? [ctx.failure] : []));
  add(els.message, () => JSON.stringify(ctx.ui.message), () => (ctx.ui.message ? [h('span', { class: ctx.ui.message.kind }, ctx.ui.message.text)] : []));
  add(els.handed, () => JSON.stringify(ctx.ui.handedOver), () => handedOverPanel(ctx));
  add(els.invited, () => JSON.stringify([ctx.page?.me]), () => invitationPanel(ctx));
  add(els.pending, pendingSignature.bind(null, ctx), () => pendingPanel(ctx));
  add(els.changes, changesSignature.bind(null, ctx), () => changesPanel(ctx));
  add(els.canvas, canvasSignature.bind(null, ctx), () => (member() ? canvasPanel(ctx) : []));
  add(els.plan, planSignature.bind(null, ctx), () => (member() ? planPanel(ctx) : []));
  add(els.exchanges, exchangesSignature.bind(null, ctx), () => (member() ? exchangesPanel(ctx) : []));
  add(els.meetings, meetingsSignature.bind(null, ctx), () => (member() ? meetingsPanel(ctx) : []));
  add(els.members, membersSignature.bind(null, ctx), () => (member() ? membersPanel(ctx) : []));
  add(els.origin, originSignature.bind(null, ctx), () => (member() ? originPanel(ctx) : []));
  add(els.dossier, dossierSignature.bind(null, ctx), () => dossierPanel(ctx));
  add(els.fiche, ficheSignature.bind(null, ctx), () => fichePanel(ctx));
  add(els.publication, publicationSignature.bind(null, ctx), () => publicationPanel(ctx));
  add(els.steer, steerSignature.bind(null, ctx), () => steerPanel(ctx));
  onLanguageChange(() => {
    for (const section of sections) section.update(true);
  });
  ctx.outbox.onChange((stored) => {
    ctx.refresh();
    if (stored) void load(ctx);
  });
  ctx.refresh();
  void load(ctx, true).then(() => {
    if (ctx.page) initLanguage(ctx.page.group.language);
    ctx.outbox.kick();
  });
  window.setInterval(() => {
    if (document.visibilityState === 'visible' && ctx.page && !ctx.ui.handedOver) void load(ctx);
  }, readEveryMs);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && ctx.page) void load(ctx);
  });
}

const app = byId('app');
const where = route();
if (where.kind === 'space') start(app, where.groupId);
else if (where.kind === 'join') void joinPage(app, where.code);
else replace(app, h('p', null, t('error.notBuilt')));
