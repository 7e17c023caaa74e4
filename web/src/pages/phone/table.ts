// The table: when the workshop followed runs at tables and this person sits at none of its tables, a big choice of
// each table with its workshop comes before anything to write; later, a select at the bottom changes table.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { refusalOf } from '../../live/errors';
import { roomAtTables } from '../../live/model';
import { Section } from '../../lib/render';
import type { Ctx } from './context';
import { sentence } from './text';

function tables(ctx: Ctx): Array<{ id: string; name: string; workshop: string }> {
  const v = ctx.view;
  if (!v) return [];
  return v.s.tables.map((x) => ({ id: x.id, name: x.name, workshop: x.workshopId ? v.s.workshops.find((w) => w.id === x.workshopId)?.title ?? '' : '' }));
}

async function chooseTable(ctx: Ctx, tableId: string | null): Promise<void> {
  const ui = ctx.ui;
  if (ui.tableBusy) return;
  ui.tableBusy = true;
  ui.tableStatus = t('phone.table.saving');
  ctx.refresh();
  try {
    const seq = await ctx.session.invoke('ChooseTable', null, tableId);
    // The choice shows at once: the hall's table choices reach phones batched, a little later.
    const meId = ctx.view?.meId;
    ctx.session.settle(seq, (s) => {
      s.participants = s.participants.map((p) => (p.id === meId ? { ...p, tableId } : p));
    });
    const name = tables(ctx).find((x) => x.id === tableId)?.name;
    ui.tableStatus = name ? t('phone.table.saved', { table: name }) : t('phone.table.savedNone');
  } catch (error) {
    ui.tableStatus = sentence(refusalOf(error));
  }
  ui.tableBusy = false;
  ctx.refresh();
}

/** The big choice, shown instead of the composer until this person sits at a table of the workshop in progress. */
export function tablePickSection(ctx: Ctx): Section {
  const ui = ctx.ui;
  const el = h('section', { class: 'card table-pick', 'data-testid': 'table-pick', 'aria-labelledby': ctx.id('table-pick-heading') });
  const choices = () => {
    const all = tables(ctx);
    const working = all.filter((x) => x.workshop !== '');
    return working.length > 0 ? working : all;
  };
  const signature = () => {
    const v = ctx.view;
    return v?.needsTable && v.open ? JSON.stringify([language(), choices(), v.me?.tableId, ui.tableStatus, ui.tableBusy]) : 'none';
  };
  const build = (): Child[] => {
    const v = ctx.view;
    if (!v?.needsTable || !v.open) return [];
    const current = v.me?.tableId ?? null;
    return [
      h('h2', { id: ctx.id('table-pick-heading') }, t('phone.tablePick.title')),
      h('p', null, current ? t('phone.tablePick.otherTable') : roomAtTables(v.s) ? t('phone.tablePick.text') : t('phone.tablePick.textAhead')),
      h('ul', { class: 'table-options' }, ...choices().map((x) => h('li', null,
        h('button', {
          type: 'button', class: 'table-option', 'data-testid': 'table-option', 'data-table-id': x.id, 'data-key': `table-${x.id}`,
          'aria-pressed': String(x.id === current), disabled: ui.tableBusy,
          onclick: () => void chooseTable(ctx, x.id),
        }, h('span', { class: 'table-name' }, x.name), x.workshop ? h('span', { class: 'table-workshop' }, x.workshop) : null)))),
      h('p', { class: 'hint', role: 'status' }, ui.tableStatus),
    ];
  };
  return new Section(el, signature, build, { hideWhenEmpty: true });
}

/** Changing table later, at the bottom of the page. */
export function tableChangeSection(ctx: Ctx): Section {
  const ui = ctx.ui;
  const el = h('section', { class: 'card table-change', 'aria-labelledby': ctx.id('table-heading') });
  const signature = () => {
    const v = ctx.view;
    if (!v || !v.open || v.needsTable || v.s.tables.length === 0) return 'none';
    return JSON.stringify([language(), v.me?.tableId, tables(ctx), ui.tableStatus, ui.tableBusy]);
  };
  const build = (): Child[] => {
    const v = ctx.view;
    if (!v || !v.open || v.needsTable || v.s.tables.length === 0) return [];
    const selectId = ctx.id('table-change');
    const statusId = ctx.id('table-status');
    const select = h('select', { id: selectId, 'data-testid': 'table-change', 'data-key': 'table-change', 'aria-describedby': statusId },
      h('option', { value: '' }, t('phone.table.none')),
      ...tables(ctx).map((x) => h('option', { value: x.id }, x.workshop ? `${x.name} — ${x.workshop}` : x.name)));
    select.value = v.me?.tableId ?? '';
    select.addEventListener('change', () => void chooseTable(ctx, select.value || null));
    return [
      h('h2', { id: ctx.id('table-heading') }, t('phone.table.title')),
      h('label', { for: selectId }, t('phone.table.label')),
      select,
      h('p', { class: 'hint', id: statusId, role: 'status' }, ui.tableStatus),
    ];
  };
  return new Section(el, signature, build, { hideWhenEmpty: true });
}
