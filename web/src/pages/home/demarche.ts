// "Préparer une démarche": a territory's programme that holds its consultation, evenings and working groups. A
// name and the territory, and the coordinator's page opens at once with its secret link (kept on this device).
import { call, RequestFailed } from '../../lib/api';
import { h } from '../../lib/dom';
import { language, t } from '../../lib/i18n';

interface CreatedDemarche {
  demarcheId: string;
  coordinatorToken: string;
  coordinatorUrl: string;
  consultationCode: string;
  consultationUrl: string;
}

const state: { open: boolean; name: string; territory: string; sending: boolean; error: string } =
  { open: false, name: '', territory: '', sending: false, error: '' };

export function demarcheBlock(render: () => void): HTMLElement {
  const name = h('input', { id: 'demarche-name', type: 'text', maxlength: 160, required: true, value: state.name, 'data-testid': 'demarche-name', 'aria-describedby': 'demarche-name-hint', oninput: () => { state.name = name.value; } });
  const territory = h('input', { id: 'demarche-territory', type: 'text', maxlength: 160, value: state.territory, 'data-testid': 'demarche-territory', oninput: () => { state.territory = territory.value; } });
  const submit = async () => {
    if (state.sending) return;
    if (!state.name.trim()) {
      state.error = t('home.demarche.nameNeeded');
      render();
      document.getElementById('demarche-name')?.focus();
      return;
    }
    state.sending = true;
    state.error = '';
    render();
    try {
      const created = await call<CreatedDemarche>('POST', '/api/demarches', { name: state.name.trim(), territory: state.territory.trim() || undefined, language: language() });
      // The coordinator's page takes the token from after '#', keeps it on this device and clears the address bar.
      location.assign(created.coordinatorUrl);
    } catch (failure) {
      state.error = failure instanceof RequestFailed && failure.status < 500 ? t('home.demarche.refused', { message: failure.message }) : t('home.joinCode.network');
      state.sending = false;
      render();
    }
  };
  return h('section', { class: 'scratch-group demarche-block', 'aria-labelledby': 'demarche-heading' },
    h('details', { open: state.open, ontoggle: (event: Event) => { state.open = (event.target as HTMLDetailsElement).open; } },
      h('summary', { id: 'demarche-heading', 'data-testid': 'demarche-block' }, t('home.demarche.heading')),
      h('p', { class: 'hint' }, t('home.demarche.hint')),
      h('form', { novalidate: true, onsubmit: (event: Event) => { event.preventDefault(); void submit(); } },
        h('label', { for: 'demarche-name' }, t('home.demarche.name')), name,
        h('p', { class: 'hint', id: 'demarche-name-hint' }, t('home.demarche.nameHint')),
        h('label', { for: 'demarche-territory' }, t('home.demarche.territory')), territory,
        state.error ? h('p', { class: 'field-error', role: 'alert', 'data-testid': 'demarche-error' }, state.error) : null,
        h('button', { type: 'submit', 'data-testid': 'demarche-create', disabled: state.sending }, state.sending ? t('home.demarche.creating') : t('home.demarche.create')))));
}
