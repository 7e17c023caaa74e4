// What every part of a group's space shares: the group as last read, who is looking, the outbox of changes, and
// the one way to read the group again.
import { refusalIn, t } from '../../lib/i18n';
import { markSeen, seenVersion } from './identity';
import type { CanvasItem, Change, GroupPage } from './model';
import type { LiveState } from './live';
import { Outbox } from './outbox';

export interface Ui {
  /** The canvas version shown instead of the current canvas (null: the canvas as it stands). */
  shownVersion: number | null;
  /** The entries of the past versions read so far (the page carries only their list). */
  versionItems: Map<number, CanvasItem[]>;
  /** Items being edited in place, by id. */
  editing: Set<string>;
  /** Confirmations waiting for their "Oui". */
  confirming: Set<string>;
  /** The last message for the live region. */
  message: { text: string; kind: 'error' | 'info' } | null;
  /** The live meetings this co-animator started or reopened in this visit, by meeting id. */
  live: Map<string, LiveState>;
  /** A new secret link of a seat handed over, shown once. */
  handedOver: { url: string; qrSvg: string; seat: number } | null;
}

export interface Ctx {
  groupId: string;
  token: string;
  page: GroupPage | null;
  /** What changed since the end of the last visit, read once when the page opens. */
  sinceLastVisit: Change[];
  /** Why the group cannot be shown (a refused link, a network down at first load). */
  failure: string | null;
  outbox: Outbox;
  ui: Ui;
  refresh(): void;
}

export function isSeat(ctx: Ctx): boolean {
  return ctx.page?.me.role === 'coAnimator';
}

export function isClosed(ctx: Ctx): boolean {
  return Boolean(ctx.page?.group.closedAt);
}

export function say(ctx: Ctx, text: string, kind: 'error' | 'info' = 'error'): void {
  ctx.ui.message = { text, kind };
  ctx.refresh();
}

/** A refusal in words: the code's own sentence when there is one, else the server's message. */
export function refusalText(code: string | null, message: string | null): string {
  return refusalIn('group', code, message);
}

async function get(path: string, token: string): Promise<Response> {
  return fetch(path, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
}

/**
 * Reads the group again. The first read of a visit also asks what changed since the version seen at the end of the
 * last one; every read records the version now seen, so the next visit starts from here.
 */
export async function load(ctx: Ctx, first = false): Promise<void> {
  const since = first ? seenVersion(ctx.groupId) : null;
  let response: Response;
  try {
    response = await get(`/api/groups/${encodeURIComponent(ctx.groupId)}${since ? `?since=${since}` : ''}`, ctx.token);
  } catch {
    if (!ctx.page) ctx.failure = t('group.error.offline');
    ctx.refresh();
    return;
  }
  if (!response.ok) {
    let code = `http.${response.status}`;
    try {
      code = ((await response.json()) as { code?: string }).code ?? code;
    } catch {
      // Not JSON: keep the status.
    }
    if (response.status === 401 || response.status === 403 || response.status === 404) {
      ctx.page = null;
      ctx.failure = refusalText(code, null);
    } else if (!ctx.page) {
      ctx.failure = refusalText(code, null);
    }
    ctx.refresh();
    return;
  }
  const page = (await response.json()) as GroupPage;
  // On a first visit nothing is "new": everything is. A person's own changes are not news to them.
  if (first) ctx.sinceLastVisit = page.changes.filter((c) => c.authorId !== page.me.id);
  ctx.page = page;
  ctx.failure = null;
  markSeen(ctx.groupId, page.group.version);
  ctx.refresh();
}
