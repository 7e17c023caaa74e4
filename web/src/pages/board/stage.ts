// The main area: one scene at a time, fitted to the space it has (fit.ts), never scrolled. When even the smallest
// legible size cannot hold a scene, it is cut into pages that turn by themselves, with "Page 2 / 5" and dots below.
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { trimExcerpts, type Layout } from './fit';
import { pageMs } from './legibility';

/** A scene ready to show: what goes above the fitted part, and how to build and fit the rest into a body. */
export interface Presentation {
  kind: string;
  /** How many things the scene holds (post-it, regroupements, bars, tables…), all pages together. */
  items: number;
  /** Everything the fitted part shows, as text: the same key means the same picture, so nothing is laid out again. */
  key: string;
  /** Above the fitted part: headings, how many have voted (rebuilt at every render, cheap). */
  head: HTMLElement[];
  lay: (body: HTMLElement) => Layout;
}

export class Stage {
  // Headings only for screen readers sit out of the flow (position: absolute), so they take no room from the scene.
  private readonly quiet = h('div', { class: 'visually-hidden' });
  private readonly head = h('div', { class: 'scene-head' });
  private readonly body = h('div', { class: 'scene-body' });
  private readonly pagerText = h('span', { class: 'pager-text' });
  private readonly pagerDots = h('span', { class: 'pager-dots', 'aria-hidden': 'true' });
  private readonly pager = h('div', { class: 'pager', 'data-testid': 'page-indicator' }, this.pagerText, this.pagerDots);
  private current: Presentation | null = null;
  private pages: HTMLElement[] = [];
  private index = 0;
  private turnTimer: number | undefined;
  private frame = 0;

  constructor(private readonly main: HTMLElement) {
    main.replaceChildren(this.quiet, this.head, this.body);
    // Only a change of the main area's own size (the header's height, the window) lays the scene out again: its
    // content cannot change it (the grid fixes it, and the main area clips).
    let size = '';
    new ResizeObserver(() => {
      const now = `${main.clientWidth}x${main.clientHeight}`;
      if (now !== size) {
        size = now;
        this.relayout();
      }
    }).observe(main);
  }

  /** Shows a scene; with the same key as the one shown only its head is redrawn, so a burst of votes costs no layout. */
  show(p: Presentation): void {
    if (this.current && this.current.key === p.key) {
      const before = this.body.clientHeight;
      this.current = { ...this.current, head: p.head };
      this.showHead(p.head);
      if (this.body.clientHeight !== before) this.relayout();
      return;
    }
    const sameKind = this.current?.kind === p.kind;
    this.current = p;
    this.layout(sameKind);
  }

  /** Lays the current scene out again (the space or the contrast changed). */
  relayout(): void {
    if (this.frame) return;
    this.frame = window.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.current) this.layout(true);
    });
  }

  private layout(keepPage: boolean): void {
    const p = this.current;
    if (!p) return;
    this.main.dataset.scene = p.kind;
    this.showHead(p.head);
    this.pager.remove();
    let result = p.lay(this.body);
    if (result.pages.length > 1) {
      // The indicator takes a line of the space: fit again in what is left.
      this.main.append(this.pager);
      result = p.lay(this.body);
    }
    this.pages = result.pages;
    this.main.dataset.size = String(result.size);
    this.main.dataset.items = String(p.items);
    this.main.dataset.laidOut = `${this.main.clientWidth}x${this.main.clientHeight}`;
    if (this.pages.length <= 1) this.pager.remove();
    if (!keepPage) this.index = 0;
    if (!keepPage || this.turnTimer === undefined) this.schedule();
    this.index = Math.min(this.index, this.pages.length - 1);
    // A new scene fades in; the same scene with one more post-it or vote does not, or the wall would blink at every
    // note the animator places.
    this.showPage(!keepPage);
  }

  private showHead(head: HTMLElement[]): void {
    this.quiet.replaceChildren(...head.filter((el) => el.classList.contains('visually-hidden')));
    this.head.replaceChildren(...head.filter((el) => !el.classList.contains('visually-hidden')));
    this.head.hidden = this.head.childElementCount === 0;
  }

  private schedule(): void {
    window.clearTimeout(this.turnTimer);
    this.turnTimer = window.setTimeout(() => this.turn(), pageMs);
  }

  private turn(): void {
    if (this.pages.length > 1) {
      this.index = (this.index + 1) % this.pages.length;
      this.showPage(true);
    }
    this.schedule();
  }

  private showPage(fadeIn: boolean): void {
    const page = this.pages[this.index];
    if (!page) {
      this.body.replaceChildren();
      return;
    }
    page.classList.toggle('page-in', fadeIn);
    this.body.replaceChildren(page);
    trimExcerpts(page);
    const count = this.pages.length;
    this.pager.dataset.page = String(this.index + 1);
    this.pager.dataset.pages = String(count);
    this.pagerText.textContent = t('board.page', { page: this.index + 1, pages: count });
    this.pagerDots.replaceChildren(...this.pages.map((_, i) => h('span', { class: i === this.index ? 'dot on' : 'dot' })));
  }
}
