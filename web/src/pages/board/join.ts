// The join column: the QR code, the address and the join code while people can join, and only then. When joining
// is locked, the soirée not open yet or over, it says so instead: a QR code that leads nowhere is never shown.
import { api } from '../../lib/api';
import { h, replace, svgFrom } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import type { Snapshot } from '../../live/model';
import { displayCode } from './view';

const qrRetryMs = 10_000;

export class JoinPanel {
  private readonly scan = h('p', { class: 'join-scan' });
  private readonly qr = h('div', { class: 'join-qr', 'data-testid': 'join-qr', role: 'img' });
  private readonly orGo = h('p', { class: 'join-small' });
  private readonly host = h('p', { class: 'join-url' }, location.host, h('span', { class: 'join-path' }, '/j/'));
  private readonly code = h('p', { class: 'join-code', 'data-testid': 'join-code' });
  private readonly open = h('div', { class: 'join-open' }, this.scan, this.qr, this.orGo, this.host, this.code);
  private readonly closed = h('p', { class: 'join-closed', 'data-testid': 'join-closed' });
  private readonly participants = h('p', { class: 'participant-count', 'data-testid': 'participant-count', 'aria-live': 'polite' });
  private qrFor: string | null = null;
  private qrLoading = false;
  private qrFailedAt = 0;
  readonly element: HTMLElement;

  constructor(...more: HTMLElement[]) {
    this.element = h('aside', { class: 'join' }, this.open, this.closed, this.participants, ...more);
    void api
      .serverAddresses()
      .then((addresses) => {
        this.host.firstChild!.textContent = new URL(addresses.current).host;
      })
      .catch(() => undefined);
  }

  /** Shows what joining is now; true while people can join (the column then holds the QR code). */
  update(s: Snapshot): boolean {
    this.element.setAttribute('aria-label', t('board.join.region'));
    this.scan.textContent = t('board.join.scan');
    this.orGo.textContent = t('board.join.orGo');
    this.qr.setAttribute('aria-label', t('board.join.qr'));
    this.participants.textContent = plural('board.participants', s.participantCount);
    const canJoin = s.state === 'open' && !s.joiningLocked;
    if (canJoin) {
      this.code.textContent = displayCode(s.joinCode);
      this.loadQr(s.joinCode);
      if (!this.open.isConnected) this.element.insertBefore(this.open, this.closed);
      this.closed.remove();
    } else {
      this.open.remove();
      this.closed.textContent = t(s.state === 'closed' ? 'board.join.over' : s.state === 'draft' ? 'board.join.notYet' : 'board.join.locked');
      if (!this.closed.isConnected) this.element.insertBefore(this.closed, this.participants);
    }
    return canJoin;
  }

  private loadQr(joinCode: string): void {
    this.qr.hidden = this.qrFor !== joinCode;
    if (this.qrFor === joinCode || this.qrLoading || Date.now() - this.qrFailedAt < qrRetryMs) return;
    this.qrLoading = true;
    api
      .qrSvg(joinCode)
      .then((text) => {
        const svg = svgFrom(text);
        if (!svg) throw new Error('not an SVG');
        svg.setAttribute('aria-hidden', 'true');
        svg.setAttribute('focusable', 'false');
        replace(this.qr, svg);
        this.qrFor = joinCode;
        this.qr.hidden = false;
      })
      .catch(() => {
        this.qrFailedAt = Date.now();
      })
      .finally(() => {
        this.qrLoading = false;
      });
  }
}
