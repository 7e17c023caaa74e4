// Joining a group without an account: by its code (/g/CODE, typed or scanned) with a nickname, or by a personal
// invitation from the evening, under the nickname it carries unless another is typed.
import { h, replace } from '../../lib/dom';
import { initLanguage, t } from '../../lib/i18n';
import { languageSwitch } from '../../lib/page';
import { load, refusalText, type Ctx } from './context';
import { forgetJoinId, joinIdFor } from '../phone/storage';
import { keepToken, tokenFor } from './identity';
import { contactText } from './model';

interface JoinInfo {
  groupId: string;
  name: string;
  promise: string;
  language: string;
  closed: boolean;
}

async function errorOf(response: Response): Promise<string> {
  if (response.status === 404) return t('group.join.unknownCode');
  try {
    const body = (await response.json()) as { code?: string; message?: string };
    return refusalText(body.code ?? `http.${response.status}`, body.message ?? null);
  } catch {
    return refusalText(`http.${response.status}`, null);
  }
}

/** The page at /g/CODE: what the code opens, then a nickname and "Rejoindre". */
export async function joinPage(app: HTMLElement, code: string): Promise<void> {
  initLanguage();
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'join-status' }, t('group.join.loading'));
  replace(app, h('main', { class: 'group-join' }, h('div', { class: 'topbar' }, h('span', { class: 'brand' }, t('group.kind')), languageSwitch()), status));
  let info: JoinInfo;
  try {
    const response = await fetch(`/api/groups/join/${encodeURIComponent(code)}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      status.textContent = await errorOf(response);
      status.className = 'status error';
      return;
    }
    info = (await response.json()) as JoinInfo;
  } catch {
    status.textContent = t('group.error.offline');
    status.className = 'status error';
    return;
  }
  initLanguage(info.language);
  if (tokenFor(info.groupId)) {
    location.replace(`/gr/${encodeURIComponent(info.groupId)}`);
    return;
  }
  if (info.closed) {
    status.textContent = t('group.join.closed', { name: info.name });
    return;
  }
  // Kept until the join is answered: sending it again after a lost answer makes the same member, not a second one.
  const joinId = joinIdFor(info.groupId);
  const nickname = h('input', { id: 'group-nickname', type: 'text', maxlength: 40, required: true, autocomplete: 'nickname', 'data-testid': 'group-nickname' });
  const submit = h('button', { type: 'submit', 'data-testid': 'group-join' }, t('group.join.submit'));
  const form = h('form', {
    class: 'join-form',
    onsubmit: async (event: Event) => {
      event.preventDefault();
      const name = nickname.value.trim();
      if (!name) return;
      submit.disabled = true;
      status.textContent = t('group.join.sending');
      status.className = 'status';
      try {
        const response = await fetch(`/api/groups/join/${encodeURIComponent(code)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ nickname: name, joinId }),
        });
        if (!response.ok) {
          status.textContent = await errorOf(response);
          status.className = 'status error';
          submit.disabled = false;
          return;
        }
        const joined = (await response.json()) as { groupId: string; token: string };
        keepToken(joined.groupId, joined.token);
        forgetJoinId(joined.groupId);
        location.replace(`/gr/${encodeURIComponent(joined.groupId)}`);
      } catch {
        status.textContent = t('group.join.offline');
        status.className = 'status error';
        submit.disabled = false;
      }
    },
  },
  h('label', { for: 'group-nickname' }, t('group.join.nickname')),
  nickname,
  h('p', { class: 'muted' }, t('group.join.noAccount')),
  submit);
  status.textContent = '';
  replace(app, h('main', { class: 'group-join' },
    h('div', { class: 'topbar' }, h('span', { class: 'brand' }, t('group.kind')), languageSwitch()),
    h('h1', { 'data-testid': 'group-name' }, info.name),
    info.promise ? h('p', { class: 'promise' }, info.promise) : null,
    form,
    status));
  nickname.focus();
}

/** An invitation not yet accepted: the welcome, the nickname from the evening, whether to keep the contact shared then. */
export function invitationPanel(ctx: Ctx): HTMLElement[] {
  const me = ctx.page?.me;
  if (!me || me.role !== 'invited') return [];
  const nickname = h('input', { id: 'invited-nickname', type: 'text', maxlength: 40, value: me.invitedAs ?? '', 'data-testid': 'invited-nickname' });
  // The contact shared at the evening, if any: only then is there something to keep or to let go.
  const shared = ctx.page?.group.invitations.find((i) => i.id === me.id)?.contact ?? null;
  const keep = h('input', { id: 'invited-keep', type: 'checkbox', checked: shared !== null, 'data-testid': 'invited-keep-contact' });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', 'data-testid': 'accept-invitation' }, t('group.invited.accept'));
  const form = h('form', {
    class: 'invited',
    onsubmit: async (event: Event) => {
      event.preventDefault();
      submit.disabled = true;
      try {
        const response = await fetch(`/api/groups/${encodeURIComponent(ctx.groupId)}/invitation`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ctx.token}` },
          body: JSON.stringify({ nickname: nickname.value.trim() || null, keepContact: keep.checked }),
        });
        if (!response.ok) {
          status.textContent = await errorOf(response);
          submit.disabled = false;
          return;
        }
        await load(ctx);
      } catch {
        status.textContent = t('group.join.offline');
        submit.disabled = false;
      }
    },
  },
  h('h2', null, t('group.invited.heading', { name: me.invitedAs || '' })),
  h('p', null, t('group.invited.text')),
  h('label', { for: 'invited-nickname' }, t('group.join.nickname')),
  nickname,
  shared ? h('p', { class: 'check' }, keep, h('label', { for: 'invited-keep' }, t('group.invited.keepContact', { contact: contactText(shared) ?? '' }))) : null,
  submit,
  status);
  return [form];
}
