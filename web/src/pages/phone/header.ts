// The top of the live view: the soirée, who is writing, their table and the connection; embedded in a console, a
// compact line naming the person typed for. Below it, the polite live region of short messages.
import { h } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { languageSwitch } from '../../lib/page';
import { Section } from '../../lib/render';
import type { Ctx } from './context';

function who(ctx: Ctx): { nickname: string; table: string | null } {
  const v = ctx.view;
  const table = v?.me?.tableId ? v.s.tables.find((x) => x.id === v.me?.tableId) : undefined;
  return { nickname: v?.me?.nickname || ctx.identity.nickname, table: table?.name ?? null };
}

export function headerSection(ctx: Ctx, badge: HTMLElement): Section {
  const el = h(ctx.options.embedded ? 'div' : 'header', { class: ctx.options.embedded ? 'embedded-line' : 'phone-header' });
  const switcher = ctx.options.embedded ? null : languageSwitch();
  const title = () => ctx.view?.s.title ?? ctx.options.title ?? t('phone.title');
  return new Section(el, () => JSON.stringify([language(), title(), who(ctx)]), () => {
    const { nickname, table } = who(ctx);
    const name = h('strong', { 'data-testid': 'me-nickname' }, nickname);
    const place = table ? ` · ${t('phone.header.table', { table })}` : '';
    if (ctx.options.embedded) {
      return [h('p', { class: 'who' }, t('phone.header.typingFor'), ' ', name, place), badge];
    }
    return [
      h('div', { class: 'bar' }, h('h1', null, title()), switcher),
      h('div', { class: 'bar' }, h('p', { class: 'who' }, t('phone.header.you'), ' ', name, place), badge),
    ];
  });
}

let messageSeq = 0;

/** Adds a message; information goes by itself after a while, errors stay until closed. */
export function addMessage(ctx: Ctx, text: string, kind: 'error' | 'info'): number {
  const id = ++messageSeq;
  ctx.ui.messages = [...ctx.ui.messages.slice(-3), { id, text, kind }];
  return id;
}

export function dropMessage(ctx: Ctx, id: number): void {
  ctx.ui.messages = ctx.ui.messages.filter((m) => m.id !== id);
  ctx.refresh();
}

export function messagesSection(ctx: Ctx): Section {
  const el = h('ul', { class: 'messages', 'aria-live': 'polite', 'aria-relevant': 'additions', 'data-testid': 'messages' });
  return new Section(el, () => JSON.stringify([language(), ctx.ui.messages]), () => ctx.ui.messages.map((m) =>
    h('li', { class: `message ${m.kind}` },
      h('span', null, m.text),
      h('button', {
        type: 'button', class: 'secondary close', 'data-key': `close-${m.id}`, 'aria-label': t('phone.message.close'),
        onclick: () => dropMessage(ctx, m.id),
      }, '×'))));
}
