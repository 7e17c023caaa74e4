// Nobody scrolls a projected screen: when the main area holds more than fits, it glides down slowly, rests at the
// bottom, comes back to the top and rests there, again and again.
const tickMs = 40;
const restMs = 6000;

export function autoScroll(element: HTMLElement): void {
  let phase: 'top' | 'down' | 'bottom' = 'top';
  let since = Date.now();
  let position = 0;
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  window.setInterval(() => {
    const overflow = element.scrollHeight - element.clientHeight;
    const now = Date.now();
    if (overflow <= 4) {
      phase = 'top';
      since = now;
      position = 0;
      if (element.scrollTop !== 0) element.scrollTop = 0;
      return;
    }
    if (phase === 'top' && now - since > restMs) {
      phase = 'down';
      position = element.scrollTop;
    } else if (phase === 'down') {
      // About a third of a line a tick: readable while it moves; in reduced motion, a page at a time.
      const step = reduced ? element.clientHeight * 0.8 : Math.max(1, element.clientHeight / 600);
      if (reduced && now - since < restMs) return;
      position = Math.min(overflow, position + step);
      since = reduced ? now : since;
      element.scrollTop = position;
      if (position >= overflow) {
        phase = 'bottom';
        since = now;
      }
    } else if (phase === 'bottom' && now - since > restMs) {
      phase = 'top';
      since = now;
      position = 0;
      element.scrollTop = 0;
    }
  }, tickMs);
}
