// The business model canvas: the nine blocks and the territory's impact, laid out as the canonical canvas on a
// laptop and one block under the other on a phone. Anyone in the group adds an entry at any time; its author or a
// co-animator changes or removes it; co-animators set the canvas as it stands as its next version, and any past
// version can be shown instead of the current one.
import { call } from '../../lib/api';
import { h, type Child } from '../../lib/dom';
import { formatDateTime, language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { plural } from '../../lib/plural';
import { isClosed, isSeat, say, type Ctx } from './context';
import { clearDrafts, field, valueOf } from './fields';
import { blocks, memberName, type Block, type CanvasItem, type CanvasVersion, type Group } from './model';
import { pendingFor, pendingState } from './pending';

const maxText = 500;

export function canvasSignature(ctx: Ctx): string {
  const g = ctx.page?.group;
  return JSON.stringify([language(), g?.canvas, g?.canvasVersions.map((v) => v.number), [...ctx.ui.versionItems.keys()], ctx.page?.me, g?.closedAt, ctx.outbox.pending, ctx.ui.shownVersion, [...ctx.ui.editing], g?.members.map((m) => m.nickname)]);
}

function itemPath(ctx: Ctx, id: string): string {
  return `/api/groups/${encodeURIComponent(ctx.groupId)}/canvas/${encodeURIComponent(id)}`;
}

function canChange(ctx: Ctx, item: CanvasItem): boolean {
  return !isClosed(ctx) && ctx.ui.shownVersion === null && (isSeat(ctx) || item.authorId === ctx.page?.me.id);
}

function entry(ctx: Ctx, item: CanvasItem): HTMLElement {
  const g = ctx.page!.group;
  const path = itemPath(ctx, item.id);
  const waiting = pendingFor(ctx, path);
  const editKey = `edit-${item.id}`;
  if (ctx.ui.editing.has(editKey)) {
    const { label, input } = field({ label: t('group.canvas.editLabel'), key: editKey, initial: item.text, multiline: true, maxlength: maxText, testid: 'canvas-edit-text' });
    const form = h('form', {
      class: 'canvas-edit',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const text = valueOf(form, editKey);
        if (!text) return;
        ctx.outbox.send('PUT', path, { block: item.block, text }, t('group.pending.canvasEdit', { text }));
        clearDrafts(editKey);
        ctx.ui.editing.delete(editKey);
        ctx.refresh();
      },
    }, label, input,
    h('div', { class: 'inline' },
      h('button', { type: 'submit', 'data-testid': 'canvas-save', 'data-key': `save-${item.id}` }, t('group.save')),
      h('button', { type: 'button', class: 'secondary', 'data-key': `cancel-${item.id}`, onclick: () => { clearDrafts(editKey); ctx.ui.editing.delete(editKey); ctx.refresh(); } }, t('group.cancel'))));
    return h('li', { class: 'canvas-item editing' }, form);
  }
  const shownText = waiting?.method === 'PUT' ? String((waiting.body as { text: string }).text) : item.text;
  const author = memberName(g, item.authorId);
  return h('li', { class: `canvas-item${waiting?.method === 'DELETE' ? ' removing' : ''}`, 'data-testid': 'canvas-item', 'data-item-id': item.id, 'data-block': item.block },
    h('p', { class: 'canvas-text' }, shownText),
    h('p', { class: 'canvas-meta' },
      author ? author : null,
      item.source ? h('span', { class: 'tag' }, t('group.canvas.fromMeeting')) : null,
      waiting ? pendingState(ctx, waiting) : null),
    canChange(ctx, item) && !waiting
      ? h('div', { class: 'inline item-actions' },
        h('button', { type: 'button', class: 'secondary small', 'data-testid': 'canvas-edit', 'data-key': `edit-${item.id}`, onclick: () => { ctx.ui.editing.add(editKey); ctx.refresh(); } }, t('group.edit'), h('span', { class: 'visually-hidden' }, ` : ${item.text}`)),
        h('button', { type: 'button', class: 'secondary small', 'data-testid': 'canvas-remove', 'data-key': `remove-${item.id}`, onclick: () => ctx.outbox.send('DELETE', path, null, t('group.pending.canvasRemove', { text: item.text })) }, t('group.remove'), h('span', { class: 'visually-hidden' }, ` : ${item.text}`)))
      : null);
}

/** Entries typed on this device that the server has not stored yet, shown where they will land. */
function waitingEntries(ctx: Ctx, block: Block, known: Set<string>): HTMLElement[] {
  const prefix = `/api/groups/${encodeURIComponent(ctx.groupId)}/canvas/`;
  return ctx.outbox.pending
    .filter((p) => p.method === 'PUT' && p.path.startsWith(prefix) && (p.body as { block: string }).block === block && !known.has(decodeURIComponent(p.path.slice(prefix.length))))
    .map((p) => h('li', { class: 'canvas-item waiting', 'data-testid': 'canvas-item-waiting' },
      h('p', { class: 'canvas-text' }, String((p.body as { text: string }).text)),
      h('p', { class: 'canvas-meta' }, pendingState(ctx, p))));
}

function addForm(ctx: Ctx, block: Block): Child {
  const key = `new-${block}`;
  if (!ctx.ui.editing.has(key)) {
    return h('button', { type: 'button', class: 'secondary small add', 'data-testid': 'canvas-add', 'data-block': block, 'data-key': `open-${key}`, onclick: () => { ctx.ui.editing.add(key); ctx.refresh(); } },
      t('group.canvas.add'), h('span', { class: 'visually-hidden' }, ` : ${t(`group.block.${block}`)}`));
  }
  const { label, input } = field({ label: t('group.canvas.newLabel', { block: t(`group.block.${block}`) }), key, multiline: true, maxlength: maxText, testid: 'canvas-new-text' });
  const form = h('form', {
    class: 'canvas-new',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const text = valueOf(form, key);
      if (!text) return;
      ctx.outbox.send('PUT', itemPath(ctx, newId('c')), { block, text }, t('group.pending.canvasAdd', { text }));
      clearDrafts(key);
      ctx.ui.editing.delete(key);
      ctx.refresh();
    },
  }, label, input,
  h('div', { class: 'inline' },
    h('button', { type: 'submit', 'data-testid': 'canvas-submit', 'data-key': `submit-${key}` }, t('group.canvas.submit')),
    h('button', { type: 'button', class: 'secondary', 'data-key': `cancel-${key}`, onclick: () => { clearDrafts(key); ctx.ui.editing.delete(key); ctx.refresh(); } }, t('group.cancel'))));
  queueMicrotask(() => input.focus());
  return form;
}

function blockCard(ctx: Ctx, block: Block, items: CanvasItem[], readOnly: boolean): HTMLElement {
  const own = items.filter((i) => i.block === block);
  const known = new Set(own.map((i) => i.id));
  const waiting = readOnly ? [] : waitingEntries(ctx, block, known);
  return h('section', { class: `canvas-block block-${block}`, 'data-testid': 'canvas-block', 'data-block': block, 'aria-labelledby': `block-${block}` },
    h('h3', { id: `block-${block}` }, t(`group.block.${block}`), ' ', h('span', { class: 'count' }, `(${own.length})`)),
    own.length === 0 && waiting.length === 0 ? h('p', { class: 'muted hint' }, t(`group.block.${block}.hint`)) : null,
    h('ul', { class: 'canvas-items' }, ...own.map((i) => (readOnly ? h('li', { class: 'canvas-item', 'data-testid': 'canvas-item' }, h('p', { class: 'canvas-text' }, i.text)) : entry(ctx, i))), ...waiting),
    readOnly || isClosed(ctx) ? null : addForm(ctx, block));
}

function versionPicker(ctx: Ctx, g: Group): Child {
  if (g.canvasVersions.length === 0) return h('p', { class: 'muted', 'data-testid': 'canvas-version-shown' }, t('group.canvas.noVersion'));
  const select = h('select', {
    id: 'canvas-version',
    'data-testid': 'canvas-version-select',
    'data-key': 'canvas-version',
    onchange: () => {
      ctx.ui.shownVersion = select.value === '' ? null : Number(select.value);
      ctx.refresh();
      if (ctx.ui.shownVersion !== null) void readVersion(ctx, ctx.ui.shownVersion);
    },
  },
  h('option', { value: '' }, t('group.canvas.current')),
  ...[...g.canvasVersions].reverse().map((v) => h('option', { value: String(v.number) }, versionName(v.number, v.label, v.at))));
  select.value = ctx.ui.shownVersion === null ? '' : String(ctx.ui.shownVersion);
  return h('div', { class: 'field inline-field' }, h('label', { for: 'canvas-version' }, t('group.canvas.show')), select);
}

/** A past version's entries, read once: a version never changes. */
async function readVersion(ctx: Ctx, number: number): Promise<void> {
  if (ctx.ui.versionItems.has(number)) return;
  try {
    const version = await call<CanvasVersion>('GET', `/api/groups/${encodeURIComponent(ctx.groupId)}/canvas/versions/${number}`, undefined, ctx.token);
    ctx.ui.versionItems.set(number, version.items);
    ctx.refresh();
  } catch {
    ctx.ui.shownVersion = null;
    say(ctx, t('group.canvas.versionFailed'));
  }
}

function versionName(number: number, label: string, at: string): string {
  return label ? t('group.canvas.versionLabelled', { number, label, date: formatDateTime(Date.parse(at)) }) : t('group.canvas.version', { number, date: formatDateTime(Date.parse(at)) });
}

/** What changed in the canvas since its last version, for the co-animators deciding whether to set the next one. */
function sinceVersion(g: Group): Child {
  const last = g.canvasVersions[g.canvasVersions.length - 1];
  const changes = g.history.filter((c) => c.area === 'canvas' && c.kind !== 'version' && c.seq > (last?.seq ?? 0));
  if (!last) return null;
  return h('details', { class: 'since-version', 'data-testid': 'canvas-since-version' },
    h('summary', null, plural('group.canvas.changesSinceVersion', changes.length, { number: last.number })),
    changes.length === 0 ? null : h('ul', null, ...changes.map((c) => h('li', null, `${t(`group.change.canvas.${c.kind}`)} — ${c.block ? t(`group.block.${c.block}`) : ''} : ${c.text}`))));
}

function saveVersion(ctx: Ctx, g: Group): Child {
  // A version of an empty canvas would record nothing.
  if (!isSeat(ctx) || isClosed(ctx) || ctx.ui.shownVersion !== null || g.canvas.length === 0) return null;
  const next = (g.canvasVersions[g.canvasVersions.length - 1]?.number ?? 0) + 1;
  const { label, input } = field({ label: t('group.canvas.versionName'), key: 'version-label', maxlength: 120, testid: 'canvas-version-label' });
  const form = h('form', {
    class: 'save-version',
    onsubmit: (event: Event) => {
      event.preventDefault();
      ctx.outbox.send('POST', `/api/groups/${encodeURIComponent(ctx.groupId)}/canvas/versions`, { label: valueOf(form, 'version-label') || null }, t('group.pending.version', { number: next }));
      clearDrafts('version-label');
    },
  }, label, h('div', { class: 'inline' }, input, h('button', { type: 'submit', 'data-testid': 'canvas-save-version', 'data-key': 'save-version' }, t('group.canvas.saveVersion', { number: next }))));
  return form;
}

export function canvasPanel(ctx: Ctx): Child[] {
  const g = ctx.page?.group;
  if (!g) return [];
  const shown = ctx.ui.shownVersion === null ? null : g.canvasVersions.find((v) => v.number === ctx.ui.shownVersion) ?? null;
  const shownItems = shown ? ctx.ui.versionItems.get(shown.number) : undefined;
  if (shown && !shownItems) {
    return [h('h2', { id: 'canvas-title' }, t('group.canvas.heading')), h('div', { class: 'canvas-tools' }, versionPicker(ctx, g)), h('p', { class: 'muted', role: 'status' }, t('group.canvas.versionLoading'))];
  }
  const items = shownItems ?? g.canvas;
  return [
    h('h2', { id: 'canvas-title' }, t('group.canvas.heading')),
    h('div', { class: 'canvas-tools' }, versionPicker(ctx, g), saveVersion(ctx, g)),
    shown
      ? h('p', { class: 'notice', 'data-testid': 'canvas-version-shown', role: 'status' },
        t(shown.label ? 'group.canvas.showingLabelled' : 'group.canvas.showing', { number: shown.number, label: shown.label, date: formatDateTime(Date.parse(shown.at)) }))
      : sinceVersion(g),
    h('div', { class: 'canvas-grid', 'data-testid': 'canvas' }, ...blocks.map((b) => blockCard(ctx, b, items, shown !== null))),
  ];
}
