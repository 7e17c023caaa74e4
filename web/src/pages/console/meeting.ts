// A working group's meeting runs in the evening's console: where the console says "soirée", it says "réunion" there.
import { registerDictionaries } from '../../lib/i18n';
import type { Snapshot } from '../../live/model';
import fr from '../../i18n/fr/console-meeting.json';
import en from '../../i18n/en/console-meeting.json';

const meetingFormats = new Set(['atelierCanvas', 'planAction', 'revueEtape']);

/** Switches the console's words to a meeting's when every workshop of the soirée is a group's meeting. */
export function useMeetingWords(s: Snapshot): void {
  if (s.workshops.length > 0 && s.workshops.every((w) => meetingFormats.has(w.format))) registerDictionaries({ fr, en });
}
