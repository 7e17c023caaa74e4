// What the main area shows at this moment of the evening: one scene, chosen from the snapshot alone (no DOM), so the
// board, re-rendered from any event, always lands on the same picture. The rules the room sees:
// - a vote's counts stay hidden while it runs (unless its rules say liveResults), and once it has ended the board
//   shows that vote's own counts, frozen, ranked;
// - a faisabilité rating shows only how many have rated while it runs, the average once it has ended;
// - a title the clustering suggested stays off the board ("Regroupement 3") until the staff keeps or renames it.
import { activeRound, numberedClusters, roomAtTables, type Note, type Round, type Snapshot, type Workshop } from '../../live/model';

/** A regroupement as the board names it: its title, or null when the room must see "Regroupement {number}". */
export interface ClusterItem {
  id: string;
  number: number;
  title: string | null;
  notes: Note[];
  starred: boolean;
}

export interface NoteGroup {
  label: string | null;
  notes: Note[];
}

export interface ResultRow {
  id: string;
  /** A cluster's item, or the note voted on directly. */
  cluster: ClusterItem | null;
  note: Note | null;
  count: number;
  starred: boolean;
}

export interface PisteItem {
  id: string;
  title: string;
  workshopTitle: string | null;
  signUps: number;
}

export interface TableItem {
  id: string;
  name: string;
  workshop: Workshop | undefined;
  round: Round | undefined;
  state: 'running' | 'paused' | 'notStarted' | 'between' | 'finished' | 'none';
  notes: number;
}

export type Scene =
  | { kind: 'input' }
  | { kind: 'hidden'; count: number }
  | { kind: 'notes'; groups: NoteGroup[]; starred: Set<string> }
  | { kind: 'clusters'; clusters: ClusterItem[]; unsorted: Note[]; starred: Set<string> }
  | { kind: 'vote'; clusters: ClusterItem[]; notes: Note[]; voters: number; starred: Set<string> }
  | { kind: 'results'; rows: ResultRow[]; voters: number; live: boolean }
  | { kind: 'rating'; count: number }
  | { kind: 'ratingResults'; per: number[]; count: number; average: number | null }
  | { kind: 'pistes'; pistes: PisteItem[]; all: boolean }
  | { kind: 'tables'; tables: TableItem[] };

export type SceneKind = Scene['kind'];

/** Regroupements of a workshop numbered as the room sees them (model.ts numberedClusters). */
export function clusterItems(s: Snapshot, w: Workshop, visible: Note[], starred: Set<string>): ClusterItem[] {
  return numberedClusters(s, w.id).map(({ cluster: c, number, shownTitle }) => ({
    id: c.id,
    number,
    title: shownTitle,
    notes: visible.filter((n) => n.clusterId === c.id),
    starred: starred.has(c.id),
  }));
}

/** The rounds that have run, in order (a round skipped before it started brings nothing to show). */
function lastRun(w: Workshop): Round | undefined {
  const ran = w.rounds.filter((r) => r.status === 'ended' && r.endReason !== 'skipped');
  return ran[ran.length - 1];
}

function noteGroups(w: Workshop, visible: Note[]): NoteGroup[] {
  // One group per column key, in the order of the rounds and their columns, labelled from the first round having it.
  const labels = new Map<string, string>();
  for (const r of w.rounds) for (const c of r.rules.columns) if (!labels.has(c.key)) labels.set(c.key, c.label);
  for (const n of visible) if (!labels.has(n.column)) labels.set(n.column, n.column);
  const groups = Array.from(labels.entries())
    .map(([key, label]) => ({ label: label as string | null, notes: visible.filter((n) => n.column === key) }))
    .filter((g) => g.notes.length > 0);
  if (groups.length === 1) groups[0].label = null;
  return groups;
}

function voteRows(s: Snapshot, w: Workshop, round: Round, clusters: ClusterItem[], visible: Note[], starred: Set<string>) {
  const counts = new Map<string, number>();
  const voters = new Set<string>();
  for (const v of s.votes) {
    if (v.workshopId !== w.id || v.roundId !== round.id) continue;
    counts.set(v.targetId, (counts.get(v.targetId) ?? 0) + 1);
    voters.add(v.voterId);
  }
  const rows: ResultRow[] = clusters.map((c) => ({ id: c.id, cluster: c, note: null, count: counts.get(c.id) ?? 0, starred: c.starred }));
  for (const n of visible) {
    const count = counts.get(n.id) ?? 0;
    if (count > 0 || clusters.length === 0) rows.push({ id: n.id, cluster: null, note: n, count, starred: starred.has(n.id) });
  }
  return { rows, voters: voters.size };
}

function pisteItems(s: Snapshot, w: Workshop | null): PisteItem[] {
  const signUps = new Map<string, number>();
  for (const x of s.signUps) signUps.set(x.pisteId, (signUps.get(x.pisteId) ?? 0) + 1);
  return s.pistes
    .filter((p) => !w || p.workshopId === w.id)
    .map((p) => ({
      id: p.id,
      title: p.title,
      workshopTitle: w ? null : s.workshops.find((x) => x.id === p.workshopId)?.title ?? null,
      signUps: signUps.get(p.id) ?? 0,
    }));
}

/** The room at tables: one item per table, with its workshop, its étape and its count of post-it. */
export function tableItems(s: Snapshot): TableItem[] {
  return s.tables.map((table) => {
    const workshop = s.workshops.find((w) => w.id === table.workshopId);
    const round = activeRound(workshop);
    const started = workshop?.rounds.some((r) => r.status === 'ended') ?? false;
    const pending = workshop?.rounds.some((r) => r.status === 'pending') ?? false;
    const state: TableItem['state'] = !workshop
      ? 'none'
      : round
        ? round.status === 'paused' ? 'paused' : 'running'
        : !started ? 'notStarted' : pending ? 'between' : 'finished';
    return { id: table.id, name: table.name, workshop, round, state, notes: workshop ? s.notes.filter((n) => n.workshopId === workshop.id).length : 0 };
  });
}

/** Whether the main board (no table of its own) shows every table rather than one workshop. */
export function showsTables(s: Snapshot, tableId: string | null): boolean {
  return !tableId && !s.boardWorkshopId && roomAtTables(s) && s.tables.length > 0;
}

/** The scene of one workshop; `allPistes` at the accueil and the clôture, when the pistes of the whole soirée show. */
export function workshopScene(s: Snapshot, w: Workshop, allPistes: boolean): Scene {
  const notes = s.notes.filter((n) => n.workshopId === w.id);
  const visible = notes.filter((n) => !n.hidden);
  const hidden = notes.length - visible.length;
  const starred = new Set(s.stars.filter((x) => x.workshopId === w.id).map((x) => x.targetId));
  const clusters = clusterItems(s, w, visible, starred);
  const ratings = s.ratings.filter((r) => r.workshopId === w.id);
  const pistes = pisteItems(s, allPistes ? null : w);

  const active = activeRound(w);
  const round = active ?? lastRun(w);
  const rules = round?.rules;

  if (allPistes && !active && pistes.length > 0) return { kind: 'pistes', pistes, all: true };
  if (rules?.signUps) return { kind: 'pistes', pistes, all: allPistes };
  if (round && rules?.voting) {
    const { rows, voters } = voteRows(s, w, round, clusters, visible, starred);
    if (!active || rules.voting.liveResults) {
      rows.sort((a, b) => b.count - a.count);
      return { kind: 'results', rows, voters, live: !!active };
    }
    return { kind: 'vote', clusters, notes: clusters.length > 0 ? [] : visible, voters, starred };
  }
  if (rules?.rating) {
    if (active) return { kind: 'rating', count: ratings.length };
    const per = [1, 2, 3, 4, 5].map((value) => ratings.filter((r) => r.value === value).length);
    const average = ratings.length > 0 ? ratings.reduce((sum, r) => sum + r.value, 0) / ratings.length : null;
    return { kind: 'ratingResults', per, count: ratings.length, average };
  }
  // While people write in secret, only their number; once some are revealed, those (the animator may reveal a few).
  if ((active && rules?.privateUntilReveal) || (hidden > 0 && visible.length === 0)) return { kind: 'hidden', count: hidden };
  if (clusters.length > 0) return { kind: 'clusters', clusters, unsorted: visible.filter((n) => !clusters.some((c) => c.id === n.clusterId)), starred };
  const writing = !!active && (active.rules.columns.length > 0 || active.rules.clustering);
  if (visible.length > 0 || writing) return { kind: 'notes', groups: noteGroups(w, visible), starred };
  if (pistes.length > 0) return { kind: 'pistes', pistes, all: allPistes };
  return { kind: 'input' };
}
