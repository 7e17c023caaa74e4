// What every section of the phone's live view shares: the live soirée, who is using it, what the phone keeps on the
// device, the page's own state, and the one way to render again. Sections read the view computed once per render.
import { t } from '../../lib/i18n';
import type { LiveSession } from '../../live/session';
import {
  activeRound, atTables, focusedWorkshop, parseInstant, remainingMs,
  type Note, type Participant, type Round, type Snapshot, type Workshop,
} from '../../live/model';
import type { Drafts, Identity, MyTexts, RefusedNote, RefusedNotes } from './storage';

/** How the live view is mounted. */
export interface LiveOptions {
  /** The soirée's title until the live snapshot brings it. */
  title?: string;
  /**
   * Mounted inside another page (a console typing for someone without a phone): no page header, no language switch
   * and no page title, but a compact line naming the person ("Saisie pour Jeanne").
   */
  embedded?: boolean;
}

/** What the page shows, computed from the snapshot once per render. */
export interface View {
  s: Snapshot;
  meId: string;
  me: Participant | undefined;
  /** The workshop this person follows: the plenary one, else their table's. */
  workshop: Workshop | undefined;
  round: Round | undefined;
  open: boolean;
  /** The workshop followed runs at tables and this person sits at none of its tables: they choose one first. */
  needsTable: boolean;
}

/** A note of this person as the phone knows it, wherever it stands. */
export interface SentNote {
  id: string;
  workshopId: string;
  column: string;
  text: string;
}

/** A piste's sign-up form, made once so that what is typed in it survives every render. */
export interface PisteForm {
  consent: HTMLInputElement;
  name: HTMLInputElement;
  email: HTMLInputElement;
  phone: HTMLInputElement;
  /** The contact fields with their labels, shown once consent is ticked. */
  fields: HTMLElement;
}

/** The page's own state, shared by the sections. */
export interface Ui {
  /** The column chosen in the composer (null: not chosen yet, when the round has several). */
  selectedColumn: string | null;
  /** The last note sent from the composer, whose fate the composer's status line tells. */
  lastSent: { id: string; workshopId: string } | null;
  /** Notes the server acknowledged in this page's life, which its events may not have brought yet. */
  acked: Map<string, SentNote>;
  messages: Array<{ id: number; text: string; kind: 'error' | 'info' }>;
  /** Notes being edited, with their editors (kept, so what is typed survives every render). */
  editing: Map<string, HTMLTextAreaElement>;
  /** Notes whose delete (or withdraw) button was tapped once and now asks for confirmation. */
  confirming: Set<string>;
  noteErrors: Map<string, string>;
  busyNotes: Set<string>;
  pendingRating: number | null;
  ratingError: string;
  pendingStars: Map<string, boolean>;
  starError: string;
  pisteForms: Map<string, PisteForm>;
  pisteErrors: Map<string, string>;
  busyPistes: Set<string>;
  tableStatus: string;
  tableBusy: boolean;
  /** Vote and star cards opened in full ("Lire la suite"). */
  expanded: Set<string>;
}

export interface Ctx {
  readonly session: LiveSession;
  readonly identity: Identity;
  readonly options: LiveOptions;
  readonly texts: MyTexts;
  readonly refused: RefusedNotes;
  readonly drafts: Drafts;
  readonly contactKey: string;
  readonly consentKey: string;
  readonly consents: Set<string>;
  readonly ui: Ui;
  view: View | null;
  /** An element id unique to this mount, so two live views on one page never share ids. */
  id(name: string): string;
  /** Asks every section to render again (only those whose data changed do), once the current work is done. */
  refresh(): void;
  /** A message in the page's polite live region; information fades after a few seconds. */
  say(text: string, kind: 'error' | 'info'): void;
}

/** The server keeps a round where people write open this long after its deadline (Round.WritingGrace). */
export const writingGraceMs = 5000;
/** The phone stops offering the send button a little before the grace ends, so the note arrives in time. */
const graceMarginMs = 600;

export const maxNote = 500;

export function newUi(): Ui {
  return {
    selectedColumn: null, lastSent: null, acked: new Map(), messages: [], editing: new Map(), confirming: new Set(),
    noteErrors: new Map(), busyNotes: new Set(), pendingRating: null, ratingError: '', pendingStars: new Map(), starError: '',
    pisteForms: new Map(), pisteErrors: new Map(), busyPistes: new Set(), tableStatus: '', tableBusy: false, expanded: new Set(),
  };
}

/** Whether this person may write in a workshop from where they sit (the server's rule: docs/protocol.md §11). */
export function seatedFor(s: Snapshot, me: Participant | undefined, workshopId: string): boolean {
  if (!atTables(s, workshopId)) return true;
  const table = me?.tableId ? s.tables.find((x) => x.id === me.tableId) : undefined;
  return table?.workshopId === workshopId;
}

export function computeView(ctx: Ctx): View | null {
  const s = ctx.session.snapshot;
  if (!s) return null;
  const meId = ctx.session.me?.id ?? ctx.identity.participantId;
  const me = s.participants.find((p) => p.id === meId);
  const workshop = focusedWorkshop(s, me?.tableId ?? null, false);
  return {
    s, meId, me, workshop, round: activeRound(workshop), open: s.state === 'open',
    needsTable: !!workshop && !seatedFor(s, me, workshop.id),
  };
}

/**
 * Where writing stands in the followed workshop: open; grace (the countdown says 0:00, the server still takes the
 * note a few seconds); over (past the grace, the round is about to end); paused; none (no round for notes, or this
 * person cannot write there).
 */
export type WriteState = 'open' | 'grace' | 'over' | 'paused' | 'none';

export function writeState(ctx: Ctx): WriteState {
  const v = ctx.view;
  const r = v?.round;
  if (!v || !v.open || v.needsTable || !v.workshop || !r || r.rules.columns.length === 0) return 'none';
  if (r.status === 'paused') return 'paused';
  if (r.status !== 'running') return 'none';
  const now = ctx.session.serverNow();
  if (remainingMs(r, now) > 0) return 'open';
  const ends = parseInstant(r.endsAt);
  return !Number.isNaN(ends) && now < ends + writingGraceMs - graceMarginMs ? 'grace' : 'over';
}

/** Whether a note could be sent now into this workshop, and in which column. */
export function resendColumn(ctx: Ctx, note: Pick<RefusedNote, 'workshopId' | 'column'>): string | null {
  const v = ctx.view;
  const state = writeState(ctx);
  if (!v?.workshop || v.workshop.id !== note.workshopId || (state !== 'open' && state !== 'grace')) return null;
  const columns = v.round?.rules.columns ?? [];
  if (columns.some((c) => c.key === note.column)) return note.column;
  return columns.length === 1 ? columns[0].key : null;
}

/** A note's text: the one kept on the phone when the server's copy is hidden from this audience. */
export function noteText(ctx: Ctx, n: Note): string {
  const mine = ctx.texts.get(n.id);
  return (n.hidden || n.text === '') && mine !== undefined ? mine : n.text;
}

export function columnLabel(w: Workshop, n: { roundId?: string; column: string }): string {
  for (const r of w.rounds) {
    if (n.roundId && r.id !== n.roundId) continue;
    const c = r.rules.columns.find((x) => x.key === n.column);
    if (c) return c.label;
  }
  return n.column;
}

/** Notes of the followed workshop everyone may see. */
export function visibleNotes(v: View): Note[] {
  return v.s.notes.filter((n) => n.workshopId === v.workshop?.id && !n.hidden && n.text !== '');
}

export function workshopTitle(v: View, workshopId: string): string {
  return v.s.workshops.find((w) => w.id === workshopId)?.title ?? '';
}

/** The composer's field label for a column: "Votre question", "Votre idée", … or the column's own name. */
export function fieldLabel(key: string | null, label: string | null): string {
  if (!key) return t('phone.composer.label.choose');
  const known = t(`phone.composer.label.${key}`);
  return known !== `phone.composer.label.${key}` ? known : t('phone.composer.label.other', { column: label ?? key });
}

/** Where one of this person's notes stands: waiting in the outbox, refused by the server, or acknowledged by it. */
export type NoteState = 'pending' | 'refused' | 'sent';

export function noteState(ctx: Ctx, id: string): NoteState | null {
  if (ctx.ui.acked.has(id) || ctx.session.snapshot?.notes.some((n) => n.id === id)) return 'sent';
  if (ctx.refused.find(id)) return 'refused';
  if (ctx.session.outbox.pending.some((p) => p.id === id)) return 'pending';
  return null;
}

/** Notes of this person waiting in the outbox for a workshop. */
export function pendingNotes(ctx: Ctx, workshopId: string | null = null): SentNote[] {
  return ctx.session.outbox.pending
    .filter((p) => p.method === 'AddNote' && (workshopId === null || p.args[1] === workshopId))
    .map((p) => ({ id: String(p.args[0]), workshopId: String(p.args[1]), column: String(p.args[2]), text: String(p.args[3] ?? '') }));
}
