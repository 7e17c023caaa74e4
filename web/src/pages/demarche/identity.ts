// Who this device is in a démarche: the coordinator's or a named animator's token, kept per démarche so that the
// page opens again without its link. A link's token arrives after '#' (never sent to the server in the address);
// it is moved to the device's storage and taken out of the address bar, so a projected screen does not show it.
// The consoles this device created are remembered too, since only their link opens them again.
import { store, stored, tokenFromLink } from '../../lib/storage';

const tokenKey = (demarcheId: string) => `st:demarche:${demarcheId}:token`;
const consolesKey = (demarcheId: string) => `st:demarche:${demarcheId}:consoles`;

/** The démarche id of /d/ID, or null elsewhere. */
export function demarcheIdFromPath(): string | null {
  const match = /^\/d\/([^/]+)\/?$/.exec(location.pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

/** The token of the link just opened (then kept), else the one this device holds for the démarche. */
export function tokenFor(demarcheId: string): string | null {
  const fromLink = tokenFromLink();
  if (fromLink) store(tokenKey(demarcheId), fromLink);
  return fromLink ?? stored(tokenKey(demarcheId));
}

export function forgetToken(demarcheId: string): void {
  store(tokenKey(demarcheId), null);
}

/** The console links of the soirées created from this device, by soirée id. */
export function knownConsoles(demarcheId: string): Record<string, string> {
  try {
    return JSON.parse(stored(consolesKey(demarcheId)) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

export function rememberConsole(demarcheId: string, sessionId: string, url: string): void {
  store(consolesKey(demarcheId), JSON.stringify({ ...knownConsoles(demarcheId), [sessionId]: url }));
}
