// The checks the server makes at creation (docs/protocol.md §13.1), made here first so that every refusal names the
// field to correct.
import { t } from '../../lib/i18n';
import { maxSuccessFactors, maxTitle, splitLines } from './draft';
import { maxRoundMinutes, minRoundMinutes } from './scripts';

export function required(value: string, message: string, max: number): string | null {
  const text = value.trim();
  if (text.length === 0) return message;
  if (text.length > max) return t('home.error.tooLong', { max });
  return null;
}

export function optional(value: string, max: number): string | null {
  return value.trim().length > max ? t('home.error.tooLong', { max }) : null;
}

export function minutesError(value: string): string | null {
  const text = value.trim();
  const message = t('home.error.minutes', { min: minRoundMinutes, max: maxRoundMinutes });
  if (!/^\d+$/.test(text)) return message;
  const n = Number(text);
  return n < minRoundMinutes || n > maxRoundMinutes ? message : null;
}

export function successFactorsError(value: string): string | null {
  const lines = splitLines(value);
  if (lines.length > maxSuccessFactors) return t('home.error.tooManyFactors', { max: maxSuccessFactors });
  return lines.some((line) => line.length > maxTitle) ? t('home.error.factorTooLong', { max: maxTitle }) : null;
}
