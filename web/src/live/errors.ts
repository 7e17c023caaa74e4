// Hub refusals arrive as "… HubException: code: message" (docs/protocol.md §19); pages switch on the code.

export interface Refusal {
  code: string;
  message: string;
}

const pattern = /HubException: ([a-z_]+\.[a-z_.]+): ?(.*)$/s;

/** The refusal inside a failed invocation, or null when the failure was the connection's, not a refusal. */
export function refusalOf(error: unknown): Refusal | null {
  const text = error instanceof Error ? error.message : String(error);
  const match = pattern.exec(text);
  return match ? { code: match[1], message: match[2] } : null;
}

/** Refusals worth trying again later: nothing was saved, and nothing was decided against the command. */
export function isTransient(refusal: Refusal | null): boolean {
  return refusal === null || refusal.code === 'store.unavailable' || refusal.code === 'server.error' || refusal.code === 'rate.limited';
}
