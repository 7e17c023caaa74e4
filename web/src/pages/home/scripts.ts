// The default script of each format, read from the server (GET /api/formats, built from the engine's
// DefaultScripts): round ids, names in both languages and default minutes, to show and time the rounds before the
// soirée exists.
import type { Language } from '../../lib/i18n';

export type Format = 'emergence' | 'acceleration' | 'essaimage';

export interface DefaultRound {
  id: string;
  name: Record<Language, string>;
  minutes: number;
}

export const formats: readonly Format[] = ['emergence', 'acceleration', 'essaimage'];

/** Filled by loadDefaultScripts() before the page first renders. */
export const defaultScripts: Record<Format, readonly DefaultRound[]> = { emergence: [], acceleration: [], essaimage: [] };

export async function loadDefaultScripts(): Promise<void> {
  const response = await fetch('/api/formats', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/formats: ${response.status}`);
  const scripts = (await response.json()) as Record<Format, DefaultRound[]>;
  for (const format of formats) defaultScripts[format] = scripts[format] ?? [];
}

/** Round timings the server accepts at creation (WorkshopSpec.roundMinutes). */
export const minRoundMinutes = 1;
export const maxRoundMinutes = 240;
