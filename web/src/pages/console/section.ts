// A part of the page that renders again only when its data changed, without taking focus or typed text away.
import { replace, type Child } from '../../lib/dom';

/** Text fields being typed in, and selects just opened, must not be rebuilt under the user's fingers. */
function isEditing(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(el.type);
  return false;
}

export class Section {
  private last: string | null = null;
  private deferred = false;
  private changedAt = 0;

  constructor(
    readonly el: HTMLElement,
    private readonly signature: () => string,
    private readonly build: () => Child[],
    private readonly busy: () => boolean = () => false,
  ) {
    el.addEventListener('focusout', () => {
      // Wait until focus has moved: it may move to another field of the same section.
      window.setTimeout(() => {
        if (this.deferred) this.update();
      }, 0);
    });
    // A select just changed: its own command's result should show at once, with focus kept.
    el.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) this.changedAt = Date.now();
    });
  }

  update(force = false): void {
    const signature = this.signature();
    if (!force && !this.deferred && signature === this.last) return;
    const active = document.activeElement;
    const inside = active !== null && this.el.contains(active);
    const selectJustChanged = active instanceof HTMLSelectElement && Date.now() - this.changedAt < 3000;
    if (this.busy() || (inside && isEditing(active) && !selectJustChanged)) {
      this.deferred = true;
      return;
    }
    const key = inside && active instanceof HTMLElement ? active.dataset.key : undefined;
    replace(this.el, ...this.build());
    this.last = signature;
    this.deferred = false;
    if (key) {
      const next = Array.from(this.el.querySelectorAll<HTMLElement>('[data-key]')).find((x) => x.dataset.key === key);
      next?.focus();
    }
  }
}
