// "Mes soirées récentes": the animator links of soirées created in this browser, kept in localStorage only, so the
// animator can find their console again from this device. Nothing of it is sent anywhere.

export interface RecentSession {
  sessionId: string;
  title: string;
  createdAt: number;
  animatorUrl: string;
  joinCodeDisplay: string;
}

const storageKey = 'st:home:recent';
const maxEntries = 20;

export function loadRecent(): RecentSession[] {
  try {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isRecent).slice(0, maxEntries);
  } catch {
    return [];
  }
}

export function rememberSession(entry: RecentSession): void {
  const others = loadRecent().filter((e) => e.sessionId !== entry.sessionId);
  save([entry, ...others].slice(0, maxEntries));
}

export function forgetSession(sessionId: string): void {
  save(loadRecent().filter((e) => e.sessionId !== sessionId));
}

function save(entries: RecentSession[]): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(entries));
  } catch {
    // Storage full or disabled (private browsing): the link is still shown once on the page.
  }
}

function isRecent(value: unknown): value is RecentSession {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.sessionId === 'string' && typeof v.title === 'string' && typeof v.createdAt === 'number'
    && typeof v.animatorUrl === 'string' && /^https?:\/\//.test(v.animatorUrl) && typeof v.joinCodeDisplay === 'string';
}
