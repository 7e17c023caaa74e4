// Who this device is in each group: the token of a seat, a membership or an invitation, kept per group so that the
// space opens again without its link. A link's token arrives after '#' (never sent to the server in the address);
// it is moved to the device's storage and taken out of the address bar, so a shared screen does not show it.
import { store, stored, tokenFromLink } from '../../lib/storage';

const tokenKey = (groupId: string) => `st:group:${groupId}:token`;
const seenKey = (groupId: string) => `st:group:${groupId}:seen`;

export type Route = { kind: 'space'; groupId: string } | { kind: 'join'; code: string } | { kind: 'unknown' };

export function route(): Route {
  const space = /^\/gr\/([^/]+)\/?$/.exec(location.pathname);
  if (space) return { kind: 'space', groupId: decodeURIComponent(space[1]) };
  const join = /^\/g\/([^/]+)\/?$/.exec(location.pathname);
  if (join) return { kind: 'join', code: decodeURIComponent(join[1]) };
  return { kind: 'unknown' };
}

/** The token of the link just opened (then kept), else the one this device holds for the group. */
export function tokenFor(groupId: string): string | null {
  const fromLink = tokenFromLink();
  if (fromLink && fromLink !== stored(tokenKey(groupId))) keepToken(groupId, fromLink);
  return fromLink ?? stored(tokenKey(groupId));
}

/** A new identity on this device (joined, or a new link): what it had seen as someone else no longer counts. */
export function keepToken(groupId: string, token: string): void {
  store(tokenKey(groupId), token);
  store(seenKey(groupId), null);
}

export function forgetToken(groupId: string): void {
  store(tokenKey(groupId), null);
}

/** The version of the group this device had seen at the end of its last visit (0: never). */
export function seenVersion(groupId: string): number {
  const value = Number(stored(seenKey(groupId)));
  return Number.isFinite(value) && value > 0 ? value : 0;
}

export function markSeen(groupId: string, version: number): void {
  store(seenKey(groupId), String(version));
}
