// How people join: the QR code, the code and the address, and the laptop's addresses on the hall's Wi-Fi.
import { api } from '../../lib/api';
import { h, svgFrom, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import type { Ctx } from './context';

export function displayCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** Loads the QR code and the server's addresses once the join code is known. */
export function loadJoinAssets(ctx: Ctx): void {
  const code = ctx.live.snapshot?.joinCode;
  if (!code || ctx.ui.qrCode === code) return;
  ctx.ui.qrCode = code;
  api
    .qrSvg(code)
    .then((text) => {
      ctx.ui.qr = svgFrom(text);
      ctx.ui.qr?.setAttribute('role', 'img');
      ctx.ui.qr?.setAttribute('aria-label', t('console.join.qrLabel'));
      ctx.refresh();
    })
    .catch(() => {
      ctx.ui.qrCode = null;
    });
  api
    .serverAddresses()
    .then((addresses) => {
      ctx.ui.addresses = addresses;
      ctx.refresh();
    })
    .catch(() => undefined);
}

export function joinSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.live.snapshot?.joinCode, ctx.live.snapshot?.joiningLocked, ctx.ui.addresses, ctx.ui.qr !== null]);
}

export function joinPanel(ctx: Ctx): Child[] {
  const s = ctx.live.snapshot;
  if (!s) return [h('h2', null, t('console.join.heading')), h('p', null, t('console.loading'))];
  const base = ctx.ui.addresses?.current ?? location.origin;
  const url = `${base.replace(/\/$/, '')}/j/${s.joinCode}`;
  const lan = (ctx.ui.addresses?.lan ?? []).filter((x) => x.replace(/\/$/, '') !== base.replace(/\/$/, ''));
  return [
    h('h2', null, t('console.join.heading')),
    h('div', { class: 'join-qr', 'data-testid': 'join-qr' }, ctx.ui.qr ?? h('p', { class: 'muted' }, t('console.join.qrLoading'))),
    h('p', { class: 'join-code-line' }, t('console.join.code'), ' ', h('strong', { class: 'join-code', 'data-testid': 'join-code' }, displayCode(s.joinCode))),
    h('p', { class: 'join-url-line' }, t('console.join.url'), ' ', h('a', { href: url, 'data-testid': 'join-url', class: 'url' }, url)),
    s.joiningLocked ? h('p', { class: 'warning' }, t('console.join.lockedNote')) : null,
    lan.length > 0
      ? h(
          'div',
          { class: 'lan' },
          h('p', null, t('console.join.lan')),
          h('ul', { 'data-testid': 'lan-addresses' }, ...lan.map((x) => h('li', null, h('span', { class: 'url' }, `${x.replace(/\/$/, '')}/j/${s.joinCode}`)))),
          h('p', { class: 'muted' }, t('console.join.wifi')),
        )
      : null,
  ];
}
