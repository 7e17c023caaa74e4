// The seed's themes of work, by the keys the server keeps (Portfolio/Themes.cs); their words are in the common
// dictionaries ("theme.<key>"), so every page names them alike. A group may also name its own theme in free text.
import { t } from './i18n';

export const themeKeys = [
  'economieCirculaire', 'circuitsCourts', 'transformationAlimentaire', 'energiesRenouvelables', 'relocalisation',
  'creationArtistique', 'servicesPersonne', 'tourismeDurable', 'autre',
] as const;
export type ThemeKey = (typeof themeKeys)[number];

export function isThemeKey(value: string | null | undefined): value is ThemeKey {
  return (themeKeys as readonly string[]).includes(value ?? '');
}

/** A theme in words: the seed theme's label for a key, the group's own words otherwise. */
export function themeLabel(theme: string | null | undefined): string {
  if (!theme) return t('theme.none');
  return isThemeKey(theme) ? t(`theme.${theme}`) : theme;
}
