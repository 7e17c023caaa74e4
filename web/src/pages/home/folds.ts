// "Plus de réglages": the settings most soirées keep as they are, folded in <details> so the form stays short. Which
// folds are open survives re-rendering, and a field that must be corrected unfolds whatever hides it.
import { h } from '../../lib/dom';
import type { Child } from '../../lib/dom';

const open = new Set<string>();

export function fold(id: string, summary: Child, ...content: Child[]): HTMLDetailsElement {
  const details = h('details', { id, class: 'more', 'data-testid': 'more-settings', open: open.has(id) },
    h('summary', null, summary),
    h('div', { class: 'more-body' }, ...content));
  details.addEventListener('toggle', () => {
    if (details.open) open.add(id);
    else open.delete(id);
  });
  return details;
}

/** Opens every fold around an element (and remembers it, the toggle event coming later). */
export function unfoldAround(element: Element): void {
  for (let details = element.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
    details.open = true;
    open.add(details.id);
  }
}

/** The fold of that id will be open when next rendered. */
export function keepOpen(id: string): void {
  open.add(id);
}

export function forgetFolds(): void {
  open.clear();
}
