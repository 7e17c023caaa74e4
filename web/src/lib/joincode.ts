// Join codes as people type them: 8 characters from an alphabet without look-alikes (docs/protocol.md §2), any
// case, with or without the dash and spaces. The server accepts the same forms; checking here saves a wrong-code
// round trip (and a failed attempt counted against the hall's address).
export const joinCodeAlphabet = 'ACDEFGHJKMNPQRTUVWXY3467';
export const joinCodeLength = 8;

/** The canonical code (upper case, no separators), or null when what was typed cannot be a code. */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.replace(/[\s\u00a0-]/g, '').toUpperCase();
  if (code.length !== joinCodeLength) return null;
  for (const c of code) if (!joinCodeAlphabet.includes(c)) return null;
  return code;
}

/** ABCD-EFGH, as the board shows it. */
export function displayJoinCode(code: string): string {
  return code.length === joinCodeLength ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
