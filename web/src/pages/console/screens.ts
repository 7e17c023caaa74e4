// The screens: the room's board, opened in a window of its own in one click (its link is made afresh each time, so
// reopening the console never loses it), what it shows, and each table's screen and co-animator link. Links carry
// secret keys: they are never shown unless asked for, and never while the room may be watching (secret.ts).
import { api } from '../../lib/api';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { confirmButton } from '../../lib/confirm';
import { act, describeFailure, isCoAnimator, myTable, say, type Ctx } from './context';
import { copySecret, presenting, secret } from './secret';

/** Makes a board link (for a table, or the room's when null) and opens it in its own window. */
export async function openScreen(ctx: Ctx, tableId: string | null): Promise<void> {
  // Opened at once, inside the click, so that popup blockers let it through; the address follows once made.
  const target = window.open('', tableId ? `st-board-${tableId}` : 'st-board');
  try {
    const link = await api.boardLink(ctx.sessionId, ctx.token, tableId);
    ctx.ui.boardLinks.set(tableId ?? '', link.url);
    if (target) {
      target.location.href = link.url;
      say(ctx, t(tableId ? 'console.screens.openedTable' : 'console.screens.opened'), 'info');
    } else {
      say(ctx, t('console.screens.blocked'), 'error');
    }
    ctx.refresh();
  } catch (error) {
    target?.close();
    say(ctx, describeFailure(error));
  }
}

async function makeLink(ctx: Ctx, tableId: string | null): Promise<void> {
  try {
    const link = await api.boardLink(ctx.sessionId, ctx.token, tableId);
    ctx.ui.boardLinks.set(tableId ?? '', link.url);
    ctx.refresh();
  } catch (error) {
    say(ctx, describeFailure(error));
  }
}

async function makeCoAnimator(ctx: Ctx, tableId: string): Promise<void> {
  try {
    const link = await api.coAnimatorLink(ctx.sessionId, ctx.token, tableId);
    ctx.ui.coAnimatorUrls.set(tableId, link.url);
    ctx.refresh();
  } catch (error) {
    say(ctx, describeFailure(error));
  }
}

/** A secret link, masked until asked for, with its copy button. */
export function linkLine(ctx: Ctx, key: string, testid: string, url: string, tableId: string | null): Child {
  return h('div', { class: 'link-result' },
    secret(ctx, key, testid, url, { 'data-table-id': tableId }),
    h('button', {
      type: 'button', class: 'secondary small', 'data-testid': `copy-${testid}`, 'data-key': `copy-${key}`,
      onclick: () => void copySecret(ctx, key, url, (text, kind) => say(ctx, text, kind)),
    }, t('console.links.copy')));
}

export function screensSignature(ctx: Ctx): string {
  const s = ctx.live.snapshot;
  return JSON.stringify([
    language(), isCoAnimator(ctx), myTable(ctx)?.id, presenting(), Array.from(ctx.ui.boardLinks), Array.from(ctx.ui.coAnimatorUrls),
    Array.from(ctx.ui.revealed), Array.from(ctx.ui.confirming), s?.boardWorkshopId, s?.currentWorkshopId,
    s?.tables.map((x) => [x.id, x.name, x.workshopId, x.coAnimatorId]), s?.workshops.map((w) => [w.id, w.title]),
  ]);
}

export function screensPanel(ctx: Ctx): Child[] {
  const s = ctx.live.snapshot;
  const heading = h('h2', { id: 'screens-heading' }, t('console.screens.heading'));
  if (!s) return [heading];
  if (isCoAnimator(ctx)) {
    const table = myTable(ctx);
    if (!table) return [heading, h('p', { class: 'muted' }, t('console.coAnimator.noTable'))];
    const url = ctx.ui.boardLinks.get(table.id);
    return [
      heading,
      h('button', { type: 'button', 'data-testid': 'open-table-screen', 'data-table-id': table.id, 'data-key': 'open-table-screen', onclick: () => void openScreen(ctx, table.id) }, t('console.screens.openMine')),
      h('p', { class: 'muted' }, t('console.screens.tableHelp')),
      h('button', { type: 'button', class: 'secondary small', 'data-testid': 'table-screen-link', 'data-table-id': table.id, 'data-key': 'table-screen-link', onclick: () => void makeLink(ctx, table.id) }, t('console.screens.linkForDevice')),
      url ? linkLine(ctx, `board-${table.id}`, 'table-screen-url', url, table.id) : null,
    ];
  }
  const roomUrl = ctx.ui.boardLinks.get('');
  const focus = h('select', {
    id: 'board-focus', 'data-testid': 'board-focus', 'data-key': 'board-focus',
    onchange: (event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      void act(ctx, 'SetBoardFocus', value === '' ? null : value);
    },
  },
  h('option', { value: '', selected: s.boardWorkshopId === null }, t('console.screens.followRoom')),
  ...s.workshops.map((w) => h('option', { value: w.id, selected: s.boardWorkshopId === w.id }, t('console.screens.pin', { title: w.title, format: t(`format.${w.format}`) }))));
  return [
    heading,
    h('p', { class: 'muted' }, t('console.screens.help')),
    h('label', { for: 'board-focus' }, t('console.screens.shows')),
    focus,
    h('button', { type: 'button', class: 'secondary small', 'data-testid': 'board-link', 'data-key': 'board-link', onclick: () => void makeLink(ctx, null) }, t('console.screens.linkForDevice')),
    roomUrl ? linkLine(ctx, 'board-room', 'board-url', roomUrl, null) : null,
    h('h3', null, t('console.screens.tables')),
    s.tables.length === 0
      ? h('p', { class: 'muted' }, t('console.links.noTables'))
      : h('ul', { class: 'table-links' }, ...s.tables.map((table) => {
        const workshop = s.workshops.find((w) => w.id === table.workshopId);
        const boardUrl = ctx.ui.boardLinks.get(table.id);
        const coUrl = ctx.ui.coAnimatorUrls.get(table.id);
        const makeCo = () => void makeCoAnimator(ctx, table.id);
        return h('li', { class: 'table-link', 'data-testid': 'table-links', 'data-table-id': table.id },
          h('p', null, h('strong', null, table.name), ' — ', workshop ? workshop.title : t('console.links.tableNoWorkshop')),
          h('div', { class: 'link-buttons' },
            h('button', { type: 'button', class: 'secondary small', 'data-testid': 'open-table-screen', 'data-table-id': table.id, 'data-key': `open-${table.id}`, onclick: () => void openScreen(ctx, table.id) }, t('console.screens.openTable')),
            h('button', { type: 'button', class: 'secondary small', 'data-testid': 'table-screen-link', 'data-table-id': table.id, 'data-key': `tlink-${table.id}`, onclick: () => void makeLink(ctx, table.id) }, t('console.screens.tableLink')),
            table.coAnimatorId
              ? confirmButton(ctx, {
                key: `co-${table.id}`,
                testid: 'coanimator-link',
                label: t('console.links.coAgain'),
                question: t('console.links.coReplace', { name: table.name }),
                danger: false,
                attributes: { 'data-table-id': table.id },
                onConfirm: makeCo,
              })
              : h('button', { type: 'button', class: 'secondary small', 'data-testid': 'coanimator-link', 'data-table-id': table.id, 'data-key': `co-${table.id}`, onclick: makeCo }, t('console.links.coMake'))),
          boardUrl ? linkLine(ctx, `board-${table.id}`, 'table-screen-url', boardUrl, table.id) : null,
          coUrl ? linkLine(ctx, `co-${table.id}`, 'coanimator-url', coUrl, table.id) : null);
      })),
  ];
}
