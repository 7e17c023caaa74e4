// The default script of each format, mirrored from src/WorkshopEngine/Formats/DefaultScripts.cs (docs/protocol.md §18):
// round ids, names in both languages and default minutes. Only used to show and time the rounds before creation;
// the server gives each workshop its real script.
import type { Language } from '../../lib/i18n';

export type Format = 'emergence' | 'acceleration' | 'essaimage';

export interface DefaultRound {
  id: string;
  name: Record<Language, string>;
  minutes: number;
}

export const formats: readonly Format[] = ['emergence', 'acceleration', 'essaimage'];

export const defaultScripts: Record<Format, readonly DefaultRound[]> = {
  emergence: [
    { id: 'cadrage', name: { fr: 'Cadrage', en: 'Framing' }, minutes: 2 },
    { id: 'ideation', name: { fr: 'Idéation silencieuse', en: 'Silent ideation' }, minutes: 6 },
    { id: 'regroupement', name: { fr: 'Révélation et regroupement', en: 'Reveal and clustering' }, minutes: 8 },
    { id: 'vote', name: { fr: 'Vote', en: 'Vote' }, minutes: 3 },
    { id: 'pistes', name: { fr: 'Pistes', en: 'Candidate activities' }, minutes: 5 },
  ],
  acceleration: [
    { id: 'pitch', name: { fr: 'Pitch', en: 'Pitch' }, minutes: 3 },
    { id: 'questions', name: { fr: 'Questions', en: 'Questions' }, minutes: 4 },
    { id: 'enrichissement', name: { fr: 'Enrichissement', en: 'Enrichment' }, minutes: 8 },
    { id: 'tri', name: { fr: 'Tri', en: 'Sorting' }, minutes: 4 },
    { id: 'engagements', name: { fr: 'Engagements', en: 'Sign-ups' }, minutes: 3 },
  ],
  essaimage: [
    { id: 'presentation', name: { fr: 'Présentation', en: 'Presentation' }, minutes: 4 },
    { id: 'transposition', name: { fr: 'Transposition', en: 'Transposition' }, minutes: 8 },
    { id: 'regroupement', name: { fr: 'Regroupement', en: 'Clustering' }, minutes: 5 },
    { id: 'faisabilite', name: { fr: 'Faisabilité', en: 'Feasibility' }, minutes: 3 },
    { id: 'qui-porte', name: { fr: 'Qui porte ?', en: 'Who carries it?' }, minutes: 3 },
  ],
};

/** Round timings the server accepts at creation (WorkshopSpec.roundMinutes). */
export const minRoundMinutes = 1;
export const maxRoundMinutes = 240;
