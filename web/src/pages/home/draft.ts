// What the animator has typed, kept across re-rendering (language switch, adding, moving, removing, folding).
import { newId } from '../../lib/ids';
import { defaultScripts } from './scripts';
import type { Format } from './scripts';

export interface WorkshopDraft {
  id: string;
  format: Format;
  title: string;
  challenge: string;
  theme: string;
  holder: string;
  pitch: string;
  needs: string;
  name: string;
  origin: string;
  description: string;
  successFactors: string;
  minutes: Record<string, string>;
}

/** A table runs one workshop, at the same time as the other tables; its workshop is named by draft id. */
export interface TableDraft {
  id: string;
  name: string;
  workshopId: string;
}

export interface Draft {
  title: string;
  anonymous: boolean;
  openNow: boolean;
  /** The ready-made run-of-show the animator started from, if any. */
  preset: string | null;
  workshops: WorkshopDraft[];
  tables: TableDraft[];
}

export const maxTitle = 160;
export const maxLongText = 2000;
export const maxSuccessFactors = 20;
export const maxWorkshops = 50;
export const maxTables = 60;
export const maxTableName = 80;

export function emptyDraft(): Draft {
  return { title: '', anonymous: false, openNow: true, preset: null, workshops: [], tables: [] };
}

export function newWorkshop(format: Format): WorkshopDraft {
  const minutes: Record<string, string> = {};
  for (const round of defaultScripts[format]) minutes[round.id] = String(round.minutes);
  return {
    id: newId('w'), format, title: '', challenge: '', theme: '', holder: '', pitch: '', needs: '',
    name: '', origin: '', description: '', successFactors: '', minutes,
  };
}

/** Whether anything was typed in the workshop (a preset switch keeps such drafts aside rather than losing them). */
export function hasContent(w: WorkshopDraft): boolean {
  const typed = [w.title, w.challenge, w.theme, w.holder, w.pitch, w.needs, w.name, w.origin, w.description, w.successFactors];
  return typed.some((text) => text.trim().length > 0)
    || defaultScripts[w.format].some((round) => w.minutes[round.id] !== String(round.minutes));
}

export function splitLines(value: string): string[] {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
}

/** The workshop's rounds in minutes, as typed, summed (what is not a positive number counts for nothing). */
export function totalMinutes(w: WorkshopDraft): number {
  let sum = 0;
  for (const round of defaultScripts[w.format]) {
    const value = Number(w.minutes[round.id]);
    sum += Number.isFinite(value) && value > 0 ? value : 0;
  }
  return sum;
}
