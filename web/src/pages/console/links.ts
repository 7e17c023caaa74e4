// Links the animator makes for the board and the co-animators: their tokens are shown once.
import { api } from '../../lib/api';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { describeFailure, say, type Ctx } from './context';

async function copy(ctx: Ctx, text: string, from: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    say(ctx, t('console.links.copied'), 'info');
  } catch {
    // Not a secure context (a LAN address over http): select the text so that Ctrl+C works.
    const range = document.createRange();
    range.selectNodeContents(from);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    say(ctx, t('console.links.selectToCopy'), 'info');
  }
}

function urlOutput(ctx: Ctx, testId: string, url: string, tableId: string | null): Child {
  const output = h('output', { class: 'url', 'data-testid': testId, 'data-table-id': tableId }, url);
  return h(
    'div',
    { class: 'link-result' },
    output,
    h('button', { type: 'button', class: 'secondary', 'data-key': `copy-${testId}-${tableId ?? ''}`, onclick: () => void copy(ctx, url, output) }, t('console.links.copy')),
  );
}

export function linksSignature(ctx: Ctx): string {
  const s = ctx.live.snapshot;
  return JSON.stringify([language(), ctx.ui.boardUrl, Array.from(ctx.ui.coAnimatorUrls), s?.tables.map((x) => [x.id, x.name, x.workshopId, x.coAnimatorId]), s?.workshops.map((w) => [w.id, w.title])]);
}

export function linksPanel(ctx: Ctx): Child[] {
  const s = ctx.live.snapshot;
  if (!s) return [];
  const makeBoard = async () => {
    try {
      const link = await api.boardLink(ctx.sessionId, ctx.token, null);
      ctx.ui.boardUrl = link.url;
      ctx.refresh();
    } catch (error) {
      say(ctx, describeFailure(error));
    }
  };
  const makeCo = async (tableId: string) => {
    try {
      const link = await api.coAnimatorLink(ctx.sessionId, ctx.token, tableId);
      ctx.ui.coAnimatorUrls.set(tableId, link.url);
      ctx.refresh();
    } catch (error) {
      say(ctx, describeFailure(error));
    }
  };
  return [
    h('h2', null, t('console.links.heading')),
    h('p', { class: 'warning' }, t('console.links.warning')),
    h('h3', null, t('console.links.board')),
    h('button', { type: 'button', 'data-testid': 'board-link', 'data-key': 'board-link', onclick: () => void makeBoard() }, ctx.ui.boardUrl ? t('console.links.boardAgain') : t('console.links.boardMake')),
    ctx.ui.boardUrl ? urlOutput(ctx, 'board-url', ctx.ui.boardUrl, null) : null,
    h('h3', null, t('console.links.tables')),
    s.tables.length === 0
      ? h('p', { class: 'muted' }, t('console.links.noTables'))
      : h(
          'ul',
          { class: 'table-links' },
          ...s.tables.map((table) => {
            const workshop = s.workshops.find((w) => w.id === table.workshopId);
            const url = ctx.ui.coAnimatorUrls.get(table.id);
            return h(
              'li',
              { class: 'table-link', 'data-table-id': table.id },
              h('p', null, h('strong', null, table.name), ' — ', workshop ? workshop.title : t('console.links.tableNoWorkshop')),
              h(
                'button',
                { type: 'button', class: 'secondary', 'data-testid': 'coanimator-link', 'data-table-id': table.id, 'data-key': `co-${table.id}`, onclick: () => void makeCo(table.id) },
                url ? t('console.links.coAgain', { name: table.name }) : t('console.links.coMake', { name: table.name }),
              ),
              table.coAnimatorId && !url ? h('p', { class: 'muted' }, t('console.links.coExists')) : null,
              url ? urlOutput(ctx, 'coanimator-url', url, table.id) : null,
            );
          }),
        ),
  ];
}
