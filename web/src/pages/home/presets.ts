// Ready-made run-of-shows: a whole standard soirée in one choice, with each format's default rounds, then adjusted.
// Switching from one to another keeps what was typed: a workshop of the same format is reused, in order.
import { newId } from '../../lib/ids';
import { t } from '../../lib/i18n';
import { hasContent, newWorkshop } from './draft';
import type { Draft, TableDraft, WorkshopDraft } from './draft';
import type { Format } from './scripts';

export interface Preset {
  id: string;
  workshops: readonly Format[];
  /** For each table, the index of its workshop in `workshops`. */
  tables: readonly number[];
}

export const presets: readonly Preset[] = [
  { id: 'complete', workshops: ['emergence', 'acceleration', 'essaimage'], tables: [] },
  { id: 'tables', workshops: ['emergence', 'acceleration', 'essaimage'], tables: [0, 1, 2] },
  { id: 'emergence', workshops: ['emergence'], tables: [] },
  { id: 'custom', workshops: [], tables: [] },
];

/** Typed workshops set aside by a preset switch, so that switching back finds them again. */
const setAside: WorkshopDraft[] = [];

export function defaultTableName(index: number): string {
  return t('home.tables.defaultName', { n: index + 1 });
}

export function applyPreset(draft: Draft, preset: Preset): void {
  const available = [...draft.workshops, ...setAside];
  const workshops = preset.workshops.map((format) => {
    const index = available.findIndex((w) => w.format === format);
    return index >= 0 ? available.splice(index, 1)[0] : newWorkshop(format);
  });
  setAside.splice(0, setAside.length, ...available.filter(hasContent));
  const tables: TableDraft[] = preset.tables.map((workshopIndex, i) => ({
    id: draft.tables[i]?.id ?? newId('t'),
    name: draft.tables[i]?.name ?? defaultTableName(i),
    workshopId: workshops[workshopIndex].id,
  }));
  draft.preset = preset.id;
  draft.workshops = workshops;
  draft.tables = tables;
}

export function forgetSetAside(): void {
  setAside.splice(0, setAside.length);
}
