// The device's storage as the pages use it: a text by key, or nothing. Storage may be denied (private browsing, a
// full quota): reading then finds nothing and writing does nothing, and the page works for this visit with what it
// holds in memory.

export function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps a text under a key; null takes it away. */
export function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Denied: see above.
  }
}

/**
 * The token a secret link carries after '#' (never sent to the server in the address), taken out of the address bar
 * so that a projected or shared screen does not show it; null when the address has none.
 */
export function tokenFromLink(): string | null {
  const token = location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : null;
  if (token) history.replaceState(null, '', location.pathname + location.search);
  return token;
}
