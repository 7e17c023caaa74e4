// A folded part of a section whose open state outlives the section's rebuilds (the group is read again every few
// seconds; a form someone opened must not close under them).
import { h, type Child } from '../../lib/dom';

/** What a page that folds needs: the set of parts held open. */
export interface Folding {
  ui: { editing: Set<string> };
}

export function foldable(ctx: Folding, key: string, summary: string, ...content: Child[]): HTMLDetailsElement {
  const details = h('details', {
    class: 'fold',
    'data-testid': key,
    open: ctx.ui.editing.has(key),
    ontoggle: () => {
      if (details.open) ctx.ui.editing.add(key);
      else ctx.ui.editing.delete(key);
    },
  }, h('summary', { 'data-key': `summary-${key}` }, summary), ...content);
  return details;
}
