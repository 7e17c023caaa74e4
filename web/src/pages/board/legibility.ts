// How small the board may write, and why. Sizes are fractions of the viewport height (vh): the picture on the wall
// has the same height whatever the projector's resolution, so 2.4vh subtends the same angle from the same seat at
// 1920×1080 (26 px) and at 1280×720 (17 px).
//
// The floor. The usual rule for projected text puts the last row within about 8 picture heights (a 1.6 m high
// picture for a last row at 13 m). From there, text of 2.4% of the height has capitals (about 0.7 em) of
// 0.024 × 0.7 / 8 rad ≈ 7.2 arcminutes: 1.4 times the 5′ of the eye chart's 10/10 line, the margin that older eyes
// and a washed-out projector need. Titles are 1.25 times the text (3.0vh at least, 9′), so a regroupement's name
// still reads where its post-it no longer do. Counts, countdown and headings are never below the text.
//
// The ceiling. A handful of post-it may grow to 4.2vh (45 px at 1080): larger still, a note of three lines would
// hold three words a line and read worse, not better.

/** Smallest text (post-it, counts, captions), in vh. */
export const minTextVh = 2.4;

/** Titles (regroupements, tables, pistes) are this many times the text. */
export const titleRatio = 1.25;

/** Largest text when there is room, in vh. */
export const maxTextVh = 4.2;

/** Sizes tried from the largest down, in vh: fine enough that one step is hardly seen. */
export function textSteps(maxVh = maxTextVh): number[] {
  const steps: number[] = [];
  for (let tenths = Math.round(maxVh * 10); tenths >= Math.round(minTextVh * 10); tenths -= 2) steps.push(tenths / 10);
  if (steps[steps.length - 1] !== minTextVh) steps.push(minTextVh);
  return steps;
}

/** A size in vh as CSS pixels of the current viewport. */
export function vhToPx(vh: number): number {
  return (vh * window.innerHeight) / 100;
}

/** How long a page stays before the next one, in ms: time to read a page of post-it, short enough that all pass. */
export const pageMs = 13_000;
