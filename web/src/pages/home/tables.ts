// Tables: the room splits into groups seated around tables, each table with its co-animator runs its own workshop at
// the same time as the others, then everyone comes back together. A workshop without a table is for the whole room.
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import { newId } from '../../lib/ids';
import { derived, refreshDerived } from './derived';
import { maxTableName, maxTables } from './draft';
import type { Draft, TableDraft, WorkshopDraft } from './draft';
import { errors, selectField, textField } from './fields';
import { fold, keepOpen } from './folds';
import { defaultTableName } from './presets';
import { titleOf } from './titles';
import { required } from './validation';

/** The tables that run a workshop, by the names typed so far. */
export function tablesOf(w: WorkshopDraft, draft: Draft): TableDraft[] {
  return draft.tables.filter((table) => table.workshopId === w.id);
}

/** "toute la salle (plénière)" or "aux tables : Table 1, Table 2", never silent. */
export function whereText(w: WorkshopDraft, draft: Draft): string {
  const names = tablesOf(w, draft).map((table) => table.name.trim() || defaultTableName(draft.tables.indexOf(table)));
  if (names.length === 0) return t('home.where.plenary');
  return plural('home.where.tables', names.length, { names: names.join(', ') });
}

export function tablesSection(draft: Draft, render: (focusId?: string) => void): HTMLElement {
  const add = h('button', {
    type: 'button', class: 'secondary small', id: 'add-table', 'data-testid': 'add-table', disabled: draft.tables.length >= maxTables,
    onclick: () => {
      const taken = new Set(draft.tables.map((table) => table.workshopId));
      const table: TableDraft = {
        id: newId('t'),
        name: defaultTableName(draft.tables.length),
        workshopId: draft.workshops.find((w) => !taken.has(w.id))?.id ?? '',
      };
      draft.tables.push(table);
      // The new row shows at once, in the tables' fold.
      keepOpen('tables-more');
      render(`${table.id}-name`);
    },
  }, `+ ${t('home.tables.add')}`);
  return h('section', { class: 'panel tables', 'aria-labelledby': 'tables-heading' },
    h('h2', { id: 'tables-heading' }, t('home.tables.heading')),
    h('p', { class: 'hint' }, t('home.tables.hint')),
    draft.tables.length > 0
      ? fold('tables-more', plural('home.more.tables', draft.tables.length),
        h('ul', { class: 'table-list' }, ...draft.tables.map((table, i) => h('li', null, tableRow(draft, table, i, render)))),
        add)
      : add);
}

function tableRow(draft: Draft, table: TableDraft, index: number, render: (focusId?: string) => void): HTMLElement {
  const label = t('home.tables.position', { n: index + 1 });
  const workshop = selectField({
    id: `${table.id}-workshop`, testid: 'table-workshop', label: t('home.tables.workshop', { n: index + 1 }), value: table.workshopId,
    options: workshopChoices(draft),
    onChange: (v) => {
      table.workshopId = v;
      refreshDerived();
    },
  });
  derived(() => {
    workshopChoices(draft).forEach((choice, i) => {
      const option = workshop.select.options[i];
      if (option && option.value === choice.value) option.textContent = choice.label;
    });
  });
  return h('div', { class: 'table-form', 'data-testid': 'table-form', 'data-table-id': table.id, role: 'group', 'aria-label': label },
    textField({
      id: `${table.id}-name`, testid: 'table-name', label: t('home.tables.name', { n: index + 1 }), value: table.name, required: true, maxLength: maxTableName,
      onInput: (v) => {
        table.name = v;
        refreshDerived();
      },
      validate: () => required(table.name, t('home.error.tableName'), maxTableName),
    }),
    workshop.element,
    h('button', {
      type: 'button', class: 'secondary small remove', 'data-testid': 'remove-table', 'aria-label': t('home.tables.removeLabel', { n: index + 1 }),
      onclick: () => {
        draft.tables.splice(index, 1);
        errors.delete(`${table.id}-name`);
        render(draft.tables[index] ? `${draft.tables[index].id}-name` : 'add-table');
      },
    }, t('home.tables.remove')));
}

function workshopChoices(draft: Draft): Array<{ value: string; label: string }> {
  return [
    { value: '', label: t('home.tables.noWorkshop') },
    ...draft.workshops.map((w, i) => ({ value: w.id, label: `${i + 1}. ${titleOf(w, draft.workshops)} (${t(`format.${w.format}`)})` })),
  ];
}
