// A laptop mirrored to the projector shows the room everything on it. Secret links and volunteers' contact details
// are therefore masked until someone asks to see one, and cannot be shown at all while the console is full screen
// or the browser reports a second screen (Screen.isExtended, Chrome and Edge), which is when a room is watching.
import { h, type Child } from '../../lib/dom';
import { t } from '../../lib/i18n';
import type { Ctx } from './context';

const showMs = 30_000;

type ExtendedScreen = Screen & { isExtended?: boolean } & EventTarget;

/** Whether the room may be watching this page: full screen, or a second screen attached. */
export function presenting(): boolean {
  if (document.fullscreenElement) return true;
  if ((window.screen as ExtendedScreen).isExtended === true) return true;
  return window.matchMedia?.('(display-mode: fullscreen)').matches ?? false;
}

/** Re-renders when the answer of presenting() may have changed. */
export function watchPresenting(onChange: () => void): void {
  document.addEventListener('fullscreenchange', onChange);
  (window.screen as ExtendedScreen).addEventListener?.('change', onChange);
  window.matchMedia?.('(display-mode: fullscreen)').addEventListener?.('change', onChange);
}

/**
 * A secret as text: "••••" with a "Show" button, the text itself for 30 seconds once asked, and nothing but a note
 * while presenting. `testid` marks the element holding the text (data-revealed says whether it shows it).
 */
export function secret(ctx: Ctx, key: string, testid: string, text: string, attributes: Record<string, string | null> = {}): Child {
  if (presenting()) {
    return h('span', { class: 'secret masked presenting', 'data-testid': testid, 'data-revealed': 'false', ...attributes }, t('console.secret.presenting'));
  }
  if (ctx.ui.revealed.has(key)) {
    return h('span', { class: 'secret-row' },
      h('output', { class: 'secret url', 'data-testid': testid, 'data-revealed': 'true', ...attributes }, text),
      h('button', { type: 'button', class: 'secondary small', 'data-testid': 'hide-secret', 'data-key': `hide-${key}`, onclick: () => hide(ctx, key) }, t('console.secret.hide')));
  }
  return h('span', { class: 'secret-row' },
    h('span', { class: 'secret masked', 'data-testid': testid, 'data-revealed': 'false', ...attributes }, '••••••••'),
    h('button', { type: 'button', class: 'secondary small', 'data-testid': 'reveal-secret', 'data-key': `reveal-${key}`, onclick: () => reveal(ctx, key) }, t('console.secret.show')));
}

function reveal(ctx: Ctx, key: string): void {
  ctx.ui.revealed.add(key);
  window.setTimeout(() => hide(ctx, key), showMs);
  ctx.refresh();
}

function hide(ctx: Ctx, key: string): void {
  if (ctx.ui.revealed.delete(key)) ctx.refresh();
}

/** Copies a secret without showing it; when the clipboard is refused (plain http on a LAN), shows it to copy by hand. */
export async function copySecret(ctx: Ctx, key: string, text: string, say: (text: string, kind: 'error' | 'info') => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    say(t('console.links.copied'), 'info');
  } catch {
    if (presenting()) {
      say(t('console.secret.copyWhilePresenting'), 'error');
      return;
    }
    reveal(ctx, key);
    say(t('console.links.selectToCopy'), 'info');
  }
}
