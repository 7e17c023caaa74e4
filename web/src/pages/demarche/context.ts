// What every part of the démarche's page shares: the démarche as last read, its consultation and portfolio (for
// the coordinator), who is looking, the outbox of changes, and the ways to read them again.
import { h } from '../../lib/dom';
import { language, refusalIn, t } from '../../lib/i18n';
import type { Outbox } from '../group/outbox';
import type { ConsultationPage } from '../consultation/model';
import type { CreatedSoiree, DemarchePage, Portfolio, Practice } from './model';

export interface Ui {
  /** Folded parts held open, and items being edited in place. */
  editing: Set<string>;
  /** Confirmations waiting for their "Oui". */
  confirming: Set<string>;
  /** Secret links shown for a while, by key. */
  revealed: Set<string>;
  /** The personal links asked for in this visit, by animator id. */
  links: Map<string, string>;
  /** The soirée just created from the plan: its console and porteurs' links, shown in this visit. */
  created: CreatedSoiree | null;
  /** The practice soirée made in this visit. */
  practice: Practice | null;
  /** Calls under way (their buttons wait), by key. */
  busy: Set<string>;
  filters: { theme: string; stage: string };
  /** The last message for the live region. */
  message: { text: string; kind: 'error' | 'info' } | null;
}

export interface Ctx {
  demarcheId: string;
  token: string;
  page: DemarchePage | null;
  consultation: ConsultationPage | null;
  portfolio: Portfolio | null;
  /** Why the démarche cannot be shown (a refused link, a network down at first load). */
  failure: string | null;
  outbox: Outbox;
  ui: Ui;
  refresh(): void;
}

export const base = (ctx: Ctx) => `/api/demarches/${encodeURIComponent(ctx.demarcheId)}`;

export function isCoordinator(ctx: Ctx): boolean {
  return ctx.page?.me.role === 'coordinateur';
}

export function say(ctx: Ctx, text: string, kind: 'error' | 'info' = 'error'): void {
  ctx.ui.message = { text, kind };
  ctx.refresh();
}

/** A refusal in words: the code's own sentence when there is one, else the server's message. */
export function refusalText(code: string | null, message: string | null): string {
  return refusalIn('demarche', code, message);
}

/** An address the server gives as a path ("/d/…#token"), made whole for copying or sharing. */
export function absolute(url: string): string {
  return url.startsWith('/') ? `${location.origin}${url}` : url;
}

/** The error code and message of a refused response, when it carries one. */
async function refusalOf(response: Response): Promise<{ code: string; message: string | null }> {
  let code = `http.${response.status}`;
  let message: string | null = null;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string }; code?: string; message?: string };
    code = body.error?.code ?? body.code ?? code;
    message = body.error?.message ?? body.message ?? null;
  } catch {
    // Not JSON: keep the status.
  }
  return { code, message };
}

/**
 * Reads a JSON resource with the page's token. The server answers 304 when nothing changed since the tag the
 * browser holds, which the browser turns back into its copy; null when the read failed (said on the page).
 */
async function read<T>(ctx: Ctx, path: string, token: string | null = ctx.token): Promise<T | null | 'refused'> {
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { Accept: 'application/json', Authorization: `Bearer ${token}` } : { Accept: 'application/json' } });
  } catch {
    return null;
  }
  if (response.status === 304) return null;
  if (!response.ok) {
    const { code, message } = await refusalOf(response);
    if (response.status === 401 || response.status === 403 || response.status === 404) {
      ctx.failure = refusalText(code, message);
      return 'refused';
    }
    return null;
  }
  return (await response.json()) as T;
}

/** Reads the démarche again, then what the coordinator's sections add to it. */
export async function load(ctx: Ctx): Promise<void> {
  const page = await read<DemarchePage>(ctx, base(ctx));
  if (page === 'refused') {
    ctx.page = null;
  } else if (page) {
    ctx.page = page;
    ctx.failure = null;
  } else if (!ctx.page) {
    ctx.failure = t('demarche.error.offline');
  }
  ctx.refresh();
  if (!ctx.page || !isCoordinator(ctx)) return;
  await Promise.all([loadConsultation(ctx), loadPortfolio(ctx)]);
}

/** The consultation's proposals, as the coordinator reads them (with the contacts given with consent). */
export async function loadConsultation(ctx: Ctx): Promise<void> {
  const code = ctx.page?.consultation.code;
  if (!code) return;
  const path = `/api/consultations/${encodeURIComponent(code)}`;
  let consultation = await read<ConsultationPage>(ctx, path);
  // Should the consultation not take the coordinator's token, its public reading is what there is to show.
  if (consultation === 'refused') {
    ctx.failure = null;
    consultation = await read<ConsultationPage>(ctx, path, null);
  }
  if (consultation && consultation !== 'refused') ctx.consultation = consultation;
  ctx.refresh();
}

export async function loadPortfolio(ctx: Ctx): Promise<void> {
  const portfolio = await read<Portfolio>(ctx, `${base(ctx)}/portfolio`);
  if (portfolio === 'refused') ctx.failure = null;
  else if (portfolio) ctx.portfolio = portfolio;
  ctx.refresh();
}

/** A day ("12 décembre 2026") from its ISO form. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(language(), { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, d));
}

/** A heading that the page's "Aller à" links land on. */
export function heading(id: string, text: string): HTMLElement {
  return h('h2', { id: `${id}-title` }, text);
}
