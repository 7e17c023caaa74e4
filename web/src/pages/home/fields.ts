// Labelled form controls with their hint and their error message, wired for assistive technology:
// aria-invalid, and aria-describedby naming the hint and, when there is one, the error.
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { unfoldAround } from './folds';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface Registered {
  control: Control;
  error: HTMLElement;
  hintId: string | null;
  validate: () => string | null;
}

const registry = new Map<string, Registered>();
/** Current error message per field id; survives re-rendering. */
export const errors = new Map<string, string>();

export function clearRegistry(): void {
  registry.clear();
}

export function fieldIds(): string[] {
  return [...registry.keys()];
}

/** Checks one field, shows or clears its message, and returns it. */
export function check(id: string): string | null {
  const field = registry.get(id);
  if (!field) return null;
  const message = field.validate();
  if (message) errors.set(id, message);
  else errors.delete(id);
  show(id);
  return message;
}

/** Focuses a field, unfolding the "Plus de réglages" that hides it. */
export function focusField(id: string): void {
  const control = registry.get(id)?.control;
  if (!control) return;
  unfoldAround(control);
  control.focus();
}

/** Unfolds what hides a field, so its error message shows. */
export function revealField(id: string): void {
  const control = registry.get(id)?.control;
  if (control) unfoldAround(control);
}

function show(id: string): void {
  const field = registry.get(id);
  if (!field) return;
  const message = errors.get(id) ?? null;
  field.error.textContent = message ?? '';
  field.error.hidden = !message;
  const described = [field.hintId, message ? field.error.id : null].filter(Boolean).join(' ');
  if (described) field.control.setAttribute('aria-describedby', described);
  else field.control.removeAttribute('aria-describedby');
  if (message) field.control.setAttribute('aria-invalid', 'true');
  else field.control.removeAttribute('aria-invalid');
}

/** Registers a control so that it can be checked, re-checked while typing once it was found invalid, and focused. */
function register(id: string, control: Control, error: HTMLElement, hintId: string | null, validate: () => string | null): void {
  registry.set(id, { control, error, hintId, validate });
  control.addEventListener('input', () => {
    if (errors.has(id)) check(id);
  });
  control.addEventListener('change', () => {
    if (errors.has(id)) check(id);
  });
  show(id);
}

export interface TextFieldOptions {
  id: string;
  testid: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  maxLength?: number;
  hint?: string;
  validate?: () => string | null;
  className?: string;
}

export function textField(o: TextFieldOptions): HTMLElement {
  const hintId = o.hint ? `${o.id}-hint` : null;
  const errorId = `${o.id}-error`;
  const common = {
    id: o.id,
    name: o.id,
    'data-testid': o.testid,
    maxlength: o.maxLength ?? null,
    'aria-required': o.required ? 'true' : null,
    autocomplete: 'off',
    spellcheck: o.multiline ? 'true' : null,
  };
  const control = o.multiline
    ? h('textarea', { ...common, rows: o.rows ?? 3 })
    : h('input', { ...common, type: 'text' });
  control.value = o.value;
  control.addEventListener('input', () => o.onInput(control.value));
  const error = h('p', { id: errorId, class: 'field-error', hidden: true });
  register(o.id, control, error, hintId, o.validate ?? (() => null));
  return h('div', { class: `field${o.className ? ` ${o.className}` : ''}` },
    h('label', { for: o.id }, o.label, o.required ? h('span', { class: 'required' }, ` ${t('home.field.required')}`) : null),
    o.hint ? h('p', { id: hintId, class: 'hint' }, o.hint) : null,
    control,
    error);
}

export interface NumberFieldOptions {
  id: string;
  label: string;
  value: string;
  min: number;
  max: number;
  hint: string;
  onInput: (value: string) => void;
  validate: () => string | null;
  attributes: Record<string, string>;
  unit: string;
}

/** A small number input on one row: label, input, unit, then its hint and error below. */
export function numberField(o: NumberFieldOptions): HTMLElement {
  const hintId = `${o.id}-hint`;
  const control = h('input', {
    ...o.attributes,
    id: o.id,
    name: o.id,
    type: 'number',
    inputmode: 'numeric',
    min: o.min,
    max: o.max,
    step: 1,
    value: o.value,
  });
  control.addEventListener('input', () => o.onInput(control.value));
  const error = h('p', { id: `${o.id}-error`, class: 'field-error', hidden: true });
  register(o.id, control, error, hintId, o.validate);
  return h('div', { class: 'round-row' },
    h('label', { for: o.id, class: 'round-name' }, o.label),
    h('p', { id: hintId, class: 'hint round-hint' }, o.hint),
    h('span', { class: 'round-input' }, control, h('span', { class: 'unit', 'aria-hidden': 'true' }, o.unit)),
    error);
}

export interface SelectFieldOptions {
  id: string;
  testid: string;
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
  hint?: string;
}

export function selectField(o: SelectFieldOptions): { element: HTMLElement; select: HTMLSelectElement } {
  const hintId = o.hint ? `${o.id}-hint` : null;
  const select = h('select', { id: o.id, name: o.id, 'data-testid': o.testid, 'aria-describedby': hintId },
    ...o.options.map((opt) => h('option', { value: opt.value }, opt.label)));
  select.value = o.value;
  select.addEventListener('change', () => o.onChange(select.value));
  return {
    select,
    element: h('div', { class: 'field' },
      h('label', { for: o.id }, o.label),
      o.hint ? h('p', { id: hintId, class: 'hint' }, o.hint) : null,
      select),
  };
}

export function checkboxField(id: string, testid: string, label: string, checked: boolean, onChange: (checked: boolean) => void, hint?: string): HTMLElement {
  const hintId = hint ? `${id}-hint` : null;
  const box = h('input', { type: 'checkbox', id, name: id, 'data-testid': testid, checked, 'aria-describedby': hintId });
  box.addEventListener('change', () => onChange(box.checked));
  return h('div', { class: 'check' },
    box,
    h('label', { for: id }, label),
    hint ? h('p', { id: hintId, class: 'hint' }, hint) : null);
}
