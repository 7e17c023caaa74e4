// Parts of a page that render again only when what they show has changed, and never take the focus, the caret, a
// tap or typed text away from the person using the page. The phone, the console and the board share this one rule.
//
// How a section keeps its promises:
// - it rebuilds only when its signature (a string of what it shows) changes, or when forced (a language change);
// - it waits while a field inside it is being typed in or chosen from (a rebuild would drop the caret and, on a
//   phone, the keyboard's composition), and catches up as soon as the focus leaves the field;
// - it waits while a finger or a mouse button is down inside it, so the tap that started lands on the element it
//   started on, and catches up right after the tap;
// - after a rebuild that happened with the focus on one of its buttons, the focus goes to the new button with the
//   same data-key; a section never moves the focus when it did not have it.
// A field whose typed text must outlive a rebuild is made once and handed to the build again each time.
import { replace, type Child } from './dom';

export interface SectionOptions {
  /** While true, the section waits (e.g. a drag under way), and catches up at the next update after it. */
  busy?: () => boolean;
  /** Hide the element while its build is empty, so an empty card takes no room. */
  hideWhenEmpty?: boolean;
  /** Runs after each rebuild, with the element in the page (e.g. to measure what overflows). */
  afterBuild?: (el: HTMLElement) => void;
}

/** Fields being typed in, and selects being chosen from: rebuilding them under the user's fingers loses their work. */
export function isEditing(el: Element | null): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** How long after its change a select may be rebuilt while it still has the focus (its own command's answer). */
const selectChangeWindowMs = 3000;

export class Section {
  private last: string | null = null;
  private deferred = false;
  private pressed = false;
  private disposed = false;
  private selectChangedAt = 0;
  private catchUpTimer: number | undefined;

  constructor(
    readonly el: HTMLElement,
    private readonly signature: () => string,
    private readonly build: () => Child[],
    private readonly options: SectionOptions = {},
  ) {
    el.addEventListener('focusout', this.onFocusOut);
    el.addEventListener('change', this.onChange);
    el.addEventListener('pointerdown', this.onPointerDown);
  }

  /** Renders again when the signature changed (or when forced), unless the person is busy inside the section. */
  update(force = false): void {
    if (this.disposed) return;
    const signature = this.signature();
    if (!force && !this.deferred && signature === this.last) return;
    const active = document.activeElement;
    const inside = active instanceof HTMLElement && active !== this.el && this.el.contains(active);
    const selectJustChanged = active instanceof HTMLSelectElement && Date.now() - this.selectChangedAt < selectChangeWindowMs;
    if (this.pressed || this.options.busy?.() || (inside && isEditing(active) && !selectJustChanged)) {
      this.deferred = true;
      return;
    }
    const key = inside ? (active as HTMLElement).dataset.key : undefined;
    replace(this.el, ...this.build());
    this.last = signature;
    this.deferred = false;
    if (this.options.hideWhenEmpty) this.el.hidden = this.el.childNodes.length === 0;
    if (inside && !this.el.contains(document.activeElement)) this.refocus(active as HTMLElement, key);
    this.options.afterBuild?.(this.el);
  }

  /** Forgets what was shown, so that the next update rebuilds. */
  invalidate(): void {
    this.last = null;
  }

  /** Stops listening; the section never renders again. */
  dispose(): void {
    this.disposed = true;
    this.el.removeEventListener('focusout', this.onFocusOut);
    this.el.removeEventListener('change', this.onChange);
    this.el.removeEventListener('pointerdown', this.onPointerDown);
    this.release();
    window.clearTimeout(this.catchUpTimer);
  }

  private refocus(previous: HTMLElement, key: string | undefined): void {
    if (previous.isConnected && this.el.contains(previous)) {
      previous.focus({ preventScroll: true });
      return;
    }
    if (!key) return;
    const twin = Array.from(this.el.querySelectorAll<HTMLElement>('[data-key]')).find((x) => x.dataset.key === key);
    if (twin && !(twin as HTMLButtonElement).disabled) twin.focus({ preventScroll: true });
  }

  /** Catches up once the current event is over (the focus has moved on, the click has been dispatched). */
  private catchUp(): void {
    window.clearTimeout(this.catchUpTimer);
    this.catchUpTimer = window.setTimeout(() => {
      if (this.deferred) this.update();
    }, 0);
  }

  private readonly onFocusOut = (): void => this.catchUp();

  private readonly onChange = (event: Event): void => {
    if (event.target instanceof HTMLSelectElement) this.selectChangedAt = Date.now();
  };

  private readonly onPointerDown = (): void => {
    if (this.pressed) return;
    this.pressed = true;
    document.addEventListener('pointerup', this.onPointerUp, true);
    document.addEventListener('pointercancel', this.onPointerUp, true);
  };

  private readonly onPointerUp = (): void => {
    this.release();
    this.catchUp();
  };

  private release(): void {
    this.pressed = false;
    document.removeEventListener('pointerup', this.onPointerUp, true);
    document.removeEventListener('pointercancel', this.onPointerUp, true);
  }
}
