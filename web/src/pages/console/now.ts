// "Maintenant": where the room is, the running étape's clock and controls, and the one obvious next step.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { activeRound, atTables, roomAtTables, type Round, type Snapshot, type Workshop } from '../../live/model';
import { confirmButton } from '../../lib/confirm';
import { act, isCoAnimator, myTable, type Ctx } from './context';
import { animatorStep, nextRound, stepInWorkshop, tableWorkshops, type Step } from './nextstep';
import { countdown } from './runofshow';

export function nowSignature(ctx: Ctx): string {
  const s = ctx.live.snapshot;
  if (!s) return 'none';
  // The step's words depend on the time left (an early end asks for confirmation): a coarse clock is enough.
  const step = (w: Workshop) => stepInWorkshop(s, w, ctx.live.serverNow());
  return JSON.stringify([
    language(),
    isCoAnimator(ctx),
    myTable(ctx)?.workshopId,
    s.state,
    s.currentWorkshopId,
    s.boardWorkshopId,
    s.workshops.map((w) => [w.id, w.title, w.holderId, w.rounds.map((r) => [r.id, r.name, r.status, r.duration])]),
    s.tables.map((x) => [x.id, x.name, x.workshopId]),
    s.pistes.map((p) => p.workshopId),
    s.clusters.length,
    s.notes.filter((n) => !n.hidden).length,
    s.notes.filter((n) => n.hidden).length,
    Array.from(ctx.ui.confirming),
    isCoAnimator(ctx) ? null : animatorStep(s, ctx.live.serverNow())?.confirm,
    s.workshops.map((w) => step(w)?.confirm ?? null),
  ]);
}

async function run(ctx: Ctx, step: Step): Promise<void> {
  for (const action of step.actions) {
    if (!(await act(ctx, action.method, ...action.args))) return;
  }
}

function stepButton(ctx: Ctx, step: Step, testid: string, primary: boolean): Child {
  const attributes = { 'data-step': step.key };
  const button = step.confirm
    ? confirmButton(ctx, {
      key: `step-${step.key}`,
      testid,
      label: step.label,
      question: step.confirm,
      yes: t('console.next.yes'),
      danger: false,
      attributes,
      onConfirm: () => void run(ctx, step),
    })
    : h('button', { ...attributes, type: 'button', 'data-testid': testid, 'data-key': `step-${step.key}`, onclick: () => void run(ctx, step) }, step.label);
  if (primary && button instanceof HTMLButtonElement) {
    button.classList.remove('secondary');
    button.classList.add('next-step');
  }
  return button;
}

/** The clock and the controls of a running or paused étape: pause, more time, end. */
export function roundControls(ctx: Ctx, w: Workshop, r: Round): HTMLElement {
  const key = (name: string) => `${name}-${w.id}-${r.id}`;
  return h('div', { class: 'round-controls', role: 'group', 'aria-label': t('console.now.controls', { name: r.name }) },
    countdown(ctx, w, r),
    r.status === 'running'
      ? h('button', { type: 'button', class: 'secondary', 'data-testid': 'pause-round', 'data-key': key('pause'), onclick: () => void act(ctx, 'PauseRound', w.id, r.id) }, t('console.round.pause'))
      : h('button', { type: 'button', 'data-testid': 'resume-round', 'data-key': key('resume'), onclick: () => void act(ctx, 'ResumeRound', w.id, r.id) }, t('console.round.resume')),
    h('button', { type: 'button', class: 'secondary', 'data-testid': 'extend-1', 'data-key': key('x1'), onclick: () => void act(ctx, 'ExtendRound', newId('x'), w.id, r.id, 60) }, t('console.round.extend1')),
    h('button', { type: 'button', class: 'secondary', 'data-testid': 'extend-5', 'data-key': key('x5'), onclick: () => void act(ctx, 'ExtendRound', newId('x'), w.id, r.id, 300) }, t('console.round.extend5')),
    confirmButton(ctx, {
      key: key('end'),
      testid: 'end-round',
      label: t('console.round.end'),
      question: t('console.round.endConfirm', { name: r.name }),
      danger: true,
      onConfirm: () => void act(ctx, 'EndRound', w.id, r.id),
    }));
}

function whereText(s: Snapshot, w: Workshop): string {
  const tables = s.tables.filter((x) => x.workshopId === w.id).map((x) => x.name);
  return tables.length === 0 ? t('console.where.plenary') : t('console.where.tables', { names: tables.join(', ') });
}

function workshopNow(ctx: Ctx, s: Snapshot, w: Workshop, testid: string): HTMLElement {
  const r = activeRound(w);
  const next = nextRound(w);
  return h('div', { class: 'now-workshop', 'data-testid': testid, 'data-workshop-id': w.id },
    h('p', { class: 'now-title' }, h('span', { class: `format ${w.format}` }, t(`format.${w.format}`)), ' ', h('strong', null, w.title), ' · ', whereText(s, w)),
    r
      ? h('div', { class: 'now-round' },
        h('p', { class: 'now-round-name' }, t(r.status === 'paused' ? 'console.now.paused' : 'console.now.running', { name: r.name })),
        roundControls(ctx, w, r))
      : h('p', { class: 'muted now-idle' }, next ? t('console.now.waiting', { name: next.name }) : t('console.now.done')));
}

export function nowPanel(ctx: Ctx): Child[] {
  const s = ctx.live.snapshot;
  const heading = h('h2', { id: 'now-heading' }, t('console.now.heading'));
  if (!s) return [heading, h('p', null, t('console.loading'))];
  const now = ctx.live.serverNow();
  if (isCoAnimator(ctx)) {
    const table = myTable(ctx);
    const w = s.workshops.find((x) => x.id === table?.workshopId);
    if (!w) return [heading, h('p', { class: 'muted' }, t('console.coAnimator.noWorkshop'))];
    const step = s.state === 'open' ? stepInWorkshop(s, w, now) : null;
    const plenary = !roomAtTables(s) && s.currentWorkshopId !== null && !atTables(s, s.currentWorkshopId);
    return [
      heading,
      plenary ? h('p', { class: 'warning', 'data-testid': 'room-in-plenary' }, t('console.now.roomInPlenary')) : null,
      workshopNow(ctx, s, w, 'now-workshop'),
      step ? nextBlock(ctx, step) : h('p', { class: 'muted', 'data-testid': 'next-step-none' }, t('console.now.tableDone')),
    ];
  }
  const step = animatorStep(s, now);
  const tables = roomAtTables(s);
  const current = s.workshops.find((w) => w.id === s.currentWorkshopId);
  return [
    heading,
    s.state === 'closed' ? h('p', { class: 'warning' }, t('console.runOfShow.closed')) : null,
    tables
      ? h('div', { class: 'now-tables', 'data-testid': 'now-tables' },
        h('p', { class: 'now-title' }, t('console.now.atTables')),
        h('ul', { class: 'table-progress' }, ...tableWorkshops(s).map((w) => {
          const inside = s.state === 'open' ? stepInWorkshop(s, w, now) : null;
          return h('li', null, workshopNow(ctx, s, w, 'table-now'), inside ? h('div', { class: 'table-step' }, stepButton(ctx, inside, 'table-next-step', false)) : null);
        })))
      : current
        ? workshopNow(ctx, s, current, 'now-workshop')
        : h('p', { class: 'now-title' }, t(betweenWorkshops(s))),
    step ? nextBlock(ctx, step) : null,
  ];
}

function nextBlock(ctx: Ctx, step: Step): HTMLElement {
  return h('div', { class: 'next', 'data-testid': 'next-step-block' },
    h('p', { class: 'next-heading' }, t('console.next.heading')),
    stepButton(ctx, step, 'next-step', true),
    step.detail ? h('p', { class: 'next-detail', 'data-testid': 'next-step-detail' }, step.detail) : null,
    step.warning ? h('p', { class: 'warning', 'data-testid': 'next-step-warning' }, step.warning) : null);
}

// With no workshop current, the room is at the accueil, between two workshops or at the clôture: only once every
// round is behind it is it the clôture (rounds skipped before the first workshop leave the room at the accueil).
function betweenWorkshops(s: Snapshot): string {
  const rounds = s.workshops.flatMap((w) => w.rounds);
  if (rounds.length > 0 && rounds.every((r) => r.status !== 'pending')) return 'console.now.closing';
  return rounds.some((r) => r.status !== 'pending' && r.endReason !== 'skipped') ? 'console.now.between' : 'console.now.accueil';
}
