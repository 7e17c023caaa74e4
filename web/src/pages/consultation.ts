// A démarche's consultation (/c/CODE), open by link and QR for weeks, on a phone first: anyone proposes a défi,
// a local project to speed up or a project from elsewhere to spread, supports proposals (+1, once) and comments,
// and sees what became of each. No account: a visitor token is asked for on the first write and kept on the
// device. Every write waits in the outbox, said "en attente d'envoi", until the server has stored it.
//
// Stable hooks for browser tests (data-testid):
//   header:     demarche-name, purpose, consultation-closed (read only)
//   page:       consultation-failure, consultation-message
//   outbox:     pending-item, pending-state (data-state waiting | refused), pending-dismiss
//   propose:    propose-defi, propose-projetLocal, propose-projetAilleurs, propose-form (data-kind),
//               proposal-title, proposal-text, proposal-where, proposal-link, proposal-why, proposal-holder,
//               proposal-contact, proposal-consent, proposal-theme, propose-refusal, proposal-submit, proposal-cancel
//   proposals:  my-proposals, proposal-waiting (data-kind), proposals, proposals-none, filter-kind,
//               proposal-card (data-kind, data-proposal-id, data-mine), outcome (data-outcome), support
//               (aria-pressed true only once the server counted it), support-count (data-count),
//               comments-<proposalId> (fold), comment, comment-waiting, comment-form, comment-nickname,
//               comment-text, comment-submit
import '../i18n/consultation';
import { byId, h, replace, type Child } from '../lib/dom';
import { initLanguage, onLanguageChange, t } from '../lib/i18n';
import { readAgain } from '../lib/polling';
import { Section } from '../lib/render';
import { Outbox } from './group/outbox';
import { load, type Ctx } from './consultation/context';
import { headerPanel, headerSignature } from './consultation/header';
import { codeFromPath, Visitor } from './consultation/identity';
import { pendingPanel, pendingSignature } from './consultation/pending';
import { proposalsPanel, proposalsSignature } from './consultation/proposals';
import { proposePanel, proposeSignature } from './consultation/propose';

/** How often an open page reads the consultation again, to show others' proposals and supports. */
const readEveryMs = 20_000;

function start(app: HTMLElement, code: string): void {
  // The page is drawn once the consultation is read, after the browser's own scroll restoration has tried: on a slow
  // phone it lands at the old offset, on a fast one at the top, by chance. A reload opens at the top, where the page
  // says whether the consultation is still open.
  history.scrollRestoration = 'manual';
  initLanguage();
  const visitor = new Visitor(code);
  const sections: Section[] = [];
  const ctx: Ctx = {
    code,
    page: null,
    failure: null,
    visitor,
    outbox: new Outbox(`st:consultation:${code}:outbox`, () => visitor.ensure()),
    ui: { kind: null, editing: new Set(), filter: '', message: null },
    refresh: () => {
      for (const section of sections) section.update();
    },
  };
  const part = (id: string) => h('section', { id, class: `panel ${id}-panel` });
  const els = {
    header: h('header', { class: 'group-header consultation-header' }),
    failure: h('p', { class: 'notice', role: 'alert', 'data-testid': 'consultation-failure' }),
    message: h('p', { class: 'message', role: 'status', 'aria-live': 'polite', 'data-testid': 'consultation-message' }),
    pending: part('pending'),
    propose: part('propose'),
    proposals: part('proposals'),
  };
  replace(app, els.header, h('main', { class: 'group-space consultation-space' }, els.failure, els.message, els.pending, els.propose, els.proposals));
  const add = (el: HTMLElement, signature: () => string, build: () => Child[]) => sections.push(new Section(el, signature, build, { hideWhenEmpty: true }));
  add(els.header, () => headerSignature(ctx), () => headerPanel(ctx));
  add(els.failure, () => JSON.stringify([ctx.failure]), () => (ctx.failure ? [ctx.failure] : []));
  add(els.message, () => JSON.stringify(ctx.ui.message), () => (ctx.ui.message ? [h('span', { class: ctx.ui.message.kind }, ctx.ui.message.text)] : []));
  add(els.pending, () => pendingSignature(ctx), () => pendingPanel(ctx));
  add(els.propose, () => proposeSignature(ctx), () => proposePanel(ctx));
  add(els.proposals, () => proposalsSignature(ctx), () => proposalsPanel(ctx));
  onLanguageChange(() => {
    for (const section of sections) section.update(true);
  });
  readAgain(ctx.outbox, ctx.refresh, () => load(ctx), readEveryMs);
  ctx.refresh();
  void load(ctx).then(() => {
    if (ctx.page) document.title = `${ctx.page.demarcheName} — ${t('consultation.kind')}`;
    ctx.outbox.kick();
  });
}

const app = byId('app');
const code = codeFromPath();
if (code) start(app, code);
else replace(app, h('p', null, t('error.notBuilt')));
