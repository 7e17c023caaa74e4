// What every page shares: the language switch and the connection indicator.
import { h } from './dom';
import { language, onLanguageChange, setLanguage, t } from './i18n';
import type { ConnectionState } from '../live/session';

export function languageSwitch(): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'secondary language-switch', onclick: () => setLanguage(language() === 'fr' ? 'en' : 'fr') }, t('language.switch'));
  onLanguageChange(() => {
    button.textContent = t('language.switch');
  });
  return button;
}

export function connectionBadge(): { element: HTMLElement; update: (state: ConnectionState) => void } {
  const element = h('span', { class: 'connection connecting', role: 'status', 'aria-live': 'polite', 'data-state': 'connecting' }, t('connection.connecting'));
  const update = (state: ConnectionState) => {
    element.className = `connection ${state}`;
    element.dataset.state = state;
    element.textContent = t(`connection.${state}`);
  };
  return { element, update };
}

/** The secret token of an animator, board or co-animator link: after '#', never sent to the server by the browser. */
export function tokenFromHash(): string | null {
  const token = decodeURIComponent(location.hash.replace(/^#/, ''));
  return token.length > 0 ? token : null;
}

/** The last path segment (/j/CODE, /b/ID …). */
export function lastPathSegment(): string {
  return decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
}
