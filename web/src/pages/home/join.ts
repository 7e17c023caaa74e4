// For a participant who typed the address instead of scanning the QR code: the code shown on the board. The code is
// checked with the server first, so a wrong one is said here and stays in the field to be corrected.
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { api, RequestFailed } from '../../lib/api';
import { displayJoinCode, normalizeJoinCode } from '../../lib/joincode';

/** What was typed and said, kept when the page re-renders. */
const state = { typed: '', message: '', checking: false };

async function isGroupCode(code: string): Promise<boolean> {
  try {
    return (await fetch(`/api/groups/join/${encodeURIComponent(code)}`, { headers: { Accept: 'application/json' } })).ok;
  } catch {
    return false;
  }
}

export function joinWithCode(): HTMLElement {
  const error = h('p', { class: 'field-error', id: 'join-code-error', 'data-testid': 'join-code-error', role: 'alert' }, state.message);
  const input = h('input', {
    id: 'join-code-input', name: 'code', type: 'text', 'data-testid': 'join-code-input', maxlength: 16, required: true,
    value: state.typed, autocomplete: 'off', autocapitalize: 'characters', spellcheck: false, enterkeyhint: 'go',
    'aria-describedby': 'join-code-hint join-code-error', 'aria-invalid': state.message ? 'true' : null,
  });
  const button = h('button', { type: 'submit', 'data-testid': 'join-with-code', disabled: state.checking }, t('home.joinCode.submit'));
  input.addEventListener('input', () => {
    state.typed = input.value;
  });

  const refuse = (message: string) => {
    state.message = message;
    state.checking = false;
    error.textContent = message;
    button.disabled = false;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    input.select();
  };

  const submit = async () => {
    if (state.checking) return;
    const code = normalizeJoinCode(input.value);
    if (!code) {
      refuse(t('home.joinCode.invalid'));
      return;
    }
    state.checking = true;
    button.disabled = true;
    try {
      await api.resolveJoinCode(code);
      window.location.assign(`/j/${code}`);
    } catch (failure) {
      // The same field takes a working group's code: a member between meetings types it here too.
      if (failure instanceof RequestFailed && failure.status === 404 && (await isGroupCode(code))) {
        window.location.assign(`/g/${code}`);
        return;
      }
      if (failure instanceof RequestFailed && failure.status === 404) refuse(t('home.joinCode.unknown', { code: displayJoinCode(code) }));
      else if (failure instanceof RequestFailed && failure.status === 429) refuse(t('home.joinCode.tooMany'));
      else refuse(t('home.joinCode.network'));
    }
  };

  return h('section', { class: 'join-box', 'aria-labelledby': 'join-code-heading', 'data-testid': 'join-box' },
    h('h2', { id: 'join-code-heading' }, t('home.joinCode.heading')),
    h('form', { novalidate: true, onsubmit: (event: Event) => { event.preventDefault(); void submit(); } },
      h('label', { for: 'join-code-input' }, t('home.joinCode.label')),
      h('p', { class: 'hint', id: 'join-code-hint' }, t('home.joinCode.hint')),
      h('div', { class: 'join-code-row' }, input, button),
      error));
}
