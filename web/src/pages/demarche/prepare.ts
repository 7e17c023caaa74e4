// "Préparer la soirée": the coordinator picks proposals into the evening's run-of-show, in order. A défi becomes an
// émergence's challenge, a local project an accélération's project card (its holder invited as porteur), a project
// from elsewhere an essaimage's sheet. "Créer la soirée" makes the soirée from the stored plan and gives its console
// link and each porteur's personal link. A fiche projet from another territory comes in as an essaimage.
// A named animator reads the run-of-show here, without the controls.
import { call, RequestFailed } from '../../lib/api';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import { clearDrafts, stacked, valueOf } from '../group/fields';
import { formatOfKind, proposalKinds, type Proposal, type ProposalKind } from '../consultation/model';
import { absolute, base, formatDay, heading, isCoordinator, load, refusalText, say, type Ctx } from './context';
import { rememberConsole } from './identity';
import type { CreatedSoiree, Format, PlanBody } from './model';
import { pendingFor, pendingState } from './pending';
import { secretLink } from './secret';

export function prepareSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page?.me.role, ctx.page?.plan, ctx.consultation?.proposals.map((p) => [p.id, p.title, p.kind, p.supports]), ctx.outbox.pending, ctx.ui.created, [...ctx.ui.revealed], [...ctx.ui.busy]]);
}

const planPath = (ctx: Ctx) => `${base(ctx)}/plan`;

/** The plan as it will stand: the one waiting to be sent, else the one the server holds. */
function currentPlan(ctx: Ctx): PlanBody {
  const waiting = pendingFor(ctx, planPath(ctx));
  if (waiting && waiting.state === 'waiting') return waiting.body as PlanBody;
  const plan = ctx.page!.plan;
  return { title: plan.title ?? '', date: plan.date ?? null, picks: plan.picks.map((p) => p.proposalId) };
}

function sendPlan(ctx: Ctx, plan: PlanBody): void {
  ctx.outbox.send('PUT', planPath(ctx), plan, t('demarche.pending.plan'));
}

interface Step {
  id: string;
  title: string;
  kind: ProposalKind;
  format: Format;
}

/** The run-of-show's steps, named from the proposals (or from the server's plan, for one no longer listed). */
function steps(ctx: Ctx, plan: PlanBody): Step[] {
  const proposals = new Map((ctx.consultation?.proposals ?? []).map((p) => [p.id, p]));
  const known = new Map(ctx.page!.plan.picks.map((p) => [p.proposalId, p]));
  return plan.picks.map((id) => {
    const p = proposals.get(id);
    const k = known.get(id);
    const kind = p?.kind ?? k?.kind ?? 'defi';
    return { id, title: p?.title ?? k?.title ?? id, kind, format: k?.format ?? formatOfKind[kind] };
  });
}

function move(ctx: Ctx, plan: PlanBody, index: number, delta: number): void {
  const picks = [...plan.picks];
  const [id] = picks.splice(index, 1);
  picks.splice(index + delta, 0, id);
  sendPlan(ctx, { ...plan, picks });
}

function stepRow(ctx: Ctx, plan: PlanBody, step: Step, index: number, count: number, controls: boolean): HTMLElement {
  return h('li', { class: `step ${step.format}`, 'data-testid': 'run-step', 'data-format': step.format, 'data-proposal-id': step.id },
    h('span', { class: `tag format ${step.format}` }, t(`format.${step.format}`)),
    h('span', { class: 'step-title' }, step.title),
    h('span', { class: 'step-becomes muted', 'data-testid': 'step-becomes' }, t(`demarche.plan.becomes.${step.kind}`)),
    controls
      ? h('span', { class: 'inline item-actions' },
        h('button', { type: 'button', class: 'secondary small', 'data-testid': 'pick-up', 'data-key': `up-${step.id}`, disabled: index === 0, onclick: () => move(ctx, plan, index, -1) },
          '↑', h('span', { class: 'visually-hidden' }, t('demarche.plan.up', { title: step.title }))),
        h('button', { type: 'button', class: 'secondary small', 'data-testid': 'pick-down', 'data-key': `down-${step.id}`, disabled: index === count - 1, onclick: () => move(ctx, plan, index, 1) },
          '↓', h('span', { class: 'visually-hidden' }, t('demarche.plan.down', { title: step.title }))),
        h('button', { type: 'button', class: 'secondary small', 'data-testid': 'unpick', 'data-key': `unpick-${step.id}`, onclick: () => sendPlan(ctx, { ...plan, picks: plan.picks.filter((x) => x !== step.id) }) },
          t('demarche.plan.unpick'), h('span', { class: 'visually-hidden' }, ` : ${step.title}`)))
      : null);
}

function candidates(ctx: Ctx, plan: PlanBody): Child {
  const all = (ctx.consultation?.proposals ?? []).filter((p) => !plan.picks.includes(p.id));
  if (all.length === 0) return h('p', { class: 'muted' }, t('demarche.plan.noCandidate'));
  const row = (p: Proposal) => h('li', { class: 'candidate', 'data-testid': 'candidate', 'data-kind': p.kind, 'data-proposal-id': p.id },
    h('span', { class: 'step-title' }, p.title),
    h('span', { class: 'muted' }, plural('proposal.supports', p.supports)),
    h('button', { type: 'button', class: 'small', 'data-testid': 'pick', 'data-key': `pick-${p.id}`, onclick: () => sendPlan(ctx, { ...plan, picks: [...plan.picks, p.id] }) },
      t('demarche.plan.pick'), h('span', { class: 'visually-hidden' }, ` : ${p.title}`)));
  return h('div', { class: 'candidates' }, ...proposalKinds.map((kind) => {
    const of = all.filter((p) => p.kind === kind).sort((a, b) => b.supports - a.supports);
    return of.length === 0 ? null : h('div', null, h('h4', null, t(`proposal.kind.${kind}.plural`)), h('ul', { class: 'candidate-list' }, ...of.map(row)));
  }));
}

function titleForm(ctx: Ctx, plan: PlanBody): HTMLElement {
  const form = h('form', {
    class: 'plan-form row',
    'data-testid': 'plan-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      sendPlan(ctx, { ...currentPlan(ctx), title: valueOf(form, 'plan-title'), date: valueOf(form, 'plan-date') || null });
      clearDrafts('plan-title', 'plan-date');
    },
  },
  stacked({ label: t('demarche.plan.title'), key: 'plan-title', initial: plan.title, maxlength: 160, required: true, testid: 'plan-title' }),
  stacked({ label: t('demarche.plan.date'), key: 'plan-date', initial: plan.date ?? '', type: 'date', testid: 'plan-date' }),
  h('div', { class: 'field submit' }, h('button', { type: 'submit', 'data-testid': 'plan-submit' }, t('demarche.save'))));
  return form;
}

async function createSoiree(ctx: Ctx): Promise<void> {
  if (ctx.ui.busy.has('create')) return;
  ctx.ui.busy.add('create');
  ctx.refresh();
  try {
    const created = await call<CreatedSoiree>('POST', `${base(ctx)}/soirees`, {}, ctx.token);
    ctx.ui.created = created;
    rememberConsole(ctx.demarcheId, created.sessionId, created.consoleUrl);
    void load(ctx);
  } catch (error) {
    say(ctx, t('demarche.plan.createFailed', { reason: error instanceof RequestFailed ? refusalText(error.code, error.message) : t('demarche.error.offline') }));
  } finally {
    ctx.ui.busy.delete('create');
    ctx.refresh();
  }
}

function createdPanel(ctx: Ctx, created: CreatedSoiree): HTMLElement {
  return h('div', { class: 'created', 'data-testid': 'soiree-created', role: 'status' },
    h('h3', null, t('demarche.plan.created')),
    h('p', null, t('demarche.plan.consoleIntro'), ' ', h('a', { href: absolute(created.consoleUrl), target: '_blank', rel: 'noopener', 'data-testid': 'console-link' }, t('demarche.plan.openConsole'))),
    h('p', null, secretLink(ctx, `console-${created.sessionId}`, 'console-url', created.consoleUrl, t('demarche.plan.consoleLink'))),
    created.holders.length === 0 ? null : h('div', null,
      h('h4', null, t('demarche.plan.holders')),
      h('p', { class: 'muted' }, t('demarche.plan.holdersIntro')),
      h('ul', { class: 'holders' }, ...created.holders.map((holder) => h('li', { 'data-testid': 'holder', 'data-proposal-id': holder.proposalId },
        h('strong', null, holder.nickname), ' ',
        secretLink(ctx, `holder-${holder.proposalId}`, 'holder-link', holder.url, t('demarche.plan.holderLink', { name: holder.nickname })))))));
}

async function importFiche(ctx: Ctx, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  let fiche: unknown;
  try {
    fiche = JSON.parse(await file.text());
  } catch {
    say(ctx, t('demarche.fiche.notJson', { name: file.name }));
    input.value = '';
    return;
  }
  ctx.ui.busy.add('fiche');
  ctx.refresh();
  try {
    await call<{ proposalId: string }>('POST', `${base(ctx)}/fiches`, fiche, ctx.token);
    say(ctx, t('demarche.fiche.imported', { name: typeof fiche === 'object' && fiche && 'name' in fiche ? String((fiche as { name: unknown }).name) : file.name }), 'info');
    await load(ctx);
  } catch (error) {
    say(ctx, t('demarche.fiche.failed', { reason: error instanceof RequestFailed ? refusalText(error.code, error.message) : t('demarche.error.offline') }));
  } finally {
    input.value = '';
    ctx.ui.busy.delete('fiche');
    ctx.refresh();
  }
}

function ficheImport(ctx: Ctx): HTMLElement {
  const input = h('input', { type: 'file', id: 'f-fiche', accept: '.json,application/json', 'data-testid': 'fiche-import', disabled: ctx.ui.busy.has('fiche') });
  input.addEventListener('change', () => void importFiche(ctx, input));
  return h('div', { class: 'fiche-import' },
    h('h3', null, t('demarche.fiche.heading')),
    h('p', { class: 'muted', id: 'fiche-hint' }, t('demarche.fiche.hint')),
    h('label', { for: 'f-fiche' }, t('demarche.fiche.label')),
    input);
}

export function preparePanel(ctx: Ctx): Child[] {
  if (!ctx.page) return [];
  const coordinator = isCoordinator(ctx);
  const plan = currentPlan(ctx);
  const list = steps(ctx, plan);
  const waiting = pendingFor(ctx, planPath(ctx));
  // The soirée is made from the plan the server holds: while a change waits, or with nothing picked, it cannot be.
  const canCreate = coordinator && !waiting && ctx.page.plan.picks.length > 0 && Boolean(ctx.page.plan.title);
  return [
    heading('prepare', t(coordinator ? 'demarche.plan.heading' : 'demarche.plan.headingRead')),
    coordinator ? titleForm(ctx, plan) : h('p', { 'data-testid': 'plan-read-title' }, plan.title || t('demarche.plan.untitled'), plan.date ? ` — ${formatDay(plan.date)}` : ''),
    h('h3', null, t('demarche.plan.runOfShow'), ' ', h('span', { class: 'count' }, `(${list.length})`)),
    h('p', { class: 'muted' }, t('demarche.plan.frame')),
    list.length === 0
      ? h('p', { class: 'muted', 'data-testid': 'run-empty' }, t(coordinator ? 'demarche.plan.empty' : 'demarche.plan.emptyRead'))
      : h('ol', { class: 'run-of-show', 'data-testid': 'run-of-show' }, ...list.map((s, i) => stepRow(ctx, plan, s, i, list.length, coordinator))),
    waiting ? h('p', null, t('demarche.plan.pending'), ' ', pendingState(ctx, waiting)) : null,
    coordinator ? h('h3', null, t('demarche.plan.candidates')) : null,
    coordinator ? candidates(ctx, plan) : null,
    coordinator
      ? h('div', { class: 'create-row' },
        canCreate
          ? h('button', { type: 'button', 'data-testid': 'create-soiree', 'data-key': 'create-soiree', disabled: ctx.ui.busy.has('create'), onclick: () => void createSoiree(ctx) },
            ctx.ui.busy.has('create') ? t('demarche.plan.creating') : t('demarche.plan.create'))
          : h('p', { class: 'muted', 'data-testid': 'create-soiree-why' }, t(waiting ? 'demarche.plan.waitStored' : ctx.page.plan.picks.length === 0 ? 'demarche.plan.pickFirst' : 'demarche.plan.titleFirst')))
      : null,
    ctx.ui.created ? createdPanel(ctx, ctx.ui.created) : null,
    coordinator ? ficheImport(ctx) : null,
  ];
}
