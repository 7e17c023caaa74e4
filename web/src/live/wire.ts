// What the hub sends, as the pages read it. Over MessagePack the server sends a compact shape (docs/protocol.md §6.1):
// its messages as arrays in a fixed order, and inside event data and snapshots each field name and event type as its
// number in wire-keys.json, the table the server is built with. These functions turn that back into the objects
// the pages use, the same ones a JSON client receives.
import table from './wire-keys.json';
import type { Caller, EventMessage, Snapshot } from './model';

export interface SyncResult {
  me: Caller;
  version: number;
  events: EventMessage[] | null;
  snapshot: Snapshot | null;
  serverNow: number;
}

export interface EventBatch {
  sessionId: string;
  events: EventMessage[];
  serverNow: number;
}

/** Clustering suggestions for one workshop, sent to its staff only (docs/protocol.md §14.4). */
export interface SuggestionBatch {
  sessionId: string;
  workshopId: string;
  version: number;
  granularity: number;
  groups: Array<{ existingClusterId: string | null; label: string; subtitle: string; noteIds: string[] }>;
  /** The notes still to sort, each with the existing cluster it fits best. */
  placements: Array<{ noteId: string; clusterId: string }>;
}

const keys: readonly string[] = table.keys;
const types: readonly string[] = table.types;
const number = /^\d+$/;

/**
 * Event data or a snapshot with its field numbers turned back into names, at every depth. A name the table lacks
 * came as itself; a number from a newer table than this page's stays as it came. Maps on the wire only ever hold
 * field names, never data (ids), so a key made of digits is always a number from the table.
 */
export function expandData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expandData);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  const named: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) named[number.test(key) ? keys[Number(key)] ?? key : key] = expandData(item);
  return named;
}

// A message that is not an array came from a server that sends MessagePack maps (the shape JSON clients get): it is
// already what the pages use.
export function eventBatch(raw: unknown): EventBatch {
  if (!Array.isArray(raw)) return raw as EventBatch;
  const [sessionId, events, serverNow] = raw as [string, unknown[], number];
  return { sessionId, events: events.map(eventMessage), serverNow };
}

export function syncResult(raw: unknown): SyncResult {
  if (!Array.isArray(raw)) return raw as SyncResult;
  const [me, version, events, snapshot, serverNow] = raw as [unknown[], number, unknown[] | null, unknown, number];
  const [sessionId, role, id, tableId] = me as [string, Caller['role'], string, string | null];
  return {
    me: { sessionId, role, id, tableId },
    version,
    events: events ? events.map(eventMessage) : null,
    snapshot: snapshot ? (expandData(snapshot) as Snapshot) : null,
    serverNow,
  };
}

export function suggestionBatch(raw: unknown): SuggestionBatch {
  if (!Array.isArray(raw)) return raw as SuggestionBatch;
  const [sessionId, workshopId, version, granularity, groups, placements] = raw as [string, string, number, number, unknown[][], unknown[][]];
  return {
    sessionId,
    workshopId,
    version,
    granularity,
    groups: groups.map(([existingClusterId, label, subtitle, noteIds]) => ({
      existingClusterId: existingClusterId as string | null,
      label: label as string,
      subtitle: subtitle as string,
      noteIds: noteIds as string[],
    })),
    placements: placements.map(([noteId, clusterId]) => ({ noteId: noteId as string, clusterId: clusterId as string })),
  };
}

function eventMessage(raw: unknown): EventMessage {
  if (!Array.isArray(raw)) return raw as EventMessage;
  const [seq, type, at, data] = raw as [number, number | string, number, unknown];
  return { seq, type: typeof type === 'number' ? types[type] ?? String(type) : type, at, data: expandData(data) as Record<string, unknown> };
}
