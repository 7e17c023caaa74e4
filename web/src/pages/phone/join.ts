// The join form: a nickname (no account, no e-mail) and, when the soirée has tables, a table; and the form to type a
// soirée's code, also offered right where a wrong code led.
import { api, RequestFailed, type JoinInfo } from '../../lib/api';
import { normalizeJoinCode } from '../../lib/joincode';
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { joinIdFor, forgetJoinId, saveIdentity, type Identity } from './storage';

/** The sentence for a failed HTTP call of the join flow. */
export function joinError(error: unknown): string {
  if (error instanceof RequestFailed) {
    switch (error.code) {
      case 'session.joining_locked':
        return t('phone.join.locked');
      case 'session.state':
        return t('phone.join.notOpen');
      case 'input.not_found':
      case 'session.not_found':
        return t('phone.join.badCode');
      case 'input.invalid':
        return t('phone.join.badNickname');
      case 'store.unavailable':
        return t('phone.join.busy');
      case 'rate.limited':
        return t('phone.join.tooMany');
      default:
        return t('phone.join.failed');
    }
  }
  return t('phone.error.network');
}

/** Why this soirée cannot be joined right now, or null when it can. */
export function closedReason(info: JoinInfo): string | null {
  if (info.state === 'closed') return t('phone.join.closed');
  if (info.state !== 'open') return t('phone.join.notOpen');
  if (info.joiningLocked) return t('phone.join.locked');
  return null;
}

export function joinForm(code: string, info: JoinInfo, onJoined: (identity: Identity) => void): HTMLElement {
  const error = h('p', { class: 'error', id: 'join-error', role: 'alert' });
  const nickname = h('input', {
    id: 'nickname', name: 'nickname', type: 'text', 'data-testid': 'nickname', maxlength: 40, required: true,
    autocomplete: 'nickname', autocapitalize: 'words', enterkeyhint: 'go', 'aria-describedby': 'nickname-help join-error',
  });
  // Each table as a big choice, none chosen for the person: someone who does not know yet joins without a table and
  // is asked for it when the room goes to the tables.
  const choices = [...info.tables, { id: '', name: t('phone.join.noTable') }];
  const radios = choices.map((x) => h('input', { type: 'radio', name: 'table', value: x.id, id: `join-table-${x.id || 'later'}`, 'data-testid': 'join-table' }));
  const table = info.tables.length > 0
    ? h('fieldset', { class: 'table-choice', 'data-testid': 'table-choice', 'aria-describedby': 'table-help' },
      h('legend', null, t('phone.join.table')),
      h('p', { class: 'help', id: 'table-help' }, t('phone.join.tableHelp')),
      ...choices.map((x, i) => h('label', { class: x.id ? 'table-radio' : 'table-radio later', for: radios[i].id }, radios[i], h('span', null, x.name))))
    : null;
  const chosenTable = () => radios.find((r) => r.checked)?.value || null;
  const button = h('button', { type: 'submit', class: 'primary big', 'data-testid': 'join' }, t('phone.join.submit'));
  const blocked = closedReason(info);
  if (blocked) error.textContent = blocked;

  const form = h('form', {
    class: 'card join-form', novalidate: true,
    onsubmit: (event: Event) => {
      event.preventDefault();
      void submit();
    },
  },
  h('label', { for: 'nickname' }, t('phone.join.nickname')),
  h('p', { class: 'help', id: 'nickname-help' }, t('phone.join.nicknameHelp')),
  nickname,
  table,
  button,
  error);

  async function submit(): Promise<void> {
    const name = nickname.value.replace(/\s+/g, ' ').trim();
    if (name.length < 1 || name.length > 40) {
      error.textContent = t('phone.join.badNickname');
      nickname.setAttribute('aria-invalid', 'true');
      nickname.focus();
      return;
    }
    nickname.removeAttribute('aria-invalid');
    button.disabled = true;
    button.textContent = t('phone.join.joining');
    error.textContent = '';
    try {
      // The same join id on every try: a join whose answer was lost answers the same participant when sent again.
      const joined = await api.join(code, name, chosenTable(), joinIdFor(info.sessionId));
      const identity: Identity = { sessionId: joined.sessionId, participantId: joined.participantId, token: joined.token, nickname: name };
      saveIdentity(identity);
      forgetJoinId(info.sessionId);
      onJoined(identity);
    } catch (failure) {
      error.textContent = joinError(failure);
      button.disabled = false;
      button.textContent = t('phone.join.submit');
    }
  }

  if (info.state === 'closed') {
    return h('section', { class: 'join', 'aria-labelledby': 'join-heading' },
      h('h2', { id: 'join-heading' }, t('phone.closed.title')),
      h('p', { class: 'card error', role: 'alert' }, t('phone.join.closed')));
  }
  return h('section', { class: 'join', 'aria-labelledby': 'join-heading' },
    h('h2', { id: 'join-heading' }, t('phone.join.heading')),
    h('p', { class: 'lead' }, t('phone.join.intro')),
    form);
}

/** Whether a failed resolve means the code itself is wrong (not the network, not a busy server). */
export function isBadCode(error: unknown): boolean {
  return error instanceof RequestFailed && (error.code === 'input.not_found' || error.code === 'session.not_found');
}

/** A field to type (or correct) the soirée's code; a code that cannot be one is refused before asking the server. */
export function codeForm(message: string | null, typed: string): HTMLElement {
  const error = h('p', { class: 'error', id: 'code-error', role: 'alert', 'data-testid': 'code-error' }, message ?? '');
  const input = h('input', {
    id: 'code', type: 'text', autocapitalize: 'characters', autocomplete: 'off', spellcheck: 'false', maxlength: 12,
    enterkeyhint: 'go', value: typed, 'data-testid': 'join-code-input', 'aria-describedby': 'code-help code-error',
  });
  if (message) input.setAttribute('aria-invalid', 'true');
  return h('section', { class: 'card code-form', 'aria-labelledby': 'code-heading', 'data-testid': 'code-form' },
    h('h2', { id: 'code-heading' }, message ? t('phone.code.retype') : t('phone.code.title')),
    error,
    h('form', {
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        const code = normalizeJoinCode(input.value);
        if (!code) {
          error.textContent = t('phone.code.malformed');
          input.setAttribute('aria-invalid', 'true');
          input.focus();
          return;
        }
        location.assign(`/j/${encodeURIComponent(code)}`);
      },
    },
    h('label', { for: 'code' }, t('phone.code.label')),
    h('p', { class: 'help', id: 'code-help' }, t('phone.code.help')),
    input,
    h('button', { type: 'submit', class: 'big', 'data-testid': 'join-code-submit' }, t('phone.code.submit'))));
}
