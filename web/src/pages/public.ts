// A territory's public page of projects (/p/ID), for elected officials, partners and future participants: only
// what each working group chose to publish (its name, promise, theme, stage and public text; its needs and offers
// and its milestones only when it chose to show them). Readable on a projector, printable as one clean list.
//
// Stable hooks for browser tests (data-testid):
//   public-name, public-territory, public-failure, public-filters, theme-filter (data-theme, aria-pressed),
//   public-projects, public-project (data-theme, data-stage), public-stage, public-theme, public-text,
//   public-needs, public-offers, public-milestones, public-milestone (data-status), public-none, print
import '../i18n/public';
import { byId, h, replace } from '../lib/dom';
import { initLanguage, language, onLanguageChange, t } from '../lib/i18n';
import { languageSwitch } from '../lib/page';
import { themeLabel } from '../lib/themes';

interface PublicExchange {
  category: string;
  text: string;
}

interface PublicProject {
  id: string;
  name: string;
  promise?: string | null;
  theme?: string | null;
  stage: string;
  publicText?: string | null;
  needs?: PublicExchange[] | null;
  offers?: PublicExchange[] | null;
  milestones?: Array<{ title: string; due?: string | null; status: string }> | null;
}

interface PublicPage {
  name: string;
  territory?: string | null;
  projects: PublicProject[];
}

let page: PublicPage | null = null;
let failure: string | null = null;
let theme = '';
const app = byId('app');
const switcher = languageSwitch();

function label(key: string, fallback: string): string {
  const text = t(key);
  return text === key ? fallback : text;
}

function day(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(language(), { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, d));
}

function exchanges(kind: 'needs' | 'offers', list: PublicExchange[] | null | undefined): HTMLElement | null {
  if (!list || list.length === 0) return null;
  return h('div', { class: `exchanges ${kind}`, 'data-testid': `public-${kind}` },
    h('h3', null, t(`public.${kind}`)),
    h('ul', null, ...list.map((x) => h('li', null, h('strong', null, label(`exchange.${x.category}`, x.category)), ' — ', x.text))));
}

function project(p: PublicProject): HTMLElement {
  const milestones = p.milestones ?? [];
  return h('li', { class: 'public-project', 'data-testid': 'public-project', 'data-theme': p.theme ?? '', 'data-stage': p.stage },
    h('h2', null, p.name),
    p.promise ? h('p', { class: 'promise' }, p.promise) : null,
    h('p', { class: 'tags' },
      h('span', { class: 'tag theme', 'data-testid': 'public-theme' }, themeLabel(p.theme)),
      h('span', { class: `tag stage ${p.stage}`, 'data-testid': 'public-stage' }, label(`stage.${p.stage}`, p.stage))),
    p.publicText ? h('p', { class: 'public-text', 'data-testid': 'public-text' }, p.publicText) : null,
    exchanges('needs', p.needs),
    exchanges('offers', p.offers),
    milestones.length > 0
      ? h('div', { class: 'milestones', 'data-testid': 'public-milestones' },
        h('h3', null, t('public.milestones')),
        h('ul', null, ...milestones.map((m) => h('li', { 'data-testid': 'public-milestone', 'data-status': m.status },
          m.due ? h('strong', null, `${day(m.due)} — `) : null, m.title, ' ', h('span', { class: 'muted' }, `(${label(`public.milestone.${m.status}`, m.status)})`)))))
      : null);
}

function filters(projects: PublicProject[]): HTMLElement | null {
  const themes = [...new Set(projects.map((p) => p.theme ?? ''))];
  if (themes.length < 2) return null;
  const button = (value: string, text: string) => h('button', {
    type: 'button', class: value === theme ? '' : 'secondary', 'aria-pressed': value === theme ? 'true' : 'false',
    'data-testid': 'theme-filter', 'data-theme': value,
    onclick: () => {
      theme = value;
      render();
      document.querySelector<HTMLElement>(`[data-testid="theme-filter"][data-theme="${CSS.escape(value)}"]`)?.focus();
    },
  }, text);
  return h('div', { class: 'filters', role: 'group', 'aria-label': t('public.filter'), 'data-testid': 'public-filters' },
    button('', t('public.allThemes')),
    ...themes.map((x) => button(x, `${themeLabel(x || null)} (${projects.filter((p) => (p.theme ?? '') === x).length})`)));
}

function render(): void {
  const shown = page ? page.projects.filter((p) => !theme || (p.theme ?? '') === theme) : [];
  if (page) document.title = `${page.name} — ${t('public.kind')}`;
  replace(app,
    h('header', { class: 'public-header' },
      h('div', { class: 'topbar' }, h('span', { class: 'brand' }, t('public.kind')),
        page ? h('button', { type: 'button', class: 'secondary', 'data-testid': 'print', onclick: () => window.print() }, t('public.print')) : null,
        switcher),
      page ? h('h1', { 'data-testid': 'public-name' }, page.name) : h('h1', null, t('public.kind')),
      page?.territory ? h('p', { class: 'territory', 'data-testid': 'public-territory' }, page.territory) : null,
      page ? h('p', { class: 'intro' }, t('public.intro')) : null),
    h('main', { class: 'public-main' },
      failure ? h('p', { class: 'notice', role: 'alert', 'data-testid': 'public-failure' }, failure) : null,
      page ? filters(page.projects) : null,
      page && shown.length === 0 ? h('p', { class: 'muted', 'data-testid': 'public-none' }, t(page.projects.length === 0 ? 'public.none' : 'public.noneForTheme')) : null,
      shown.length > 0 ? h('ul', { class: 'public-projects', 'data-testid': 'public-projects' }, ...shown.map(project)) : null));
}

async function load(id: string): Promise<void> {
  try {
    const response = await fetch(`/api/public/demarches/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      failure = t(response.status === 404 ? 'public.notFound' : 'public.failed');
    } else {
      page = (await response.json()) as PublicPage;
      failure = null;
    }
  } catch {
    failure = t('public.offline');
  }
  render();
}

initLanguage();
onLanguageChange(render);
const match = /^\/p\/([^/]+)\/?$/.exec(location.pathname);
if (!match) failure = t('error.notBuilt');
render();
if (match) void load(decodeURIComponent(match[1]));
