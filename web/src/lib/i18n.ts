// French first, English available: the soirée's language by default, switchable, remembered on this device.
import frCommon from '../i18n/fr/common.json';
import enCommon from '../i18n/en/common.json';

export type Language = 'fr' | 'en';
type Dictionary = Record<string, string>;
// One resource file per page and language; keys are prefixed by page ("phone.…") so files never collide. Every page
// has the common strings; a page adds its own (registerDictionaries), so its bundle carries no other page's strings.
const dictionaries: Record<Language, Dictionary> = { fr: { ...frCommon }, en: { ...enCommon } };
const storageKey = 'st:language';

let current: Language = 'fr';
const listeners: Array<() => void> = [];

/** Adds a page's strings in both languages; the page's entry imports the module that calls this before anything else. */
export function registerDictionaries(added: Record<Language, Dictionary>): void {
  Object.assign(dictionaries.fr, added.fr);
  Object.assign(dictionaries.en, added.en);
}

export function language(): Language {
  return current;
}

/** Picks the language: the one chosen on this device, else the soirée's, else French. */
export function initLanguage(sessionLanguage?: string | null): void {
  const chosen = localStorage.getItem(storageKey);
  setLanguage(chosen === 'fr' || chosen === 'en' ? chosen : sessionLanguage === 'en' ? 'en' : 'fr', false);
}

export function setLanguage(lang: Language, remember = true): void {
  // The same language again (a page that learns its soirée's or démarche's after its first read) rebuilds nothing:
  // a rebuild would close what someone just opened and move what a finger was about to press.
  const changed = lang !== current;
  current = lang;
  document.documentElement.lang = lang;
  if (remember) localStorage.setItem(storageKey, lang);
  if (changed) for (const listener of listeners) listener();
}

export function onLanguageChange(listener: () => void): void {
  listeners.push(listener);
}

/** A string by key, with {name} placeholders filled in. Missing keys show the key, never nothing. */
export function t(key: string, params?: Record<string, string | number>): string {
  const text = dictionaries[current][key] ?? dictionaries.fr[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : text;
}

export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(navigator.language || current, { hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
}

export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat(navigator.language || current, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

/** m:ss for countdowns. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}

/**
 * A refusal in words, on a page whose sentences start with `page` ("group", "demarche", "consultation"): the page's
 * own sentence for the code when it has one, else its "other" sentence with the server's message.
 */
export function refusalIn(page: string, code: string | null, message: string | null): string {
  if (code) {
    const key = `${page}.error.${code}`;
    const text = t(key);
    if (text !== key) return text;
  }
  return t(`${page}.error.other`, { message: message ?? code ?? '' });
}
