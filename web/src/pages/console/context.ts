// What every part of the console shares: the live soirée, who is driving it, local choices, and the one way to act.
import { RequestFailed } from '../../lib/api';
import { t } from '../../lib/i18n';
import { refusalOf } from '../../live/errors';
import type { LiveSession, SuggestionBatch } from '../../live/session';
import type { GroupsUi } from './groups';
import type { Round, Snapshot, Table, Workshop } from '../../live/model';
import { remainingMs as roundRemainingMs } from '../../live/model';

export interface Ui {
  /** The workshop chosen in the clustering selector; null: follow the current one. */
  selectedWorkshopId: string | null;
  /** Board links made in this console, by table id ('' for the room's board). */
  boardLinks: Map<string, string>;
  coAnimatorUrls: Map<string, string>;
  /** Actions waiting for their "Oui" (confirm.ts). */
  confirming: Set<string>;
  /** Secrets shown on request for a short while (secret.ts). */
  revealed: Set<string>;
  /** Workshops whose manual commands are unfolded in the run-of-show. */
  openDetails: Set<string>;
  addresses: { current: string; lan: string[] } | null;
  qr: SVGSVGElement | null;
  qrCode: string | null;
  /** The last messages for the aria-live region, newest last. */
  messages: Array<{ id: number; text: string; kind: 'error' | 'info' }>;
  dragging: boolean;
  /** The latest clustering suggestions per workshop, less the groups accepted or rejected since. */
  suggestions: Map<string, SuggestionBatch>;
  /** Workshops whose suggestions were asked for and have not arrived yet. */
  suggesting: Set<string>;
  /** Workshops whose suggested groups this console asked for (the server sorts notes into groups unasked). */
  asked: Set<string>;
  /** Workshops whose current suggestions this console asked for again since it last connected. */
  caughtUp: Set<string>;
  /** Notes being placed from "À ranger", until the server answers. */
  placing: Set<string>;
  /** Groups the animator rejected (their sorted note ids), so automatic suggestions do not bring them back. */
  rejected: Set<string>;
  granularity: 'coarse' | 'medium' | 'fine';
  /** The working groups born from the evening's pistes, and their links made here. */
  groups: GroupsUi;
}

export interface Ctx {
  live: LiveSession;
  sessionId: string;
  token: string;
  ui: Ui;
  /** Asks every section to render again (only those whose data changed do). */
  refresh(): void;
}

export function snapshotOf(ctx: Ctx): Snapshot | null {
  return ctx.live.snapshot;
}

export function isCoAnimator(ctx: Ctx): boolean {
  if (ctx.live.me) return ctx.live.me.role === 'coAnimator';
  return location.pathname.startsWith('/t/');
}

export function myTable(ctx: Ctx): Table | undefined {
  const s = ctx.live.snapshot;
  const tableId = ctx.live.me?.tableId ?? null;
  return s && tableId ? s.tables.find((x) => x.id === tableId) : undefined;
}

/** The workshops this console drives: all of them for the animator, the table's one for a co-animator. */
export function visibleWorkshops(ctx: Ctx): Workshop[] {
  const s = ctx.live.snapshot;
  if (!s) return [];
  if (!isCoAnimator(ctx)) return s.workshops;
  const table = myTable(ctx);
  return s.workshops.filter((w) => w.id === table?.workshopId);
}

export function selectedWorkshop(ctx: Ctx): Workshop | undefined {
  const s = ctx.live.snapshot;
  const list = visibleWorkshops(ctx);
  return (
    list.find((w) => w.id === ctx.ui.selectedWorkshopId) ??
    list.find((w) => w.id === s?.currentWorkshopId) ??
    list.find((w) => w.rounds.some((r) => r.status === 'running' || r.status === 'paused')) ??
    list[0]
  );
}

/** Milliseconds left in a running or paused round, by the server's clock. */
export function remainingMs(ctx: Ctx, round: Round): number {
  return roundRemainingMs(round, ctx.live.serverNow());
}

export function nickname(s: Snapshot, participantId: string): string {
  const p = s.participants.find((x) => x.id === participantId);
  return p && p.nickname ? p.nickname : t('console.anonymous');
}

let messageSeq = 0;

export function say(ctx: Ctx, text: string, kind: 'error' | 'info' = 'error'): void {
  ctx.ui.messages = [...ctx.ui.messages.slice(-2), { id: ++messageSeq, text, kind }];
  ctx.refresh();
}

/** A clear sentence for a failed command or HTTP call. */
export function describeFailure(error: unknown): string {
  let code: string | null = null;
  let message = '';
  if (error instanceof RequestFailed) {
    code = error.code;
    message = error.message;
  } else {
    const refusal = refusalOf(error);
    if (refusal) {
      code = refusal.code;
      message = refusal.message;
    }
  }
  if (code === null) return t('console.error.connection');
  const key = `console.error.${code}`;
  const text = t(key, { message });
  return text === key ? t('console.error.other', { code, message }) : text;
}

/** Sends a hub command now; a refusal becomes a message in the live region, never an exception. */
export async function act(ctx: Ctx, method: string, ...args: unknown[]): Promise<boolean> {
  try {
    await ctx.live.invoke(method, ...args);
    return true;
  } catch (error) {
    say(ctx, describeFailure(error));
    return false;
  }
}
