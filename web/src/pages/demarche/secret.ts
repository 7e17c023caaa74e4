// A personal link is a key: masked ("••••") until someone asks to see it, shown for half a minute, and copied
// without being shown. The coordinator's laptop is often on the projector when the démarche is presented.
import { h, type Child } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { absolute, say, type Ctx } from './context';

const showMs = 30_000;

function hide(ctx: Ctx, key: string): void {
  if (ctx.ui.revealed.delete(key)) ctx.refresh();
}

function reveal(ctx: Ctx, key: string): void {
  ctx.ui.revealed.add(key);
  window.setTimeout(() => hide(ctx, key), showMs);
  ctx.refresh();
}

async function copy(ctx: Ctx, key: string, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    say(ctx, t('demarche.link.copied'), 'info');
  } catch {
    // Without the clipboard (plain http on the hall's network), the link is shown to be copied by hand.
    reveal(ctx, key);
    say(ctx, t('demarche.link.copyByHand'), 'info');
  }
}

/** A secret link with its "Afficher"/"Masquer" and "Copier" buttons; `testid` marks the element holding it. */
export function secretLink(ctx: Ctx, key: string, testid: string, url: string, label: string): Child {
  const full = absolute(url);
  const shown = ctx.ui.revealed.has(key);
  return h('span', { class: 'secret-row' },
    shown
      ? h('output', { class: 'secret url', 'data-testid': testid, 'data-revealed': 'true', 'aria-label': label }, full)
      : h('span', { class: 'secret masked', 'data-testid': testid, 'data-revealed': 'false', 'aria-label': label }, '••••••••'),
    h('button', { type: 'button', class: 'secondary small', 'data-testid': shown ? 'hide-secret' : 'reveal-secret', 'data-key': `${shown ? 'hide' : 'reveal'}-${key}`, onclick: () => (shown ? hide(ctx, key) : reveal(ctx, key)) },
      shown ? t('demarche.link.hide') : t('demarche.link.show'), h('span', { class: 'visually-hidden' }, ` : ${label}`)),
    h('button', { type: 'button', class: 'secondary small', 'data-testid': 'copy-secret', 'data-key': `copy-${key}`, onclick: () => void copy(ctx, key, full) },
      t('demarche.link.copy'), h('span', { class: 'visually-hidden' }, ` : ${label}`)));
}
