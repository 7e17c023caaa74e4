// The join form: a nickname (no account, no e-mail) and, when the soirée has tables, a table.
import { api, RequestFailed, type JoinInfo } from '../../lib/api';
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
  const table = info.tables.length > 0
    ? h('select', { id: 'table-choice', name: 'table', 'data-testid': 'table-choice' },
      h('option', { value: '' }, t('phone.join.noTable')),
      ...info.tables.map((x) => h('option', { value: x.id }, x.name)))
    : null;
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
  table && h('label', { for: 'table-choice' }, t('phone.join.table')),
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
      const joined = await api.join(code, name, table && table.value ? table.value : null, joinIdFor(info.sessionId));
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
