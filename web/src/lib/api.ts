// The HTTP side of the server: creating a soirée, resolving and using a join code, links, snapshots.

export interface ApiError {
  code: string;
  message: string;
}

export class RequestFailed extends Error {
  constructor(public readonly status: number, public readonly code: string, message: string) {
    super(message);
  }
}

/** A JSON call to the server; a refusal is thrown as RequestFailed with the server's code and message. */
export async function call<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

/** The refusal a response carries (an ApiError body), or its bare status. */
async function failure(response: Response): Promise<RequestFailed> {
  let error: ApiError = { code: `http.${response.status}`, message: response.statusText };
  try {
    error = (await response.json()) as ApiError;
  } catch {
    // Not JSON: keep the status.
  }
  return new RequestFailed(response.status, error.code, error.message);
}

export interface WorkshopSpec {
  id?: string;
  format: 'emergence' | 'acceleration' | 'essaimage';
  title: string;
  challenge?: string;
  theme?: string;
  holder?: string;
  pitch?: string;
  needs?: string;
  name?: string;
  originTerritory?: string;
  description?: string;
  successFactors?: string[];
}

export interface CreateSessionRequest {
  title: string;
  language: string;
  anonymous: boolean;
  open: boolean;
  workshops: WorkshopSpec[];
  tables: Array<{ name: string; workshop: number | null }>;
}

export interface CreatedSession {
  sessionId: string;
  joinCode: string;
  joinCodeDisplay: string;
  joinUrl: string;
  animatorToken: string;
  animatorUrl: string;
  version: number;
}

export interface JoinInfo {
  sessionId: string;
  title: string;
  language: string;
  state: string;
  joiningLocked: boolean;
  tables: Array<{ id: string; name: string }>;
}

export interface Joined {
  sessionId: string;
  participantId: string;
  token: string;
  version: number;
}

export interface CreatedLink {
  role: string;
  token: string;
  url: string;
  tableId: string | null;
  version: number;
}

/** A secret link of a working group (a seat or a personal invitation) with its QR code, shown once. */
export interface GroupLink {
  kind: string;
  label: string;
  url: string;
  qrSvg: string;
  seat: number | null;
  invitationId: string | null;
}

export interface CreatedGroup {
  groupId: string;
  name: string;
  joinCode: string;
  joinUrl: string;
  seats: GroupLink[];
  invitations: GroupLink[];
  version: number;
}

export interface GroupSummary {
  groupId: string;
  name: string;
  pisteId: string;
  joinCode: string;
  members: number;
  openInvitations: number;
  stage: string;
}

/** A file made by the server, fetched with the token in the Authorization header (never in the address). */
export async function fetchFile(path: string, token: string): Promise<{ blob: Blob; fileName: string }> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw await failure(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename="?([^";]+)"?/.exec(disposition);
  return { blob: await response.blob(), fileName: match ? match[1] : 'export' };
}

export const api = {
  exportFile: (sessionId: string, token: string, format: string) =>
    fetchFile(`/api/sessions/${encodeURIComponent(sessionId)}/export/${encodeURIComponent(format)}`, token),
  deleteSession: async (sessionId: string, token: string): Promise<void> => {
    const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw await failure(response);
  },
  createSession: (request: CreateSessionRequest) => call<CreatedSession>('POST', '/api/sessions', request),
  resolveJoinCode: (code: string) => call<JoinInfo>('GET', `/api/join/${encodeURIComponent(code)}`),
  join: (code: string, nickname: string, tableId: string | null, joinId: string) =>
    call<Joined>('POST', `/api/join/${encodeURIComponent(code)}`, { nickname, tableId, joinId }),
  boardLink: (sessionId: string, token: string, tableId: string | null) =>
    call<CreatedLink>('POST', `/api/sessions/${encodeURIComponent(sessionId)}/links/board`, { tableId }, token),
  coAnimatorLink: (sessionId: string, token: string, tableId: string) =>
    call<CreatedLink>('POST', `/api/sessions/${encodeURIComponent(sessionId)}/links/coanimator`, { tableId }, token),
  /** Adds someone without a phone (the staff posts for them) and returns a participant token for them. */
  addAssisted: (sessionId: string, token: string, participantId: string, nickname: string, tableId: string | null) =>
    call<Joined>('POST', `/api/sessions/${encodeURIComponent(sessionId)}/assisted`, { participantId, nickname, tableId }, token),
  /** A fresh participant token for someone without a phone already added (after the console was reopened). */
  assistedToken: (sessionId: string, token: string, participantId: string) =>
    call<Joined>('POST', `/api/sessions/${encodeURIComponent(sessionId)}/assisted/${encodeURIComponent(participantId)}/token`, {}, token),
  createScratchGroup: (name: string, promise: string | null, language: string) => call<CreatedGroup>('POST', '/api/groups', { name, promise, language }),
  createGroup: (sessionId: string, token: string, pisteId: string) =>
    call<CreatedGroup>('POST', `/api/sessions/${encodeURIComponent(sessionId)}/groups`, { pisteId }, token),
  groups: (sessionId: string, token: string) => call<GroupSummary[]>('GET', `/api/sessions/${encodeURIComponent(sessionId)}/groups`, undefined, token),
  /** A new link for a seat of a group born from this evening; the seat's earlier link stops working. */
  groupSeatLink: (sessionId: string, token: string, groupId: string, seat: number) =>
    call<GroupLink>('POST', `/api/sessions/${encodeURIComponent(sessionId)}/groups/${encodeURIComponent(groupId)}/seats/${seat}`, {}, token),
  groupInvitationLinks: (sessionId: string, token: string, groupId: string) =>
    call<GroupLink[]>('POST', `/api/sessions/${encodeURIComponent(sessionId)}/groups/${encodeURIComponent(groupId)}/invitations/links`, {}, token),
  serverAddresses: () => call<{ current: string; lan: string[] }>('GET', '/api/server/addresses'),
  qrSvg: async (code: string): Promise<string> => {
    const response = await fetch(`/api/join/${encodeURIComponent(code)}/qr.svg`);
    if (!response.ok) throw new RequestFailed(response.status, 'qr.unavailable', response.statusText);
    return response.text();
  },
};
