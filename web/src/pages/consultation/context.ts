// What every part of the consultation page shares: the consultation as last read, the visitor, the outbox of
// writes, and the one way to read it again.
import { refusalIn, t } from '../../lib/i18n';
import type { Outbox } from '../group/outbox';
import type { Visitor } from './identity';
import type { ConsultationPage, ProposalKind } from './model';

export interface Ui {
  /** The kind of proposal being written, if any. */
  kind: ProposalKind | null;
  /** Folds held open (a proposal's comments). */
  editing: Set<string>;
  /** The kind shown in the list ('' for all). */
  filter: ProposalKind | '';
  message: { text: string; kind: 'error' | 'info' } | null;
}

export interface Ctx {
  code: string;
  page: ConsultationPage | null;
  failure: string | null;
  visitor: Visitor;
  outbox: Outbox;
  ui: Ui;
  refresh(): void;
}

export const base = (ctx: Ctx) => `/api/consultations/${encodeURIComponent(ctx.code)}`;

export function isOpen(ctx: Ctx): boolean {
  return ctx.page?.open === true;
}

export function say(ctx: Ctx, text: string, kind: 'error' | 'info' = 'error'): void {
  ctx.ui.message = { text, kind };
  ctx.refresh();
}

/** A refusal in words: the code's own sentence when there is one, else the server's message. */
export function refusalText(code: string | null, message: string | null): string {
  return refusalIn('consultation', code, message);
}

/** Reads the consultation again, with the visitor's token when this device has one. */
export async function load(ctx: Ctx): Promise<void> {
  const token = ctx.visitor.held;
  let response: Response;
  try {
    response = await fetch(base(ctx), { headers: token ? { Accept: 'application/json', Authorization: `Bearer ${token}` } : { Accept: 'application/json' } });
  } catch {
    if (!ctx.page) ctx.failure = t('consultation.error.offline');
    ctx.refresh();
    return;
  }
  if (response.status === 304) return;
  if (!response.ok) {
    let code = `http.${response.status}`;
    try {
      const body = (await response.json()) as { code?: string; error?: { code?: string } };
      code = body.error?.code ?? body.code ?? code;
    } catch {
      // Not JSON: keep the status.
    }
    if (response.status === 404 || !ctx.page) {
      ctx.page = response.status === 404 ? null : ctx.page;
      ctx.failure = refusalText(code, null);
    }
    ctx.refresh();
    return;
  }
  ctx.page = (await response.json()) as ConsultationPage;
  ctx.failure = null;
  ctx.refresh();
}
