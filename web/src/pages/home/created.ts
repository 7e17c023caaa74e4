// After creation: the animator's secret link, shown this once with a copy button, the join code for the room, and
// the way into the console.
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import type { CreatedSession } from '../../lib/api';

export interface Created {
  session: CreatedSession;
  title: string;
  open: boolean;
}

export function createdPanel({ session, title, open }: Created, onAnother: () => void): HTMLElement {
  const link = h('input', { id: 'animator-link', type: 'text', readonly: true, 'data-testid': 'animator-link', value: session.animatorUrl, 'aria-describedby': 'animator-warning', class: 'link-field' });
  link.addEventListener('focus', () => link.select());
  const status = h('span', { class: 'copy-status', 'data-testid': 'copy-status', role: 'status', 'aria-live': 'polite' });
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(session.animatorUrl);
      status.textContent = t('home.created.copied');
      status.classList.remove('by-hand');
    } catch {
      // Without the clipboard API (plain http on the hall's network), the older command or the person's own copy.
      link.focus();
      link.select();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      status.textContent = copied ? t('home.created.copied') : t('home.created.copyByHand');
      status.classList.toggle('by-hand', !copied);
    }
  };
  return h('section', { class: 'panel created', 'data-testid': 'created', 'aria-labelledby': 'created-heading' },
    h('h2', { id: 'created-heading', tabindex: -1 }, open ? t('home.created.headingOpen', { title }) : t('home.created.headingDraft', { title })),
    h('div', { class: 'secret' },
      h('label', { for: 'animator-link' }, t('home.created.linkLabel')),
      h('div', { class: 'link-row' },
        link,
        h('button', { type: 'button', 'data-testid': 'copy-link', onclick: () => void copy() }, t('home.created.copy'))),
      status,
      h('p', { id: 'animator-warning', class: 'warning', 'data-testid': 'animator-warning' }, t('home.created.warning'))),
    h('p', { class: 'join' },
      t('home.created.joinCode'), ' ',
      h('strong', { class: 'join-code', 'data-testid': 'join-code' }, session.joinCodeDisplay), ' ',
      h('span', { class: 'hint' }, t('home.created.joinUrl'), ' ', h('span', { class: 'join-url', 'data-testid': 'join-url' }, session.joinUrl))),
    h('p', { class: 'actions' },
      h('a', { href: session.animatorUrl, class: 'button-link', 'data-testid': 'open-console' }, t('home.created.open')),
      h('button', { type: 'button', class: 'secondary', 'data-testid': 'new-session', onclick: onAnother }, t('home.created.another'))),
    h('p', { class: 'hint' }, t('home.created.savedHere')));
}
