// Fitting a scene into the main area: the largest text size at which everything shows at once, found by measuring
// the real layout (fonts, accents and long words included), and pages at the smallest legible size only when even
// that cannot hold it all. Sizes are in vh (see legibility.ts); every length here follows the text size through the
// CSS custom properties --fs (text size) and --gap, set on the element laid out.
import { h } from '../../lib/dom';
import { minTextVh, textSteps, titleRatio, vhToPx } from './legibility';

/** What the main area shows: one element per page (one page when all fits) and the text size chosen, in vh. */
export interface Layout {
  pages: HTMLElement[];
  size: number;
}

/** The space between items: 0.4 of the text size, enough to tell two post-it apart from the back. */
function gapPx(size: number): number {
  return Math.round(vhToPx(size) * 0.4);
}

function setSize(el: HTMLElement, size: number): void {
  el.style.setProperty('--fs', `${size}vh`);
  el.style.setProperty('--gap', `${gapPx(size)}px`);
}

/** Bisection over sizes sorted largest first: the largest size whose attempt fits (fitting only grows as text shrinks). */
function largestFitting<T>(steps: number[], attempt: (size: number) => T | null): { size: number; result: T } | null {
  let lo = 0;
  let hi = steps.length - 1;
  let best: { size: number; result: T } | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const result = attempt(steps[mid]);
    if (result !== null) {
      best = { size: steps[mid], result };
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  return best;
}

function tooSmall(body: HTMLElement): boolean {
  return body.clientWidth < 40 || body.clientHeight < 40;
}

// ---------------------------------------------------------------------------------------------------------------
// The wall of post-it: columns filled top to bottom, in order, each note as tall as its text (cut at three lines).

/** A run of notes under an optional heading (the round's column, "Idées", "Ressources"…). */
export interface WallGroup {
  heading: HTMLElement | null;
  notes: HTMLElement[];
}

/** A wall column is at least this many text sizes wide: about 26 characters a line. */
const wallColumnEm = 12;

interface Placed {
  el: HTMLElement;
  height: number;
}

/** Fills columns of `limit` px in order; a heading stays with its first note and is repeated atop a column it continues. */
function pack(groups: WallGroup[], heights: Map<Element, number>, limit: number, gap: number): Placed[][] {
  const columns: Placed[][] = [];
  let column: Placed[] = [];
  let used = 0;
  const room = (height: number) => used + (column.length > 0 ? gap : 0) + height <= limit + 0.5;
  const push = (el: HTMLElement, height: number) => {
    used += (column.length > 0 ? gap : 0) + height;
    column.push({ el, height });
  };
  const next = () => {
    if (column.length > 0) columns.push(column);
    column = [];
    used = 0;
  };
  for (const group of groups) {
    const headingHeight = group.heading ? heights.get(group.heading) ?? 0 : 0;
    group.notes.forEach((note, i) => {
      const height = heights.get(note) ?? 0;
      if (i === 0 && group.heading) {
        if (!room(headingHeight + gap + height)) next();
        push(group.heading, headingHeight);
      } else if (!room(height)) {
        next();
        if (group.heading) push(group.heading.cloneNode(true) as HTMLElement, headingHeight);
      }
      push(note, height);
    });
  }
  next();
  return columns;
}

export function wallLayout(body: HTMLElement, groups: WallGroup[]): Layout {
  const width = body.clientWidth;
  const height = body.clientHeight;
  const measure = h('div', { class: 'wall-measure' });
  for (const group of groups) {
    if (group.heading) measure.append(group.heading);
    measure.append(...group.notes);
  }
  body.replaceChildren(measure);
  const attempt = (size: number) => {
    const gap = gapPx(size);
    const cols = Math.max(1, Math.floor((width + gap) / (wallColumnEm * vhToPx(size) + gap)));
    const columnWidth = (width - (cols - 1) * gap) / cols;
    setSize(measure, size);
    measure.style.setProperty('--col', `${columnWidth}px`);
    const heights = new Map<Element, number>();
    // Fractional heights (offsetHeight rounds), measured with animations off (.wall-measure), so no transform.
    for (const child of Array.from(measure.children)) heights.set(child, child.getBoundingClientRect().height);
    return { cols, columnWidth, heights, gap, columns: pack(groups, heights, height, gap) };
  };
  const fitted = tooSmall(body) ? null : largestFitting(textSteps(), (size) => {
    const result = attempt(size);
    return result.columns.length <= result.cols ? result : null;
  });
  const size = fitted?.size ?? minTextVh;
  const chosen = fitted?.result ?? attempt(minTextVh);
  const { cols, columnWidth } = chosen;
  let { columns } = chosen;
  if (columns.length <= cols) {
    // One page: columns of even height rather than full ones and an empty one, by the shortest column that holds all.
    let lo = 0;
    let hi = height;
    while (hi - lo > 2) {
      const mid = (lo + hi) / 2;
      if (pack(groups, chosen.heights, mid, chosen.gap).length <= cols) hi = mid;
      else lo = mid;
    }
    columns = pack(groups, chosen.heights, hi, chosen.gap);
  }
  const pages: HTMLElement[] = [];
  for (let i = 0; i < Math.max(1, columns.length); i += cols) {
    const page = h('div', { class: 'wall' });
    setSize(page, size);
    page.style.setProperty('--col', `${columnWidth}px`);
    for (const column of columns.slice(i, i + cols)) page.append(h('div', { class: 'wall-col' }, ...column.map((p) => p.el)));
    pages.push(page);
  }
  body.replaceChildren();
  return { pages, size };
}

// ---------------------------------------------------------------------------------------------------------------
// Cards (regroupements, tables, pistes): a grid of equal cells, each card's head (title, count) whole, and in the
// room left below it as many post-it excerpts as fit (none when many cards share the screen).

/** A card and the list of excerpts it may cut to fit (null when it has none). */
export interface CardParts {
  card: HTMLElement;
  list: HTMLElement | null;
}

/**
 * A card is at least this many title sizes wide: about 17 characters a line, so a title breaks between words at most
 * once or twice and is cut after its second line, never stacked one word a line.
 */
const cardMinTitleEm = 8.5;

/** The shape of cell preferred: a little wider than tall for cards of a few lines, taller for lists of excerpts. */
export const wideCards = 1.4;
export const tallCards = 0.7;

function cardColumns(width: number, size: number, count: number): number {
  const gap = gapPx(size);
  return Math.max(1, Math.min(count, Math.floor((width + gap) / (cardMinTitleEm * titleRatio * vhToPx(size) + gap))));
}

/**
 * Every card's head (title, count) whole inside its card, and no title word cut in two (while fitting, titles do not
 * break inside words, so a word too long for its card shows as overflow); the excerpts take whatever room is left.
 * On one line the ellipsis is the intended cut, so overflow there is no failure.
 */
function cardsFit(grid: HTMLElement): boolean {
  if (grid.scrollHeight > grid.clientHeight + 1) return false;
  for (const card of Array.from(grid.children) as HTMLElement[]) {
    const head = card.firstElementChild as HTMLElement | null;
    if (!head) return false;
    const title = head.querySelector<HTMLElement>('.card-title');
    if (title && !grid.classList.contains('one-line') && title.scrollWidth > title.clientWidth + 1) return false;
    const bottom = card.getBoundingClientRect().top + card.clientTop + card.clientHeight - parseFloat(getComputedStyle(card).paddingBottom);
    if (head.getBoundingClientRect().bottom > bottom + 1 || head.scrollWidth > head.clientWidth + 1) return false;
  }
  return true;
}

export function gridLayout(body: HTMLElement, cards: CardParts[], aspect: number, maxVh?: number): Layout {
  const width = body.clientWidth;
  const height = body.clientHeight;
  const n = Math.max(1, cards.length);
  // While fitting, the excerpts are left out of the layout: they only take the room left, and 300 of them cost.
  const grid = h('div', { class: 'card-grid fitting' }, ...cards.map((c) => c.card));
  body.replaceChildren(grid);
  const apply = (size: number, cols: number, rows: number) => {
    setSize(grid, size);
    grid.style.setProperty('--cols', String(cols));
    grid.style.setProperty('--rows', String(rows));
  };
  const attempt = (size: number): { cols: number; rows: number } | null => {
    let best: { cols: number; rows: number; score: number } | null = null;
    const gap = gapPx(size);
    for (let cols = 1; cols <= cardColumns(width, size, n); cols++) {
      const rows = Math.ceil(n / cols);
      apply(size, cols, rows);
      if (!cardsFit(grid)) continue;
      const cellWidth = (width - (cols - 1) * gap) / cols;
      const cellHeight = (height - (rows - 1) * gap) / rows;
      const score = Math.abs(Math.log(cellWidth / cellHeight / aspect)) + (cols * rows - n) / (cols * rows);
      if (!best || score < best.score) best = { cols, rows, score };
    }
    return best;
  };
  // Titles on two lines at most; when that cannot hold every card at the smallest size, on one line before pages.
  let fitted = tooSmall(body) ? null : largestFitting(textSteps(maxVh), attempt);
  if (!fitted && !tooSmall(body)) {
    grid.classList.add('one-line');
    fitted = largestFitting(textSteps(maxVh), attempt);
    if (!fitted) grid.classList.remove('one-line');
  }
  const oneLine = grid.classList.contains('one-line');
  let size = minTextVh;
  let cols: number;
  let rows: number;
  if (fitted) {
    ({ size } = fitted);
    ({ cols, rows } = fitted.result);
  } else {
    // Pages: as many rows of the narrowest legible cards as fit.
    cols = cardColumns(width, size, n);
    rows = Math.max(1, Math.ceil(n / cols) - 1);
    for (; rows > 1; rows--) {
      grid.replaceChildren(...cards.slice(0, cols * rows).map((c) => c.card));
      apply(size, cols, rows);
      if (cardsFit(grid)) break;
    }
  }
  const pages: HTMLElement[] = [];
  for (let i = 0; i < n; i += cols * rows) {
    const page = h('div', { class: oneLine ? 'card-grid one-line' : 'card-grid' }, ...cards.slice(i, i + cols * rows).map((c) => c.card));
    setSize(page, size);
    page.style.setProperty('--cols', String(cols));
    page.style.setProperty('--rows', String(rows));
    pages.push(page);
  }
  body.replaceChildren();
  return { pages, size };
}

/** Once a page of cards is shown: drops the excerpts that do not fit whole in their card. */
export function trimExcerpts(page: HTMLElement): void {
  for (const list of Array.from(page.querySelectorAll<HTMLElement>('.card-notes'))) {
    const limit = list.clientHeight + 0.5;
    const cut = (Array.from(list.children) as HTMLElement[]).filter((item) => item.offsetTop + item.offsetHeight > limit);
    for (const item of cut) item.remove();
    list.classList.toggle('empty-list', list.children.length === 0);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Bars (vote results): ranked rows in one to three columns, read down then across.

/** A column of bars is at least this many text sizes wide: a title of about 26 characters a line. */
const barColumnEm = 16;

export function barsLayout(body: HTMLElement, rows: HTMLElement[], maxVh?: number): Layout {
  const width = body.clientWidth;
  const height = body.clientHeight;
  const n = Math.max(1, rows.length);
  const list = h('ol', { class: 'bars ranked' }, ...rows);
  body.replaceChildren(list);
  const maxCols = (size: number) => Math.max(1, Math.min(3, n, Math.floor((width + gapPx(size)) / (barColumnEm * vhToPx(size) + gapPx(size)))));
  const apply = (size: number, cols: number, perColumn: number) => {
    setSize(list, size);
    list.style.setProperty('--cols', String(cols));
    list.style.setProperty('--rows', String(perColumn));
  };
  const fits = () => list.offsetHeight <= height + 1 && list.scrollWidth <= width + 1;
  const attempt = (size: number): number | null => {
    for (let cols = 1; cols <= maxCols(size); cols++) {
      apply(size, cols, Math.ceil(n / cols));
      if (fits()) return cols;
    }
    return null;
  };
  // Titles on two lines at most; on one line before pages.
  let fitted = tooSmall(body) ? null : largestFitting(textSteps(maxVh), attempt);
  if (!fitted && !tooSmall(body)) {
    list.classList.add('one-line');
    fitted = largestFitting(textSteps(maxVh), attempt);
    if (!fitted) list.classList.remove('one-line');
  }
  const className = list.className;
  const size = fitted?.size ?? minTextVh;
  const cols = fitted?.result ?? maxCols(size);
  let perColumn = Math.ceil(n / cols);
  if (!fitted) {
    for (perColumn -= 1; perColumn > 1; perColumn--) {
      list.replaceChildren(...rows.slice(0, cols * perColumn));
      apply(size, cols, perColumn);
      if (fits()) break;
    }
    perColumn = Math.max(1, perColumn);
  }
  const pages: HTMLElement[] = [];
  for (let i = 0; i < n; i += cols * perColumn) {
    const page = h('ol', { class: className }, ...rows.slice(i, i + cols * perColumn));
    setSize(page, size);
    page.style.setProperty('--cols', String(cols));
    page.style.setProperty('--rows', String(Math.min(perColumn, Math.ceil((Math.min(n, i + cols * perColumn) - i) / cols))));
    pages.push(page);
  }
  body.replaceChildren();
  return { pages, size };
}

// ---------------------------------------------------------------------------------------------------------------
// One block (the workshop's input, the hidden count, a rating): as large as fits, up to its own ceiling.

export function blockLayout(body: HTMLElement, block: HTMLElement, maxVh?: number): Layout {
  const height = body.clientHeight;
  const width = body.clientWidth;
  body.replaceChildren(block);
  const fitted = tooSmall(body) ? null : largestFitting(textSteps(maxVh), (size) => {
    setSize(block, size);
    return block.offsetHeight <= height + 1 && block.scrollWidth <= width + 1 ? size : null;
  });
  const size = fitted?.size ?? minTextVh;
  setSize(block, size);
  body.replaceChildren();
  return { pages: [block], size };
}
