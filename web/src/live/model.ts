// The soirée as a page holds it: the snapshot's shape (docs/protocol.md §17), kept up to date by events.

export type RoundStatus = 'pending' | 'running' | 'paused' | 'ended';
export type Role = 'animator' | 'coAnimator' | 'participant' | 'board';

export interface Column { key: string; label: string }
/** liveResults: the room sees the counts while the vote runs; otherwise only once it has ended. */
export interface DotVoting { budget: number; capPerTarget: number; liveResults?: boolean }
export interface RoundRules {
  columns: Column[];
  privateUntilReveal: boolean;
  revealOnStart: boolean;
  clustering: boolean;
  voting: DotVoting | null;
  rating: boolean;
  holderStars: boolean;
  signUps: boolean;
}
export interface Round {
  id: string;
  name: string;
  instructions: string;
  duration: string;
  rules: RoundRules;
  autoAdvance: boolean;
  status: RoundStatus;
  endsAt: string | null;
  remaining: string | null;
  endReason: string | null;
}
export interface WorkshopInput {
  challenge: { text: string; theme: string | null } | null;
  projectCard: { holder: string; pitch: string; needs: string } | null;
  externalProject: { name: string; originTerritory: string; description: string; successFactors: string[] } | null;
}
export interface Workshop {
  id: string;
  format: 'emergence' | 'acceleration' | 'essaimage' | 'atelierCanvas' | 'planAction' | 'revueEtape';
  title: string;
  input: WorkshopInput;
  rounds: Round[];
  holderId: string | null;
}
export interface Table { id: string; name: string; workshopId: string | null; coAnimatorId: string | null }
/** assisted: someone without a phone, for whom the staff of their table posts. */
export interface Participant { id: string; nickname: string; tableId: string | null; joinedAt: string; assisted?: boolean }
export interface Note {
  id: string;
  workshopId: string;
  roundId: string;
  authorId: string;
  column: string;
  text: string;
  colour: string;
  hidden: boolean;
  clusterId: string | null;
  placedByHand: boolean;
  createdAt: string;
  updatedAt: string;
  seq: number;
}
/** titleSuggested: the title is the clustering suggestion's own, not kept or renamed yet; the room does not see it. */
export interface Cluster { id: string; workshopId: string; title: string; createdAt: string; titleSuggested?: boolean }
export interface DotVote { workshopId: string; roundId: string; voterId: string; targetId: string }
export interface Rating { workshopId: string; participantId: string; value: number }
export interface Star { workshopId: string; targetId: string }
export interface Piste { id: string; workshopId: string; clusterId: string | null; title: string; createdAt: string; groupId?: string | null }
export interface Contact { name: string | null; email: string | null; phone: string | null }
export interface SignUp { pisteId: string; participantId: string; contact: Contact | null; at: string }

export interface Snapshot {
  id: string;
  version: number;
  title: string;
  language: string;
  joinCode: string;
  state: 'draft' | 'open' | 'closed';
  anonymous: boolean;
  joiningLocked: boolean;
  animatorId: string;
  createdAt: string;
  workshops: Workshop[];
  currentWorkshopId: string | null;
  boardWorkshopId: string | null;
  tables: Table[];
  /** The staff's views list everyone; a phone's lists itself alone and a board's nobody (docs/protocol.md §17). */
  participants: Participant[];
  /** How many participants joined, whoever the view is for: what every count on a page shows. */
  participantCount: number;
  notes: Note[];
  clusters: Cluster[];
  votes: DotVote[];
  ratings: Rating[];
  stars: Star[];
  pistes: Piste[];
  signUps: SignUp[];
  /** Listed in the animator's view only (docs/protocol.md §17). */
  deletedNotes?: Array<{ noteId: string; workshopId: string; authorId: string; seq: number }>;
}

export interface Caller { sessionId: string; role: Role; id: string; tableId: string | null }

export interface EventMessage { seq: number; type: string; at: number; data: Record<string, unknown> }

/** "hh:mm:ss(.fffffff)" or "d.hh:mm:ss" as produced for TimeSpan, in milliseconds. */
export function parseDuration(value: string | null | undefined): number {
  if (!value) return 0;
  const match = /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(value);
  if (!match) return 0;
  const [, days, hours, minutes, seconds] = match;
  return (((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}

/**
 * An instant from the server ("2026-11-27T19:30:00.1234567+00:00") in Unix ms. .NET writes seven fraction digits,
 * which not every browser's Date.parse accepts: cut them to milliseconds first.
 */
export function parseInstant(value: string | null | undefined): number {
  if (!value) return Number.NaN;
  return Date.parse(value.replace(/(\.\d{3})\d+/, '$1'));
}

/** Milliseconds left in a running or paused round by the server's clock (0 for other rounds or a bad instant). */
export function remainingMs(round: Round, serverNow: number): number {
  if (round.status === 'paused') return Math.max(0, parseDuration(round.remaining));
  if (round.status !== 'running') return 0;
  const ends = parseInstant(round.endsAt);
  return Number.isNaN(ends) ? 0 : Math.max(0, ends - serverNow);
}

export function activeRound(workshop: Workshop | undefined): Round | undefined {
  return workshop?.rounds.find((r) => r.status === 'running' || r.status === 'paused');
}

/**
 * A workshop's regroupements as the room numbers them, from 1, in the order of the server's snapshots (creation time,
 * then id), so that those an accepted suggestion made at once keep their numbers after a reload. `shownTitle` is what
 * the room may read: null for an empty title or one the suggestions made and the staff has not kept yet.
 */
export function numberedClusters(s: Snapshot, workshopId: string | undefined): Array<{ cluster: Cluster; number: number; shownTitle: string | null }> {
  return s.clusters
    .filter((c) => c.workshopId === workshopId)
    .map((c) => ({ c, at: parseInstant(c.createdAt) }))
    .sort((a, b) => a.at - b.at || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0))
    .map(({ c }, i) => ({ cluster: c, number: i + 1, shownTitle: c.titleSuggested || c.title.trim() === '' ? null : c.title.trim() }));
}

/** Whether a workshop runs at tables (some table is assigned to it) rather than in plenary. */
export function atTables(s: Snapshot, workshopId: string | null | undefined): boolean {
  return !!workshopId && s.tables.some((t) => t.workshopId === workshopId);
}

/**
 * The workshop a viewer follows. When the run-of-show's current workshop is a plenary one, the whole room is on it,
 * whatever table people sat at earlier; otherwise (tables at work, or the accueil) a seated viewer follows their
 * table's workshop, and anyone else the board's focus (when asked) or the current one.
 */
export function focusedWorkshop(s: Snapshot, tableId: string | null, followBoard: boolean): Workshop | undefined {
  const byId = (id: string | null | undefined) => (id ? s.workshops.find((w) => w.id === id) : undefined);
  const current = byId(s.currentWorkshopId);
  if (current && !atTables(s, current.id)) return (followBoard ? byId(s.boardWorkshopId) : undefined) ?? current;
  const table = tableId ? s.tables.find((t) => t.id === tableId) : undefined;
  return byId(table?.workshopId) ?? (followBoard ? byId(s.boardWorkshopId) : undefined) ?? current ?? s.workshops[0];
}

/** Whether the room is at tables: the current workshop runs at tables, so each table works on its own. */
export function roomAtTables(s: Snapshot): boolean {
  return atTables(s, s.currentWorkshopId);
}
