// The title a workshop gets when the animator leaves it empty: taken from what they typed (the project, its holder,
// the theme), otherwise the format's name, numbered within its format only when the soirée has several of it.
import { t } from '../../lib/i18n';
import { maxTitle } from './draft';
import type { WorkshopDraft } from './draft';

/** A pitch this short, on one line, reads as the project's name. */
const maxPitchAsTitle = 70;

export function defaultTitle(w: WorkshopDraft, all: readonly WorkshopDraft[]): string {
  const fromContent = contentTitle(w);
  if (fromContent) return fromContent.slice(0, maxTitle);
  const format = t(`format.${w.format}`);
  const same = all.filter((other) => other.format === w.format);
  return same.length > 1 ? `${format} ${same.indexOf(w) + 1}` : format;
}

/** What the board will show: the typed title, or the default one. */
export function titleOf(w: WorkshopDraft, all: readonly WorkshopDraft[]): string {
  return w.title.trim() || defaultTitle(w, all);
}

function contentTitle(w: WorkshopDraft): string | null {
  if (w.format === 'essaimage') return w.name.trim() || null;
  if (w.format === 'acceleration') {
    const pitch = w.pitch.trim();
    if (pitch && pitch.length <= maxPitchAsTitle && !/[\r\n]/.test(pitch)) return pitch.replace(/[.;:!]+$/, '');
    const holder = w.holder.trim();
    return holder ? t('home.title.holder', { holder }) : null;
  }
  const theme = w.theme.trim();
  return theme ? t('home.title.theme', { format: t('format.emergence'), theme }) : null;
}
