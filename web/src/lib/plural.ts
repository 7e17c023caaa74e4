// Counted words, one rule for every page: the language's plural category picks the key's ".one" or ".other" form
// (French says "0 participant", English "0 participants"), and an optional ".zero" form says "none" in words.
import { language, t } from './i18n';

/** The text of `${key}.zero` (when it exists and count is 0), `${key}.one` or `${key}.other`, with {count} filled in. */
export function plural(key: string, count: number, params?: Record<string, string | number>): string {
  const values = { ...params, count };
  if (count === 0) {
    const zero = t(`${key}.zero`, values);
    if (zero !== `${key}.zero`) return zero;
  }
  const form = new Intl.PluralRules(language()).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}`, values);
}
