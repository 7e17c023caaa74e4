// Plain-language explanations of the server's refusal codes (docs/protocol.md §19.2).
import { t } from '../../lib/i18n';
import type { Refusal } from '../../live/errors';

const known = new Set([
  'auth.forbidden', 'input.invalid', 'input.not_found', 'input.already_exists', 'input.wrong_workshop',
  'session.not_found', 'session.state', 'session.joining_locked', 'round.state', 'round.closed',
  'round.deadline_passed', 'note.column_not_allowed', 'note.empty', 'note.too_long', 'vote.budget_exhausted',
  'vote.cap_reached', 'vote.none', 'store.unavailable', 'server.error', 'rate.limited',
]);

/** The reason, in a sentence, for a refusal (or for a failure of the connection when there is no refusal). */
export function reason(refusal: Refusal | null): string {
  if (!refusal) return t('phone.error.network');
  return known.has(refusal.code) ? t(`phone.error.${refusal.code}`) : t('phone.error.other');
}

/** Shortens a note's text for a message. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The reason as a sentence of its own. */
export function sentence(refusal: Refusal | null): string {
  const text = reason(refusal);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
