// What cannot be undone asks once more, in place: the first press turns the button into a question with "Oui" and
// "Annuler" next to it (no browser dialog that a projector or a touch screen handles badly). Left alone, the
// question goes away after a few seconds.
import { h, type Props } from './dom';
import { t } from './i18n';

/** What a page that asks for confirmation holds: the questions open, and a way to render again. */
export interface Confirming {
  ui: { confirming: Set<string> };
  refresh(): void;
}

const askMs = 10_000;

export interface ConfirmOptions {
  /** Identity of this action across renders (also the focus key). */
  key: string;
  testid: string;
  label: string;
  /** The question asked after the first press. */
  question: string;
  /** The "yes" button's words; the action's own label when omitted. */
  yes?: string;
  danger?: boolean;
  disabled?: boolean;
  attributes?: Props;
  onConfirm: () => void;
}

export function confirmButton(ctx: Confirming, options: ConfirmOptions): HTMLElement {
  const asking = ctx.ui.confirming.has(options.key);
  if (!asking) {
    return h('button', {
      ...options.attributes,
      type: 'button',
      class: options.danger ? 'danger' : 'secondary',
      'data-testid': options.testid,
      'data-key': options.key,
      disabled: options.disabled,
      onclick: () => {
        ctx.ui.confirming.add(options.key);
        window.setTimeout(() => {
          if (ctx.ui.confirming.delete(options.key)) ctx.refresh();
        }, askMs);
        ctx.refresh();
      },
    }, options.label);
  }
  return h('span', { class: 'confirm', role: 'group', 'aria-label': options.question },
    h('span', { class: 'confirm-question', role: 'alert' }, options.question),
    h('button', {
      ...options.attributes,
      type: 'button',
      class: options.danger === false ? '' : 'danger',
      'data-testid': `${options.testid}-confirm`,
      'data-key': `${options.key}-yes`,
      onclick: () => {
        ctx.ui.confirming.delete(options.key);
        ctx.refresh();
        options.onConfirm();
      },
    }, options.yes ?? options.label),
    h('button', {
      type: 'button',
      class: 'secondary',
      'data-testid': `${options.testid}-cancel`,
      'data-key': `${options.key}-no`,
      onclick: () => {
        ctx.ui.confirming.delete(options.key);
        ctx.refresh();
      },
    }, t('confirm.cancel')));
}
