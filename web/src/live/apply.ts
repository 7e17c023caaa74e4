// Folds one event into the page's copy of the soirée, mirroring the engine's fold (Session.Apply.cs) for what pages
// show. Unknown event types are ignored, so an older page keeps working next to a newer server.
import type { Cluster, EventMessage, Note, Round, Snapshot, Workshop } from './model';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function updateWorkshop(s: Snapshot, id: string, change: (w: Workshop) => Workshop): void {
  s.workshops = s.workshops.map((w) => (w.id === id ? change(w) : w));
}

function updateRound(s: Snapshot, workshopId: string, roundId: string, change: (r: Round) => Round): void {
  updateWorkshop(s, workshopId, (w) => ({ ...w, rounds: w.rounds.map((r) => (r.id === roundId ? change(r) : r)) }));
}

function move<T>(items: T[], from: number, to: number): T[] {
  if (from < 0) return items;
  const copy = items.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item);
  return copy;
}

function updateNote(s: Snapshot, id: string, change: (n: Note) => Note): void {
  s.notes = s.notes.map((n) => (n.id === id ? change(n) : n));
}

function placeNotes(s: Snapshot, ids: string[], clusterId: string | null, byHand: boolean | null): void {
  const set = new Set(ids);
  s.notes = s.notes.map((n) => (set.has(n.id) ? { ...n, clusterId, placedByHand: byHand ?? n.placedByHand } : n));
}

function retarget(s: Snapshot, from: string, to: string): void {
  s.votes = s.votes.map((v) => (v.targetId === from ? { ...v, targetId: to } : v));
  const stars = s.stars.map((x) => (x.targetId === from ? { ...x, targetId: to } : x));
  s.stars = stars.filter((x, i) => stars.findIndex((y) => y.workshopId === x.workshopId && y.targetId === x.targetId) === i);
  s.pistes = s.pistes.map((p) => (p.clusterId === from ? { ...p, clusterId: to } : p));
}

/**
 * Folds one event in. `roster`: this copy lists every participant (the staff's pages); phones and boards list only
 * the person using them, as their snapshot does, and count the others.
 */
export function applyEvent(s: Snapshot, e: EventMessage, roster = true): void {
  const d = e.data as Data;
  const at = iso(e.at);
  switch (e.type) {
    case 'SessionSettingsChanged':
      Object.assign(s, { title: d.title, language: d.language, anonymous: d.anonymous });
      break;
    case 'SessionOpened':
      s.state = 'open';
      break;
    case 'SessionClosed':
      s.state = 'closed';
      break;
    case 'JoiningChanged':
      s.joiningLocked = d.locked;
      break;
    case 'BoardFocusChanged':
      s.boardWorkshopId = d.workshopId ?? null;
      break;
    case 'CurrentWorkshopChanged':
      s.currentWorkshopId = d.workshopId ?? null;
      break;
    case 'WorkshopAdded': {
      const copy = s.workshops.slice();
      copy.splice(Math.max(0, Math.min(d.index, copy.length)), 0, d.workshop);
      s.workshops = copy;
      break;
    }
    case 'WorkshopUpdated':
      updateWorkshop(s, d.workshopId, (w) => ({ ...w, title: d.title, input: d.input }));
      break;
    case 'WorkshopRemoved':
      s.workshops = s.workshops.filter((w) => w.id !== d.workshopId);
      s.tables = s.tables.map((t) => (t.workshopId === d.workshopId ? { ...t, workshopId: null } : t));
      s.clusters = s.clusters.filter((c) => c.workshopId !== d.workshopId);
      s.pistes = s.pistes.filter((p) => p.workshopId !== d.workshopId);
      s.votes = s.votes.filter((v) => v.workshopId !== d.workshopId);
      s.ratings = s.ratings.filter((r) => r.workshopId !== d.workshopId);
      s.stars = s.stars.filter((x) => x.workshopId !== d.workshopId);
      if (s.currentWorkshopId === d.workshopId) s.currentWorkshopId = null;
      if (s.boardWorkshopId === d.workshopId) s.boardWorkshopId = null;
      break;
    case 'WorkshopMoved':
      s.workshops = move(s.workshops, s.workshops.findIndex((w) => w.id === d.workshopId), d.index);
      break;
    case 'HolderAssigned':
      updateWorkshop(s, d.workshopId, (w) => ({ ...w, holderId: d.participantId ?? null }));
      break;
    case 'TableAdded':
      s.tables = [...s.tables, d.table];
      break;
    case 'TableUpdated':
      s.tables = s.tables.map((t) => (t.id === d.tableId ? { ...t, name: d.name, workshopId: d.workshopId ?? null } : t));
      break;
    case 'TableRemoved':
      s.tables = s.tables.filter((t) => t.id !== d.tableId);
      s.participants = s.participants.map((p) => (p.tableId === d.tableId ? { ...p, tableId: null } : p));
      break;
    case 'CoAnimatorAssigned':
      s.tables = s.tables.map((t) => (t.id === d.tableId ? { ...t, coAnimatorId: d.coAnimatorId } : t));
      break;
    case 'ParticipantJoined':
      if (!s.participants.some((p) => p.id === d.participantId)) s.participantCount += 1;
      // A phone or a board holds nobody else: the count is all it shows of the hall, and keeps its copy small.
      if (roster) {
        s.participants = [...s.participants.filter((p) => p.id !== d.participantId), { id: d.participantId, nickname: d.nickname, tableId: d.tableId ?? null, joinedAt: at, assisted: d.assisted === true }];
      }
      break;
    case 'ParticipantRenamed':
      s.participants = s.participants.map((p) => (p.id === d.participantId ? { ...p, nickname: d.nickname } : p));
      break;
    case 'ParticipantTableChosen':
      s.participants = s.participants.map((p) => (p.id === d.participantId ? { ...p, tableId: d.tableId ?? null } : p));
      break;
    case 'RoundAdded':
      updateWorkshop(s, d.workshopId, (w) => {
        const rounds = w.rounds.slice();
        rounds.splice(Math.max(0, Math.min(d.index, rounds.length)), 0, d.round);
        return { ...w, rounds };
      });
      break;
    case 'RoundUpdated':
      updateRound(s, d.workshopId, d.roundId, (r) => ({ ...r, name: d.name, instructions: d.instructions, duration: d.duration, rules: d.rules, autoAdvance: d.autoAdvance }));
      break;
    case 'RoundRemoved':
      updateWorkshop(s, d.workshopId, (w) => ({ ...w, rounds: w.rounds.filter((r) => r.id !== d.roundId) }));
      break;
    case 'RoundMoved':
      updateWorkshop(s, d.workshopId, (w) => ({ ...w, rounds: move(w.rounds, w.rounds.findIndex((r) => r.id === d.roundId), d.index) }));
      break;
    case 'RoundStarted':
      updateRound(s, d.workshopId, d.roundId, (r) => ({ ...r, status: 'running', endsAt: d.endsAt, remaining: null }));
      break;
    case 'RoundPaused':
      updateRound(s, d.workshopId, d.roundId, (r) => ({ ...r, status: 'paused', endsAt: null, remaining: d.remaining }));
      break;
    case 'RoundResumed':
      updateRound(s, d.workshopId, d.roundId, (r) => ({ ...r, status: 'running', endsAt: d.endsAt, remaining: null }));
      break;
    case 'RoundExtended':
      updateRound(s, d.workshopId, d.roundId, (r) => ({ ...r, endsAt: d.endsAt ?? null, remaining: d.remaining ?? null }));
      break;
    case 'RoundEnded':
      updateRound(s, d.workshopId, d.roundId, (r) => ({ ...r, status: 'ended', endReason: d.reason, remaining: null }));
      break;
    case 'NoteAdded':
      s.notes = [
        ...s.notes.filter((n) => n.id !== d.noteId),
        {
          id: d.noteId, workshopId: d.workshopId, roundId: d.roundId, authorId: d.authorId ?? '', column: d.column,
          text: d.text ?? '', colour: d.colour, hidden: d.hidden, clusterId: null, placedByHand: false,
          createdAt: at, updatedAt: at, seq: e.seq,
        },
      ];
      break;
    case 'NoteEdited':
      updateNote(s, d.noteId, (n) => ({ ...n, text: d.text ?? n.text, updatedAt: at }));
      break;
    case 'NoteDeleted':
      s.notes = s.notes.filter((n) => n.id !== d.noteId);
      s.votes = s.votes.filter((v) => v.targetId !== d.noteId);
      s.stars = s.stars.filter((x) => x.targetId !== d.noteId);
      break;
    case 'NoteMoved':
      updateNote(s, d.noteId, (n) => ({ ...n, column: d.column, updatedAt: at }));
      break;
    case 'NoteRecoloured':
      updateNote(s, d.noteId, (n) => ({ ...n, colour: d.colour, updatedAt: at }));
      break;
    case 'NotesRevealed':
      for (const revealed of d.notes as Array<{ noteId: string; text: string }>) {
        updateNote(s, revealed.noteId, (n) => ({ ...n, hidden: false, text: revealed.text }));
      }
      break;
    case 'ClusterCreated':
      s.clusters = [...s.clusters, { id: d.clusterId, workshopId: d.workshopId, title: d.title, createdAt: at, titleSuggested: false }];
      placeNotes(s, d.noteIds, d.clusterId, true);
      break;
    case 'ClusterRenamed':
      s.clusters = s.clusters.map((c) => (c.id === d.clusterId ? { ...c, title: d.title, titleSuggested: false } : c));
      break;
    case 'ClustersMerged':
      for (const source of d.sourceIds as string[]) {
        placeNotes(s, s.notes.filter((n) => n.clusterId === source).map((n) => n.id), d.targetId, null);
        retarget(s, source, d.targetId);
        s.clusters = s.clusters.filter((c) => c.id !== source);
      }
      break;
    case 'ClusterSplit': {
      const source = s.clusters.find((c) => c.id === d.sourceId);
      s.clusters = [...s.clusters, { id: d.newClusterId, workshopId: source?.workshopId ?? '', title: d.title, createdAt: at, titleSuggested: false }];
      placeNotes(s, d.noteIds, d.newClusterId, true);
      break;
    }
    case 'NotesPlaced':
      placeNotes(s, d.noteIds, d.clusterId ?? null, true);
      break;
    case 'ClusterDeleted':
      placeNotes(s, s.notes.filter((n) => n.clusterId === d.clusterId).map((n) => n.id), null, null);
      s.clusters = s.clusters.filter((c) => c.id !== d.clusterId);
      s.votes = s.votes.filter((v) => v.targetId !== d.clusterId);
      s.stars = s.stars.filter((x) => x.targetId !== d.clusterId);
      s.pistes = s.pistes.map((p) => (p.clusterId === d.clusterId ? { ...p, clusterId: null } : p));
      break;
    case 'SuggestionAccepted':
      for (const g of d.groups as Array<{ clusterId: string; title: string; noteIds: string[]; named?: boolean }>) {
        // The engine's rule (docs/protocol.md §15): a title the staff did not type or keep stays a suggestion.
        const existing = s.clusters.find((c) => c.id === g.clusterId);
        const suggested = g.title.length > 0 && g.named !== true;
        const cluster: Cluster = existing
          ? g.title === '' || g.title === existing.title ? existing : { ...existing, title: g.title, titleSuggested: suggested }
          : { id: g.clusterId, workshopId: d.workshopId, title: g.title, createdAt: at, titleSuggested: suggested };
        s.clusters = existing ? s.clusters.map((c) => (c.id === g.clusterId ? cluster : c)) : [...s.clusters, cluster];
        placeNotes(s, g.noteIds, g.clusterId, null);
      }
      break;
    case 'VoteCast':
      s.votes = [...s.votes, { workshopId: d.workshopId, roundId: d.roundId, voterId: d.voterId, targetId: d.targetId }];
      break;
    case 'VoteWithdrawn': {
      const i = s.votes.map((v) => `${v.workshopId}|${v.roundId}|${v.voterId}|${v.targetId}`).lastIndexOf(`${d.workshopId}|${d.roundId}|${d.voterId}|${d.targetId}`);
      if (i >= 0) s.votes = s.votes.filter((_, j) => j !== i);
      break;
    }
    case 'RatingGiven':
      s.ratings = [...s.ratings.filter((r) => !(r.workshopId === d.workshopId && r.participantId === d.participantId)), { workshopId: d.workshopId, participantId: d.participantId, value: d.value }];
      break;
    case 'StarSet':
      s.stars = s.stars.filter((x) => !(x.workshopId === d.workshopId && x.targetId === d.targetId));
      if (d.starred) s.stars = [...s.stars, { workshopId: d.workshopId, targetId: d.targetId }];
      break;
    case 'PistePromoted':
      s.pistes = [...s.pistes, { id: d.pisteId, workshopId: d.workshopId, clusterId: d.clusterId ?? null, title: d.title, createdAt: at }];
      break;
    case 'PisteGroupStarted':
      s.pistes = s.pistes.map((p) => (p.id === d.pisteId ? { ...p, groupId: d.groupId } : p));
      break;
    case 'SignedUp':
      s.signUps = [...s.signUps.filter((x) => !(x.pisteId === d.pisteId && x.participantId === d.participantId)), { pisteId: d.pisteId, participantId: d.participantId, contact: d.contact ?? null, at }];
      break;
    case 'SignUpWithdrawn':
      s.signUps = s.signUps.filter((x) => !(x.pisteId === d.pisteId && x.participantId === d.participantId));
      break;
    default:
      break;
  }
  s.version = e.seq;
}
