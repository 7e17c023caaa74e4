// Small rendering helpers for the phone: sections that rebuild only when what they show has changed, and keep the
// focus (and the caret) where the participant left it.
import { replace, type Child } from '../../lib/dom';

type Focusable = HTMLElement & { selectionStart?: number | null; selectionEnd?: number | null };

/** Runs a DOM change, then puts the focus back on the element that had it, or on its replacement (same data-fk). */
export function keepFocus(change: () => void): void {
  const active = document.activeElement as Focusable | null;
  const fk = active?.getAttribute('data-fk') ?? null;
  const start = active && 'selectionStart' in active ? active.selectionStart ?? null : null;
  const end = active && 'selectionEnd' in active ? active.selectionEnd ?? null : null;
  change();
  if (!active || document.activeElement === active) return;
  if (active.isConnected) {
    active.focus({ preventScroll: true });
    if (start !== null && end !== null && 'setSelectionRange' in active) {
      try {
        (active as HTMLTextAreaElement).setSelectionRange(start, end);
      } catch {
        // Some input types have no selection.
      }
    }
    return;
  }
  if (fk) {
    const twin = document.querySelector<HTMLElement>(`[data-fk="${CSS.escape(fk)}"]`);
    if (twin && !(twin as HTMLButtonElement).disabled) twin.focus({ preventScroll: true });
  }
}

/** A part of the page that is rebuilt only when its key (what it shows) changes. */
export class Slot {
  private key: string | null = null;

  constructor(readonly element: HTMLElement) {}

  update(key: string, build: () => Child | Child[]): void {
    if (key === this.key) return;
    this.key = key;
    keepFocus(() => {
      const built = build();
      replace(this.element, ...(Array.isArray(built) ? built : [built]));
      this.element.hidden = this.element.childNodes.length === 0;
    });
  }

  clear(): void {
    this.update('', () => []);
  }

  invalidate(): void {
    this.key = null;
  }
}
