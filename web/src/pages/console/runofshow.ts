// The run-of-show: workshops in order, where the evening stands, the board's focus, and each workshop's rounds.
import { plural } from '../../lib/plural';
import { h, type Child } from '../../lib/dom';
import { formatCountdown, language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { activeRound, parseDuration, type Round, type Snapshot, type Workshop } from '../../live/model';
import { act, isCoAnimator, myTable, remainingMs, visibleWorkshops, type Ctx } from './context';

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

function roundRow(ctx: Ctx, s: Snapshot, w: Workshop, r: Round): HTMLElement {
  const active = r.status === 'running' || r.status === 'paused';
  const key = (name: string) => `${name}-${w.id}-${r.id}`;
  const closed = s.state !== 'open';
  const controls: Child[] = [];
  if (r.status === 'pending') {
    controls.push(
      h('button', { type: 'button', 'data-testid': 'start-round', 'data-key': key('start'), disabled: closed, onclick: () => void act(ctx, 'StartRound', w.id, r.id) }, t('console.round.start'), h('span', { class: 'visually-hidden' }, ` : ${r.name}`)),
    );
  }
  if (active) {
    controls.push(
      r.status === 'running'
        ? h('button', { type: 'button', class: 'secondary', 'data-testid': 'pause-round', 'data-key': key('pause'), onclick: () => void act(ctx, 'PauseRound', w.id, r.id) }, t('console.round.pause'))
        : h('button', { type: 'button', 'data-testid': 'resume-round', 'data-key': key('resume'), disabled: closed, onclick: () => void act(ctx, 'ResumeRound', w.id, r.id) }, t('console.round.resume')),
      h('button', { type: 'button', class: 'secondary', 'data-testid': 'extend-1', 'data-key': key('x1'), onclick: () => void act(ctx, 'ExtendRound', newId('x'), w.id, r.id, 60) }, t('console.round.extend1')),
      h('button', { type: 'button', class: 'secondary', 'data-testid': 'extend-5', 'data-key': key('x5'), onclick: () => void act(ctx, 'ExtendRound', newId('x'), w.id, r.id, 300) }, t('console.round.extend5')),
      h('button', { type: 'button', 'data-testid': 'end-round', 'data-key': key('end'), onclick: () => void act(ctx, 'EndRound', w.id, r.id) }, t('console.round.end')),
      h('button', { type: 'button', class: 'secondary', 'data-testid': 'skip-round', 'data-key': key('skip'), onclick: () => void act(ctx, 'SkipRound', w.id, r.id) }, t('console.round.skip')),
    );
  }
  const status = r.status === 'ended' && r.endReason === 'skipped' ? t('console.round.skipped') : t(`round.${r.status}`);
  return h(
    'li',
    { class: `round ${r.status}`, 'data-testid': 'round', 'data-workshop-id': w.id, 'data-round-id': r.id, 'data-status': r.status, 'aria-current': active ? 'step' : null },
    h(
      'div',
      { class: 'round-head' },
      h('span', { class: 'round-name' }, r.name),
      h('span', { class: 'round-duration' }, durationText(r.duration)),
      h('span', { class: `round-status ${r.status}` }, status),
      active ? countdown(ctx, w, r) : null,
    ),
    controls.length > 0 ? h('div', { class: 'round-controls' }, ...controls) : null,
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
  const round = activeRound(w);
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
    h('p', { class: 'muted' }, tables.length === 0 ? t('console.workshop.plenary') : t('console.workshop.tables', { names: tables.map((x) => x.name).join(', ') }), round ? ` · ${t('console.workshop.activeRound', { name: round.name })}` : ''),
    h(
      'div',
      { class: 'workshop-actions' },
      co
        ? null
        : h('button', { type: 'button', class: onBoard ? '' : 'secondary', 'data-testid': 'follow-me', 'data-workshop-id': w.id, 'data-key': `follow-${w.id}`, 'aria-pressed': onBoard ? 'true' : 'false', onclick: () => void act(ctx, 'SetBoardFocus', w.id) }, t('console.board.show'), h('span', { class: 'visually-hidden' }, ` : ${w.title}`)),
      co || current
        ? null
        : h('button', { type: 'button', class: 'secondary', 'data-testid': 'set-current', 'data-workshop-id': w.id, 'data-key': `current-${w.id}`, onclick: () => void act(ctx, 'SetCurrentWorkshop', w.id) }, t('console.workshop.makeCurrent'), h('span', { class: 'visually-hidden' }, ` : ${w.title}`)),
      h(
        'button',
        { type: 'button', 'data-testid': 'reveal-notes', 'data-workshop-id': w.id, 'data-key': `reveal-${w.id}`, 'data-hidden-count': hidden, disabled: hidden === 0, onclick: () => void act(ctx, 'RevealNotes', w.id, null) },
        hidden === 0 ? t('console.reveal.none') : plural('console.reveal', hidden),
      ),
    ),
    !co && w.format === 'acceleration' ? holderSelect(ctx, s, w) : null,
    h('ol', { class: 'rounds', 'aria-label': t('console.rounds.label', { title: w.title }) }, ...w.rounds.map((r) => roundRow(ctx, s, w, r))),
  );
}

export function runOfShowPanel(ctx: Ctx): Child[] {
  const s = ctx.live.snapshot;
  const heading = h('h2', { id: 'run-of-show-heading' }, isCoAnimator(ctx) ? t('console.runOfShow.tableHeading') : t('console.runOfShow.heading'));
  if (!s) return [heading, h('p', null, t('console.loading'))];
  const co = isCoAnimator(ctx);
  const list = visibleWorkshops(ctx);
  return [
    heading,
    co
      ? null
      : h(
          'div',
          { class: 'board-focus' },
          h('p', null, s.boardWorkshopId ? t('console.board.pinned', { title: s.workshops.find((w) => w.id === s.boardWorkshopId)?.title ?? '' }) : t('console.board.following')),
          h('button', { type: 'button', class: 'secondary', 'data-testid': 'follow-run', 'data-key': 'follow-run', 'aria-pressed': s.boardWorkshopId === null ? 'true' : 'false', onclick: () => void act(ctx, 'SetBoardFocus', null) }, t('console.board.followRun')),
        ),
    s.state === 'draft' ? h('p', { class: 'warning' }, t('console.runOfShow.draft')) : null,
    s.state === 'closed' ? h('p', { class: 'warning' }, t('console.runOfShow.closed')) : null,
    list.length === 0
      ? h('p', { class: 'muted' }, co ? t('console.coAnimator.noWorkshop') : t('console.runOfShow.empty'))
      : h('ol', { class: 'workshops' }, ...list.map((w) => workshopBlock(ctx, s, w, s.workshops.indexOf(w)))),
  ];
}
