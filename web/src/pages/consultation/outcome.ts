// What became of a proposal, in plain words, for the person who made it and for the coordinator alike.
import { t } from '../../lib/i18n';
import type { Outcome } from './model';

export function outcomeText(outcome: Outcome): string {
  switch (outcome.key) {
    case 'soiree':
      return outcome.workshopTitle
        ? t('outcome.soireeWorkshop', { soiree: outcome.soireeTitle ?? '', workshop: outcome.workshopTitle })
        : t('outcome.soiree', { soiree: outcome.soireeTitle ?? '' });
    case 'groupe':
      return t('outcome.groupe', { group: outcome.groupName ?? '' });
    case 'piste':
      return outcome.soireeTitle ? t('outcome.pisteOf', { soiree: outcome.soireeTitle }) : t('outcome.piste');
    case 'retenue':
    case 'nonRetenue':
    case 'recue':
      return t(`outcome.${outcome.key}`);
    default:
      return t('outcome.recue');
  }
}
