// One workshop of the run-of-show: the one field that matters open (the défi; the project and its holder; the
// project to spread), what the screen will call it and where it happens always in view, the rest folded.
import { h } from '../../lib/dom';
import type { Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { derived, refreshDerived } from './derived';
import { maxLongText, maxTitle, totalMinutes } from './draft';
import type { Draft, WorkshopDraft } from './draft';
import { numberField, textField } from './fields';
import { fold } from './folds';
import { defaultScripts, maxRoundMinutes, minRoundMinutes } from './scripts';
import { tablesOf, whereText } from './tables';
import { defaultTitle, titleOf } from './titles';
import { minutesError, optional, required, successFactorsError } from './validation';

type TextKey = 'challenge' | 'theme' | 'holder' | 'pitch' | 'needs' | 'name' | 'origin' | 'description' | 'successFactors';

export interface WorkshopActions {
  move: (index: number, delta: number) => void;
  remove: (index: number) => void;
}

export function workshopCard(draft: Draft, w: WorkshopDraft, index: number, actions: WorkshopActions): HTMLElement {
  const count = draft.workshops.length;
  const position = t('home.workshop.position', { n: index + 1, format: t(`format.${w.format}`) });
  const headingId = `${w.id}-heading`;
  const field = (key: TextKey, testid: string, opts: { multiline?: boolean; rows?: number; required?: string; max: number; hint?: string; validate?: () => string | null }) =>
    textField({
      id: `${w.id}-${testid}`, testid, label: t(`home.field.${key}`), value: w[key], maxLength: key === 'successFactors' ? undefined : opts.max,
      multiline: opts.multiline, rows: opts.rows, required: Boolean(opts.required), hint: opts.hint,
      onInput: (v) => {
        w[key] = v;
        refreshDerived();
      },
      validate: opts.validate ?? (() => opts.required ? required(w[key], opts.required, opts.max) : optional(w[key], opts.max)),
    });

  let main: Child[];
  let more: Child[];
  if (w.format === 'emergence') {
    main = [field('challenge', 'challenge', { multiline: true, rows: 2, required: t('home.error.challenge'), max: maxLongText })];
    more = [field('theme', 'theme', { max: maxTitle, hint: t('home.field.themeHint') })];
  } else if (w.format === 'acceleration') {
    main = [h('div', { class: 'pair' },
      field('pitch', 'pitch', { multiline: true, rows: 2, required: t('home.error.pitch'), max: maxLongText }),
      field('holder', 'holder', { max: maxTitle }))];
    more = [field('needs', 'needs', { multiline: true, rows: 2, max: maxLongText, hint: t('home.field.needsHint') })];
  } else {
    main = [field('name', 'name', { required: t('home.error.name'), max: maxTitle })];
    more = [
      field('origin', 'origin', { max: maxTitle, hint: t('home.field.originHint') }),
      field('description', 'description', { multiline: true, rows: 3, max: maxLongText }),
      field('successFactors', 'success-factors', { multiline: true, rows: 3, max: maxTitle, hint: t('home.field.successFactorsHint'), validate: () => successFactorsError(w.successFactors) }),
    ];
  }

  const titleField = textField({
    id: `${w.id}-title`, testid: 'workshop-title', label: t('home.field.workshopTitle'), value: w.title, maxLength: maxTitle,
    hint: t('home.field.workshopTitleHint', { example: defaultTitle(w, draft.workshops) }),
    onInput: (v) => {
      w.title = v;
      refreshDerived();
    },
    validate: () => optional(w.title, maxTitle),
  });
  const titleHint = titleField.querySelector('.hint');
  derived(() => {
    if (titleHint) titleHint.textContent = t('home.field.workshopTitleHint', { example: defaultTitle(w, draft.workshops) });
  });

  const screenTitle = h('span', { class: 'screen-title', 'data-testid': 'screen-title' });
  const where = h('span', { class: 'where-text', 'data-testid': 'workshop-where-text' });
  const whereLine = h('span', { class: 'where', 'data-testid': 'workshop-where' }, h('span', { class: 'label' }, t('home.where.label')), ' ', where);
  const summary = h('span', null);
  derived(() => {
    screenTitle.textContent = titleOf(w, draft.workshops);
    where.textContent = whereText(w, draft);
    whereLine.dataset.where = tablesOf(w, draft).length > 0 ? 'tables' : 'plenary';
    summary.textContent = t(`home.more.${w.format}`, { minutes: totalMinutes(w) });
  });

  return h('article', { class: `workshop-form ${w.format}`, 'data-testid': 'workshop-form', 'data-workshop-id': w.id, 'data-format': w.format, 'aria-labelledby': headingId },
    h('div', { class: 'workshop-head' },
      h('h3', { id: headingId }, position),
      h('p', { class: 'workshop-meta' },
        h('span', { class: 'on-screen' }, h('span', { class: 'label' }, t('home.workshop.onScreen')), ' ', screenTitle),
        whereLine)),
    ...main,
    h('div', { class: 'workshop-foot' },
      fold(`${w.id}-more`, summary, titleField, ...more, roundsFieldset(w)),
      h('div', { class: 'workshop-tools', role: 'group', 'aria-label': t('home.workshop.tools', { position }) },
        h('button', { type: 'button', class: 'secondary small', id: `${w.id}-up`, 'data-testid': 'move-up', disabled: index === 0,
          'aria-label': t('home.workshop.moveUpLabel', { position }), onclick: () => actions.move(index, -1) }, '↑'),
        h('button', { type: 'button', class: 'secondary small', id: `${w.id}-down`, 'data-testid': 'move-down', disabled: index === count - 1,
          'aria-label': t('home.workshop.moveDownLabel', { position }), onclick: () => actions.move(index, 1) }, '↓'),
        h('button', { type: 'button', class: 'secondary small remove', 'data-testid': 'remove-workshop',
          'aria-label': t('home.workshop.removeLabel', { position }), onclick: () => actions.remove(index) }, t('home.workshop.remove')))));
}

function roundsFieldset(w: WorkshopDraft): HTMLElement {
  const lang = language();
  const total = h('p', { class: 'total', 'aria-live': 'polite' });
  derived(() => {
    total.textContent = t('home.rounds.total', { minutes: totalMinutes(w) });
  });
  const rows = defaultScripts[w.format].map((round) => numberField({
    id: `${w.id}-minutes-${round.id}`,
    label: round.name[lang],
    value: w.minutes[round.id] ?? String(round.minutes),
    min: minRoundMinutes,
    max: maxRoundMinutes,
    unit: t('home.rounds.unit'),
    hint: t('home.rounds.default', { minutes: round.minutes }),
    attributes: { 'data-testid': 'round-minutes', 'data-round-id': round.id },
    onInput: (v) => {
      w.minutes[round.id] = v;
      refreshDerived();
    },
    validate: () => minutesError(w.minutes[round.id] ?? ''),
  }));
  return h('fieldset', { class: 'rounds' },
    h('legend', null, t('home.rounds.legend')),
    h('p', { class: 'hint' }, t('home.rounds.hint', { min: minRoundMinutes, max: maxRoundMinutes })),
    ...rows,
    total);
}
