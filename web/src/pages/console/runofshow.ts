// The run-of-show: every workshop in order, where it happens, its étapes and where each stands. Running the evening
// is the "Maintenant" panel's job; out-of-order commands (start a given étape, skip one, reveal, holder) sit folded
// under each workshop, so they are there when needed and never mistaken for the next step.
import { plural } from '../../lib/plural';
import { h, type Child } from '../../lib/dom';
import { formatCountdown, language, t } from '../../lib/i18n';
import { activeRound, atTables, parseDuration, type Round, type Snapshot, type Workshop } from '../../live/model';
import { confirmButton } from '../../lib/confirm';
import { act, isCoAnimator, myTable, remainingMs, visibleWorkshops, type Ctx } from './context';
import { nextRound } from './nextstep';

export function runOfShowSignature(ctx: Ctx): string {
  const s = ctx.live.snapshot;
  if (!s) return 'none';
  const hidden = s.notes.filter((n) => n.hidden).map((n) => n.workshopId);
  return JSON.stringify([
    language(),
    isCoAnimator(ctx),
    myTable(ctx)?.workshopId,
    s.state,
    s.currentWorkshopId,
    s.boardWorkshopId,
    s.workshops.map((w) => [w.id, w.title, w.format, w.holderId, w.rounds.map((r) => [r.id, r.name, r.duration, r.status, r.endReason])]),
    s.tables.map((x) => [x.name, x.workshopId]),
    s.participants.map((p) => [p.id, p.nickname]),
    hidden,
    Array.from(ctx.ui.confirming),
    Array.from(ctx.ui.openDetails),
  ]);
}

function durationText(value: string): string {
  const ms = parseDuration(value);
  return ms % 60000 === 0 ? t('console.minutes', { count: ms / 60000 }) : formatCountdown(ms);
}

/** The countdown of an active round; the page's clock refreshes its text every 250 ms. */
export function countdown(ctx: Ctx, workshop: Workshop, round: Round): HTMLElement {
  const ms = remainingMs(ctx, round);
  return h(
    'span',
    {
      class: `countdown ${round.status}`,
      'data-testid': 'countdown',
      'data-countdown': 'true',
      'data-workshop-id': workshop.id,
      'data-round-id': round.id,
      'data-remaining-ms': Math.round(ms),
      role: 'timer',
    },
    formatCountdown(ms),
  );
}

/** Updates every countdown's text in place (no rebuild, so nothing loses focus). */
export function tickCountdowns(ctx: Ctx, root: ParentNode): void {
  const s = ctx.live.snapshot;
  if (!s) return;
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-countdown]'))) {
    const workshop = s.workshops.find((w) => w.id === el.dataset.workshopId);
    const round = workshop?.rounds.find((r) => r.id === el.dataset.roundId);
    if (!round) continue;
    const ms = remainingMs(ctx, round);
    const text = formatCountdown(ms);
    if (el.textContent !== text) el.textContent = text;
    el.dataset.remainingMs = String(Math.round(ms));
    el.classList.toggle('overtime', round.status === 'running' && ms <= 0);
    el.classList.toggle('soon', round.status === 'running' && ms > 0 && ms <= 30_000);
  }
}

function statusText(r: Round): string {
  return r.status === 'ended' && r.endReason === 'skipped' ? t('console.round.skipped') : t(`round.${r.status}`);
}

/** Manual commands for one étape, used out of the usual order. */
function roundCommands(ctx: Ctx, s: Snapshot, w: Workshop, r: Round): Child[] {
  const closed = s.state !== 'open';
  const key = (name: string) => `${name}-${w.id}-${r.id}`;
  const next = nextRound(w);
  const commands: Child[] = [];
  if (r.status === 'pending') {
    commands.push(r.id === next?.id && !activeRound(w)
      ? h('button', { type: 'button', class: 'secondary small', 'data-testid': 'start-round', 'data-key': key('start'), disabled: closed, onclick: () => void act(ctx, 'StartRound', w.id, r.id) },
        t('console.round.start'), h('span', { class: 'visually-hidden' }, ` : ${r.name}`))
      : confirmButton(ctx, {
        key: key('start'),
        testid: 'start-round',
        label: t('console.round.startNow'),
        question: t('console.round.startOutOfOrder', { name: r.name }),
        danger: false,
        disabled: closed,
        onConfirm: () => void act(ctx, 'StartRound', w.id, r.id),
      }));
  }
  if (r.status !== 'ended') {
    commands.push(confirmButton(ctx, {
      key: key('skip'),
      testid: 'skip-round',
      label: t('console.round.skip'),
      question: t('console.round.skipConfirm', { name: r.name }),
      danger: true,
      disabled: s.state === 'closed',
      onConfirm: () => void act(ctx, 'SkipRound', w.id, r.id),
    }));
  }
  return commands;
}

function roundRow(ctx: Ctx, s: Snapshot, w: Workshop, r: Round, manual: boolean): HTMLElement {
  const active = r.status === 'running' || r.status === 'paused';
  const commands = manual ? roundCommands(ctx, s, w, r) : [];
  return h(
    'li',
    { class: `round ${r.status}`, 'data-testid': 'round', 'data-workshop-id': w.id, 'data-round-id': r.id, 'data-status': r.status, 'aria-current': active ? 'step' : null },
    h('span', { class: 'round-name' }, r.name),
    h('span', { class: 'round-duration' }, durationText(r.duration)),
    h('span', { class: `round-status ${r.status}` }, statusText(r)),
    active ? countdown(ctx, w, r) : null,
    commands.length > 0 ? h('span', { class: 'round-commands' }, ...commands) : null,
  );
}

function holderSelect(ctx: Ctx, s: Snapshot, w: Workshop): Child {
  const id = `holder-${w.id}`;
  return h(
    'div',
    { class: 'field holder' },
    h('label', { for: id }, t('console.holder.label')),
    h(
      'select',
      {
        id,
        'data-testid': 'holder-select',
        'data-workshop-id': w.id,
        'data-key': id,
        onchange: (event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          void act(ctx, 'AssignHolder', w.id, value === '' ? null : value);
        },
      },
      h('option', { value: '', selected: w.holderId === null }, t('console.holder.none')),
      ...s.participants.map((p) => h('option', { value: p.id, selected: p.id === w.holderId }, p.nickname || t('console.anonymous'))),
    ),
    w.input.projectCard?.holder ? h('p', { class: 'muted' }, t('console.holder.card', { name: w.input.projectCard.holder })) : null,
  );
}

function workshopBlock(ctx: Ctx, s: Snapshot, w: Workshop, index: number): HTMLElement {
  const co = isCoAnimator(ctx);
  const current = s.currentWorkshopId === w.id;
  const onBoard = s.boardWorkshopId === w.id;
  const tables = s.tables.filter((x) => x.workshopId === w.id);
  const hidden = s.notes.filter((n) => n.workshopId === w.id && n.hidden).length;
  const open = ctx.ui.openDetails.has(w.id);
  const details = h('details', { class: 'workshop-commands', 'data-testid': 'workshop-commands', 'data-workshop-id': w.id, open },
    h('summary', { 'data-key': `commands-${w.id}` }, t('console.workshop.commands')),
    h('div', { class: 'workshop-actions' },
      co || current || atTables(s, w.id)
        ? null
        : confirmButton(ctx, {
          key: `current-${w.id}`,
          testid: 'set-current',
          label: t('console.workshop.makeCurrent'),
          question: t('console.workshop.makeCurrentConfirm', { title: w.title }),
          danger: false,
          disabled: s.state === 'closed',
          attributes: { 'data-workshop-id': w.id },
          onConfirm: () => void act(ctx, 'SetCurrentWorkshop', w.id),
        }),
      h('button', {
        type: 'button', class: 'secondary', 'data-testid': 'reveal-notes', 'data-workshop-id': w.id, 'data-key': `reveal-${w.id}`, 'data-hidden-count': hidden,
        disabled: hidden === 0, onclick: () => void act(ctx, 'RevealNotes', w.id, null),
      }, hidden === 0 ? t('console.reveal.none') : plural('console.reveal', hidden))),
    h('p', { class: 'muted' }, t('console.workshop.commandsHelp')));
  details.addEventListener('toggle', () => {
    if (details.open === ctx.ui.openDetails.has(w.id)) return;
    if (details.open) ctx.ui.openDetails.add(w.id);
    else ctx.ui.openDetails.delete(w.id);
    ctx.refresh();
  });
  return h(
    'li',
    { class: `workshop${current ? ' current' : ''}`, 'data-testid': 'workshop', 'data-workshop-id': w.id, 'aria-current': current ? 'step' : null },
    h(
      'h3',
      null,
      h('span', { class: 'position' }, `${index + 1}.`),
      ' ',
      h('span', { class: `format ${w.format}` }, t(`format.${w.format}`)),
      ' ',
      w.title,
      current ? h('span', { class: 'marker' }, t('console.workshop.current')) : null,
      onBoard ? h('span', { class: 'marker board' }, t('console.workshop.onBoard')) : null,
    ),
    h('p', { class: 'muted' }, tables.length === 0 ? t('console.where.plenary') : t('console.where.tables', { names: tables.map((x) => x.name).join(', ') })),
    !co && w.format === 'acceleration' ? holderSelect(ctx, s, w) : null,
    h('ol', { class: 'rounds', 'aria-label': t('console.rounds.label', { title: w.title }) }, ...w.rounds.map((r) => roundRow(ctx, s, w, r, open))),
    details,
  );
}

export function runOfShowPanel(ctx: Ctx): Child[] {
  const s = ctx.live.snapshot;
  const co = isCoAnimator(ctx);
  const heading = h('h2', { id: 'run-of-show-heading' }, co ? t('console.runOfShow.tableHeading') : t('console.runOfShow.heading'));
  if (!s) return [heading, h('p', null, t('console.loading'))];
  const list = visibleWorkshops(ctx);
  return [
    heading,
    s.state === 'draft' ? h('p', { class: 'warning' }, t('console.runOfShow.draft')) : null,
    list.length === 0
      ? h('p', { class: 'muted' }, co ? t('console.coAnimator.noWorkshop') : t('console.runOfShow.empty'))
      : h('ol', { class: 'workshops' }, ...list.map((w) => workshopBlock(ctx, s, w, s.workshops.indexOf(w)))),
  ];
}
