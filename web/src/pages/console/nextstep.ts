// "Étape suivante": what the run-of-show says comes next, as one action with words that say exactly what it does.
// Plenary workshops run one after the other; consecutive workshops at tables run side by side, each table at its own
// pace (driven by its co-animator, or by the animator from the tables list); then the room comes back to plenary.
import { formatCountdown, t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import { activeRound, atTables, parseDuration, remainingMs, roomAtTables, type Round, type Snapshot, type Workshop } from '../../live/model';

export interface StepAction {
  method: string;
  args: unknown[];
}

export interface Step {
  /** Identity of the step, for its confirmation. */
  key: string;
  label: string;
  /** What else happens, in a sentence (the round that ends, the tables that start…). */
  detail: string | null;
  /** Something the animator should know first; the step then asks for confirmation. */
  warning: string | null;
  /** The question asked before acting, when the step ends something early or has a warning. */
  confirm: string | null;
  actions: StepAction[];
}

/** Rounds left before this one ends early are worth a question (a round in its last 30 s just ends). */
const earlyMs = 30_000;

/** The pending round that comes next in a workshop: the first pending one after every round already run. */
export function nextRound(w: Workshop): Round | undefined {
  let last = -1;
  w.rounds.forEach((r, i) => {
    if (r.status !== 'pending') last = i;
  });
  return w.rounds.slice(last + 1).find((r) => r.status === 'pending');
}

/** Whether nothing is left to run in a workshop. */
export function workshopDone(w: Workshop): boolean {
  return !activeRound(w) && !nextRound(w);
}

function minutes(round: Round): string {
  const ms = parseDuration(round.duration);
  return ms % 60_000 === 0 ? t('console.minutes', { count: ms / 60_000 }) : formatCountdown(ms);
}

/** What the animator should know before a round starts. */
function warningFor(s: Snapshot, w: Workshop, round: Round): string | null {
  const rules = round.rules;
  if (rules.signUps && !s.pistes.some((p) => p.workshopId === w.id)) return t('console.next.warn.noPistes');
  if (rules.voting && !s.clusters.some((c) => c.workshopId === w.id) && !s.notes.some((n) => n.workshopId === w.id && !n.hidden)) {
    return t('console.next.warn.nothingToVote');
  }
  if (rules.holderStars && !w.holderId) return t('console.next.warn.noHolder');
  if (rules.clustering && !rules.revealOnStart && s.notes.some((n) => n.workshopId === w.id && n.hidden)) return t('console.next.warn.hidden');
  return null;
}

/** The next step inside one workshop: start its next round (ending the active one), or end its last round. */
export function stepInWorkshop(s: Snapshot, w: Workshop, serverNow: number): Step | null {
  const active = activeRound(w);
  const next = nextRound(w);
  const left = active ? remainingMs(active, serverNow) : 0;
  const early = !!active && left > earlyMs;
  if (next) {
    const warning = warningFor(s, w, next);
    return {
      key: `start:${w.id}:${next.id}`,
      label: t('console.next.start', { name: next.name, minutes: minutes(next) }),
      detail: active ? t('console.next.ends', { name: active.name }) : null,
      warning,
      confirm: early
        ? t('console.next.confirmEarly', { name: active!.name, next: next.name })
        : warning ? t('console.next.confirmWarning') : null,
      actions: [{ method: 'StartRound', args: [w.id, next.id] }],
    };
  }
  if (active) {
    return {
      key: `end:${w.id}:${active.id}`,
      label: t('console.next.endLast', { name: active.name }),
      detail: t('console.next.endLastDetail', { title: w.title }),
      warning: null,
      confirm: early ? t('console.next.confirmEnd', { name: active.name }) : null,
      actions: [{ method: 'EndRound', args: [w.id, active.id] }],
    };
  }
  return null;
}

/** The workshops the tables run now: every workshop a table is assigned to. */
export function tableWorkshops(s: Snapshot): Workshop[] {
  return s.workshops.filter((w) => atTables(s, w.id));
}

/** The first workshop after `from` in the run-of-show that still has something to run. */
function nextWorkshop(s: Snapshot, from: Workshop | null): Workshop | undefined {
  const start = from ? s.workshops.indexOf(from) + 1 : 0;
  return s.workshops.slice(start).find((w) => !workshopDone(w));
}

function startWorkshop(s: Snapshot, w: Workshop, first: boolean): Step | null {
  const round = nextRound(w);
  if (!round) return null;
  const warning = warningFor(s, w, round);
  if (atTables(s, w.id)) {
    // The tables start together: every table workshop with a round to run, each at its own first round.
    const starting = tableWorkshops(s).filter((x) => nextRound(x) && !activeRound(x));
    const names = starting.map((x) => {
      const tables = s.tables.filter((table) => table.workshopId === x.id).map((table) => table.name).join(', ');
      return t('console.next.tableLine', { tables, title: x.title, name: nextRound(x)!.name });
    });
    return {
      key: `tables:${starting.map((x) => x.id).join(',')}`,
      label: plural('console.next.startTables', starting.length),
      detail: names.join(' · '),
      warning,
      confirm: warning ? t('console.next.confirmWarning') : null,
      actions: starting.map((x) => ({ method: 'StartRound', args: [x.id, nextRound(x)!.id] })),
    };
  }
  return {
    key: `workshop:${w.id}:${round.id}`,
    label: t(first ? 'console.next.begin' : 'console.next.workshop', { title: w.title }),
    detail: t('console.next.workshopDetail', { format: t(`format.${w.format}`), name: round.name, minutes: minutes(round) }),
    warning,
    confirm: warning ? t('console.next.confirmWarning') : null,
    actions: [{ method: 'StartRound', args: [w.id, round.id] }],
  };
}

/** The animator's next step for the whole room, or null when nothing is left (a closed soirée). */
export function animatorStep(s: Snapshot, serverNow: number): Step | null {
  if (s.state === 'draft') {
    return { key: 'open', label: t('console.session.open'), detail: t('console.next.openDetail'), warning: null, confirm: null, actions: [{ method: 'OpenSession', args: [] }] };
  }
  if (s.state !== 'open') return null;
  const current = s.workshops.find((w) => w.id === s.currentWorkshopId) ?? null;
  if (roomAtTables(s)) {
    // The tables finish at their own pace; the room's next step is what follows them in plenary.
    const last = tableWorkshops(s).reduce((max, w) => Math.max(max, s.workshops.indexOf(w)), -1);
    const after = s.workshops.slice(last + 1).find((w) => !workshopDone(w) && !atTables(s, w.id));
    const busy = tableWorkshops(s).filter((w) => activeRound(w) || nextRound(w)).map((w) => s.tables.filter((x) => x.workshopId === w.id).map((x) => x.name).join(', '));
    const confirm = busy.length > 0 ? t('console.next.confirmTablesBusy', { tables: busy.join(', ') }) : null;
    if (after) {
      const round = nextRound(after)!;
      return {
        key: `plenary:${after.id}:${round.id}`,
        label: t('console.next.plenary', { title: after.title }),
        detail: t('console.next.plenaryDetail', { name: round.name, minutes: minutes(round) }),
        warning: warningFor(s, after, round),
        confirm,
        actions: [{ method: 'StartRound', args: [after.id, round.id] }],
      };
    }
    return closing(s, confirm);
  }
  const started = s.workshops.some((w) => w.rounds.some((r) => r.status !== 'pending'));
  if (current) {
    const inside = stepInWorkshop(s, current, serverNow);
    if (inside) return inside;
    const next = nextWorkshop(s, current);
    return next ? startWorkshop(s, next, false) : closing(s, null);
  }
  const next = nextWorkshop(s, null);
  if (next) return startWorkshop(s, next, !started);
  return closing(s, null);
}

/** After the last workshop: show every piste to the room, then close the soirée. */
function closing(s: Snapshot, confirm: string | null): Step {
  if (s.currentWorkshopId !== null || s.boardWorkshopId !== null) {
    return {
      key: 'closing',
      label: t('console.next.closing'),
      detail: t('console.next.closingDetail'),
      warning: null,
      confirm,
      actions: [
        ...(s.currentWorkshopId !== null ? [{ method: 'SetCurrentWorkshop', args: [null] }] : []),
        ...(s.boardWorkshopId !== null ? [{ method: 'SetBoardFocus', args: [null] }] : []),
      ],
    };
  }
  return {
    key: 'close',
    label: t('console.session.close'),
    detail: t('console.next.closeDetail'),
    warning: null,
    confirm: t('console.session.closeConfirm'),
    actions: [{ method: 'CloseSession', args: [] }],
  };
}
