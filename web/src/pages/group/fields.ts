// Form fields of the group's space. Sections are rebuilt when the group is read again (every few seconds); what a
// person has typed into a field is kept here by key, so a rebuild never takes their words away.
import { h } from '../../lib/dom';

const drafts = new Map<string, string>();

export function draft(key: string): string {
  return drafts.get(key) ?? '';
}

export function setDraft(key: string, value: string): void {
  if (value) drafts.set(key, value);
  else drafts.delete(key);
}

/** Forgets the drafts of a form once what it sent is queued. */
export function clearDrafts(...keys: string[]): void {
  for (const key of keys) drafts.delete(key);
}

interface FieldOptions {
  label: string;
  key: string;
  initial?: string;
  multiline?: boolean;
  type?: string;
  maxlength?: number;
  required?: boolean;
  testid?: string;
  min?: number;
  max?: number;
}

/** A labelled input or textarea whose value is the draft of its key (or its initial value before any typing). */
export function field(options: FieldOptions): { label: HTMLLabelElement; input: HTMLInputElement | HTMLTextAreaElement } {
  const id = `f-${options.key}`;
  const value = drafts.has(options.key) ? draft(options.key) : (options.initial ?? '');
  const attributes = {
    id,
    value,
    maxlength: options.maxlength ?? null,
    required: options.required ?? false,
    'data-testid': options.testid ?? null,
    'data-key': options.key,
    min: options.min ?? null,
    max: options.max ?? null,
    oninput: (event: Event) => setDraft(options.key, (event.target as HTMLInputElement).value),
  };
  const input = options.multiline
    ? h('textarea', { ...attributes, rows: 3 })
    : h('input', { ...attributes, type: options.type ?? 'text' });
  if (options.multiline) (input as HTMLTextAreaElement).value = value;
  return { label: h('label', { for: id }, options.label), input };
}

/** Label and field one under the other, as a block. */
export function stacked(options: FieldOptions): HTMLDivElement {
  const { label, input } = field(options);
  return h('div', { class: 'field' }, label, input);
}

/** The value of a field of a form, by key. */
export function valueOf(form: HTMLElement, key: string): string {
  const el = form.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[data-key="${key}"]`);
  return el ? el.value.trim() : '';
}
