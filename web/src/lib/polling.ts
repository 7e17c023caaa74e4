// How a page that others change keeps up without a live connection: it reads its data again after each of its own
// writes is stored, every so often while it is on screen, and as soon as it comes back on screen. The server answers
// an unchanged read with 304 and no body, which the browser turns back into its own copy.

/**
 * Reads again with `read` once `outbox` has stored a write (after every change of the outbox, `refresh` shows it),
 * every `everyMs` while the page is visible and `when()` holds, and when the page becomes visible again.
 */
export function readAgain(
  outbox: { onChange(listener: (stored: boolean) => void): void },
  refresh: () => void,
  read: () => Promise<void>,
  everyMs: number,
  when: () => boolean = () => true,
): void {
  outbox.onChange((stored) => {
    refresh();
    if (stored) void read();
  });
  const again = () => {
    if (document.visibilityState === 'visible' && when()) void read();
  };
  window.setInterval(again, everyMs);
  document.addEventListener('visibilitychange', again);
}
