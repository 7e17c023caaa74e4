// The top of the démarche's page: its name and territory, who is looking, and the four phases as a strip that
// says where each stands (à faire, en cours, fait) with what it counts so far.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { languageSwitch } from '../../lib/page';
import { plural } from '../../lib/plural';
import { isCoordinator, type Ctx } from './context';
import type { Phase } from './model';
import { secretLink } from './secret';

export function headerSignature(ctx: Ctx): string {
  const p = ctx.page;
  return JSON.stringify([language(), p?.name, p?.territory, p?.me, p?.phases, ctx.ui.revealed.has('coordinator')]);
}

let switcher: HTMLButtonElement | null = null;

/** A count in words ("3 partenaires"); a count the page has no words for is shown with its own name. */
function countText(key: string, n: number): string {
  const text = plural(`demarche.count.${key}`, n);
  return text.startsWith('demarche.count.') ? `${key} : ${n}` : text;
}

function phaseItem(phase: Phase): HTMLElement {
  const counts = Object.entries(phase.counts ?? {});
  return h('li', { class: `phase ${phase.status}`, 'data-testid': `phase-${phase.number}`, 'data-status': phase.status, 'aria-current': phase.status === 'enCours' ? 'step' : null },
    h('span', { class: 'phase-name' }, `${phase.number}. ${t(`demarche.phase.${phase.key}`)}`),
    h('span', { class: 'phase-status', 'data-testid': 'phase-status' }, t(`demarche.status.${phase.status}`)),
    counts.length > 0 ? h('span', { class: 'phase-counts' }, counts.map(([key, n]) => countText(key, n)).join(' · ')) : null);
}

export function headerPanel(ctx: Ctx): Child[] {
  const p = ctx.page;
  switcher ??= languageSwitch();
  if (!p) return [h('div', { class: 'topbar' }, h('span', { class: 'brand' }, t('demarche.kind')), switcher)];
  const nav = isCoordinator(ctx)
    ? ['partners', 'animators', 'consultation', 'prepare', 'soirees', 'portfolio', 'exports']
    : ['runOfShow', 'practice'];
  return [
    h('div', { class: 'topbar' },
      h('span', { class: 'brand' }, t('demarche.kind')),
      h('span', { class: 'role', 'data-testid': 'my-role', 'data-role': p.me.role }, t(`demarche.role.${p.me.role}`)),
      switcher),
    h('h1', { 'data-testid': 'demarche-name' }, p.name),
    p.territory ? h('p', { class: 'territory', 'data-testid': 'demarche-territory' }, p.territory) : null,
    // The link lives on this device only once opened: the coordinator can take it to another one from here.
    isCoordinator(ctx)
      ? h('details', {
        class: 'join-code coordinator-link',
        // Held open across the header's rebuilds: showing the link rebuilds it, and must not fold it away.
        open: ctx.ui.editing.has('coordinator-link'),
        ontoggle: (event: Event) => {
          if ((event.target as HTMLDetailsElement).open) ctx.ui.editing.add('coordinator-link');
          else ctx.ui.editing.delete('coordinator-link');
        },
      },
        h('summary', null, t('demarche.coordinatorLink')),
        h('p', { class: 'muted' }, t('demarche.coordinatorLinkHint')),
        secretLink(ctx, 'coordinator', 'coordinator-link', `/d/${encodeURIComponent(ctx.demarcheId)}#${encodeURIComponent(ctx.token)}`, t('demarche.coordinatorLink')))
      : null,
    h('ol', { class: 'phases', 'aria-label': t('demarche.phases'), 'data-testid': 'phases' }, ...[...p.phases].sort((a, b) => a.number - b.number).map(phaseItem)),
    h('nav', { class: 'jump', 'aria-label': t('demarche.nav') }, ...nav.map((id) => h('a', { href: `#${id === 'runOfShow' ? 'prepare' : id}-title` }, t(`demarche.nav.${id}`)))),
  ];
}
