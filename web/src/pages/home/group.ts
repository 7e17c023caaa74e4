// A working group started from scratch, for an idea that did not come from an evening: a name and a promise, then
// the two co-animator seats' secret links, shown once: one to open now, one to give. The group's code is for the
// members.
import { api, RequestFailed, type CreatedGroup } from '../../lib/api';
import { h } from '../../lib/dom';
import { language, t } from '../../lib/i18n';

const state: { open: boolean; name: string; promise: string; sending: boolean; error: string; created: CreatedGroup | null } =
  { open: false, name: '', promise: '', sending: false, error: '', created: null };

function createdView(created: CreatedGroup): HTMLElement {
  const [mine, other] = created.seats;
  return h('div', { class: 'group-created', 'data-testid': 'scratch-group-created' },
    h('p', null, t('home.group.created', { name: created.name })),
    h('p', null, t('home.group.code'), ' ', h('strong', { 'data-testid': 'scratch-group-code' }, created.joinCode)),
    h('p', { class: 'warning' }, t('home.group.once')),
    mine ? h('p', null, h('a', { href: mine.url, 'data-testid': 'scratch-group-open' }, t('home.group.openSeat'))) : null,
    other ? h('p', null, t('home.group.otherSeat'), h('br'), h('output', { class: 'url', 'data-testid': 'scratch-group-seat2' }, other.url)) : null);
}

export function scratchGroup(render: () => void): HTMLElement {
  if (state.created) {
    return h('section', { class: 'scratch-group', 'aria-labelledby': 'scratch-group-heading' }, h('h2', { id: 'scratch-group-heading' }, t('home.group.heading')), createdView(state.created));
  }
  const name = h('input', { id: 'scratch-group-name', type: 'text', maxlength: 160, required: true, value: state.name, 'data-testid': 'scratch-group-name', oninput: () => { state.name = name.value; } });
  const promise = h('input', { id: 'scratch-group-promise', type: 'text', maxlength: 300, value: state.promise, 'data-testid': 'scratch-group-promise', oninput: () => { state.promise = promise.value; } });
  const submit = async () => {
    if (!state.name.trim() || state.sending) return;
    state.sending = true;
    state.error = '';
    render();
    try {
      state.created = await api.createScratchGroup(state.name.trim(), state.promise.trim() || null, language());
    } catch (failure) {
      state.error = failure instanceof RequestFailed && failure.status < 500 ? t('home.group.refused', { message: failure.message }) : t('home.joinCode.network');
    } finally {
      state.sending = false;
      render();
    }
  };
  return h('section', { class: 'scratch-group', 'aria-labelledby': 'scratch-group-heading' },
    h('details', { open: state.open, ontoggle: (event: Event) => { state.open = (event.target as HTMLDetailsElement).open; } },
      h('summary', { id: 'scratch-group-heading', 'data-testid': 'scratch-group' }, t('home.group.heading')),
      h('p', { class: 'hint' }, t('home.group.hint')),
      h('form', { novalidate: true, onsubmit: (event: Event) => { event.preventDefault(); void submit(); } },
        h('label', { for: 'scratch-group-name' }, t('home.group.name')), name,
        h('label', { for: 'scratch-group-promise' }, t('home.group.promise')), promise,
        state.error ? h('p', { class: 'field-error', role: 'alert' }, state.error) : null,
        h('button', { type: 'submit', 'data-testid': 'scratch-group-create', disabled: state.sending }, t('home.group.create')))));
}
