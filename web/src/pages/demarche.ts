// A démarche's page (/d/ID): the coordinator's, and a named animator's through their personal link. The token
// arrives after '#', is kept on the device and leaves the address bar. The page reads the démarche again every
// few seconds while it is visible; every change goes through the outbox and is called stored only once the server
// has answered. Each part is shown only to the role it works for (me.role in the page): a named animator sees the
// phases, the run-of-show and "Répéter la soirée", not the partners nor the coordinator's controls.
//
// Stable hooks for browser tests (data-testid):
//   header:        demarche-name, demarche-territory, my-role (data-role coordinateur | animateur), coordinator-link, phases,
//                  phase-1 … phase-4 (data-status aFaire | enCours | fait), phase-status
//   page:          demarche-failure, demarche-message
//   outbox:        pending-item, pending-state (data-state waiting | refused), pending-dismiss
//   partners:      univers, univers-summary, univers-<key> (data-count, data-missing), partners-premier,
//                  partners-rejoint, partner-row (data-univers, data-circle), partner-contact, partner-edit,
//                  partner-remove, partner-remove-confirm, partner-new, partner-form, partner-name, partner-univers,
//                  partner-circle, partner-contact, partner-submit
//   animators:     animators, animator-row (data-role), animator-link-ask, animator-link (data-revealed),
//                  reveal-secret, hide-secret, copy-secret, animator-edit, animator-remove, animator-new,
//                  animator-form, animator-name, animator-role, animator-submit
//   practice:      practice-note, practice, practice-empty, practice-link
//   consultation:  consultation-state (data-open), consultation-link, consultation-copy, consultation-open,
//                  consultation-close, consultation-qr, suggested-themes, suggested-theme, proposals-<kind>,
//                  proposal-card (data-kind, data-proposal-id), support-count (data-count), outcome (data-outcome),
//                  comment, proposal-contact, hide-proposal, hide-proposal-confirm
//   prepare:       plan-form, plan-title, plan-date, plan-submit, plan-read-title, run-of-show, run-empty,
//                  run-step (data-format, data-proposal-id), step-becomes, pick-up, pick-down, unpick, candidate
//                  (data-kind), pick, create-soiree, create-soiree-why, soiree-created, console-link, console-url,
//                  holder (data-proposal-id), holder-link, fiche-import <input type=file>
//   soirées:       soirees, soiree-row (data-session-id), soiree-console, groups, group-row (data-group-id),
//                  group-link-form, group-code, group-link
//   portfolio:     filter-theme, filter-stage, portfolio, portfolio-row (data-project-id, data-stage, data-theme),
//                  portfolio-stage, portfolio-theme, portfolio-milestones, portfolio-needs, portfolio-offers,
//                  portfolio-filtered-out, exchange-links, exchange-link (data-need-project, data-offer-project,
//                  data-category), exchange-links-none
//   exports:       export-portfolio-csv, export-portfolio-xlsx, report-year, export-report-html, export-report-md,
//                  export-report-pdf
import '../i18n/demarche';
import { byId, h, replace, type Child } from '../lib/dom';
import { initLanguage, onLanguageChange, t } from '../lib/i18n';
import { readAgain } from '../lib/polling';
import { Section } from '../lib/render';
import { Outbox } from './group/outbox';
import { animatorsPanel, animatorsSignature } from './demarche/animators';
import { consultationPanel, consultationSignature } from './demarche/consultation';
import { load, type Ctx } from './demarche/context';
import { exportsPanel, exportsSignature } from './demarche/exports';
import { headerPanel, headerSignature } from './demarche/header';
import { demarcheIdFromPath, tokenFor } from './demarche/identity';
import { partnersPanel, partnersSignature } from './demarche/partners';
import { pendingPanel, pendingSignature } from './demarche/pending';
import { portfolioPanel, portfolioSignature } from './demarche/portfolio';
import { practicePanel, practiceSignature } from './demarche/practice';
import { preparePanel, prepareSignature } from './demarche/prepare';
import { soireesPanel, soireesSignature } from './demarche/soirees';

/** How often an open page reads the démarche again, to show what the consultation and the groups brought. */
const readEveryMs = 15_000;

function start(app: HTMLElement, demarcheId: string): void {
  initLanguage();
  const token = tokenFor(demarcheId);
  if (!token) {
    replace(app, h('main', { class: 'demarche-space' }, h('h1', null, t('demarche.kind')), h('p', { class: 'notice', 'data-testid': 'demarche-failure' }, t('demarche.error.noLink'))));
    return;
  }
  const sections: Section[] = [];
  const ctx: Ctx = {
    demarcheId,
    token,
    page: null,
    consultation: null,
    portfolio: null,
    failure: null,
    outbox: new Outbox(`st:demarche:${demarcheId}:outbox`, () => token),
    ui: { editing: new Set(), confirming: new Set(), revealed: new Set(), links: new Map(), created: null, practice: null, busy: new Set(), filters: { theme: '', stage: '' }, message: null },
    refresh: () => {
      for (const section of sections) section.update();
    },
  };
  const part = (id: string) => h('section', { id, class: `panel ${id}-panel` });
  const els = {
    header: h('header', { class: 'group-header demarche-header' }),
    failure: h('p', { class: 'notice', role: 'alert', 'data-testid': 'demarche-failure' }),
    message: h('p', { class: 'message', role: 'status', 'aria-live': 'polite', 'data-testid': 'demarche-message' }),
    pending: part('pending'),
    partners: part('partners'),
    animators: part('animators'),
    practice: part('practice'),
    consultation: part('consultation'),
    prepare: part('prepare'),
    soirees: part('soirees'),
    portfolio: part('portfolio'),
    exports: part('exports'),
  };
  replace(app, els.header, h('main', { class: 'group-space demarche-space' }, els.failure, els.message, els.pending,
    els.partners, els.animators, els.consultation, els.prepare, els.practice, els.soirees, els.portfolio, els.exports));
  const add = (el: HTMLElement, signature: () => string, build: () => Child[]) => sections.push(new Section(el, signature, build, { hideWhenEmpty: true }));
  add(els.header, () => headerSignature(ctx), () => headerPanel(ctx));
  add(els.failure, () => JSON.stringify([ctx.failure]), () => (ctx.failure ? [ctx.failure] : []));
  add(els.message, () => JSON.stringify(ctx.ui.message), () => (ctx.ui.message ? [h('span', { class: ctx.ui.message.kind }, ctx.ui.message.text)] : []));
  add(els.pending, () => pendingSignature(ctx), () => pendingPanel(ctx));
  add(els.partners, () => partnersSignature(ctx), () => partnersPanel(ctx));
  add(els.animators, () => animatorsSignature(ctx), () => animatorsPanel(ctx));
  add(els.consultation, () => consultationSignature(ctx), () => consultationPanel(ctx));
  add(els.prepare, () => prepareSignature(ctx), () => preparePanel(ctx));
  add(els.practice, () => practiceSignature(ctx), () => practicePanel(ctx));
  add(els.soirees, () => soireesSignature(ctx), () => soireesPanel(ctx));
  add(els.portfolio, () => portfolioSignature(ctx), () => portfolioPanel(ctx));
  add(els.exports, () => exportsSignature(ctx), () => exportsPanel(ctx));
  onLanguageChange(() => {
    document.title = ctx.page ? `${ctx.page.name} — ${t('demarche.kind')}` : t('demarche.kind');
    for (const section of sections) section.update(true);
  });
  readAgain(ctx.outbox, ctx.refresh, () => load(ctx), readEveryMs, () => ctx.page !== null);
  ctx.refresh();
  void load(ctx).then(() => {
    if (ctx.page) {
      initLanguage(ctx.page.language);
      document.title = `${ctx.page.name} — ${t('demarche.kind')}`;
    }
    ctx.outbox.kick();
  });
}

const app = byId('app');
const demarcheId = demarcheIdFromPath();
if (demarcheId) start(app, demarcheId);
else replace(app, h('p', null, t('error.notBuilt')));
