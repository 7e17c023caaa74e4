// A proposal in plain words, for the person who made it and for the coordinator alike: what it says besides its
// title, and what became of it.
import { h, type Child } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { themeLabel } from '../../lib/themes';
import type { Outcome, Proposal } from './model';

/** What a proposal says besides its title: its text, theme, where it comes from, its link, why here, who carries it. */
export function proposalDetails(p: Proposal): Child[] {
  return [
    p.text ? h('p', { class: 'prewrap' }, p.text) : null,
    p.theme ? h('p', { class: 'meta' }, t('proposal.theme'), ' : ', themeLabel(p.theme)) : null,
    p.where ? h('p', { class: 'meta' }, t('proposal.where'), ' : ', p.where) : null,
    p.link ? h('p', { class: 'meta' }, t('proposal.link'), ' : ', h('span', { class: 'url' }, p.link)) : null,
    p.why ? h('p', { class: 'meta' }, t('proposal.why'), ' : ', p.why) : null,
    p.holder ? h('p', { class: 'meta' }, t('proposal.holder'), ' : ', p.holder) : null,
  ];
}

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
