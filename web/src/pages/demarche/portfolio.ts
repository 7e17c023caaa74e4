// The portfolio (phase 4): every working group and launched project with its stage, theme, milestones and last
// activity, filtered by theme and stage, and the links the server found between one project's need and another's
// offer — how projects stay linked after launch.
import { h, type Child } from '../../lib/dom';
import { formatDateTime, language, t } from '../../lib/i18n';
import { isThemeKey, themeLabel } from '../../lib/themes';
import { formatDay, heading, isCoordinator, type Ctx } from './context';
import { portfolioStages, type Portfolio, type PortfolioLink, type PortfolioProject } from './model';
import { stageLabel } from './stages';

export function portfolioSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page?.me.role, ctx.portfolio, ctx.ui.filters]);
}

function exchangeText(project: PortfolioProject | undefined, id: string, kind: 'needs' | 'offers'): string {
  return project?.[kind]?.find((x) => x.id === id)?.text ?? '';
}

function linkItem(p: Portfolio, link: PortfolioLink): HTMLElement {
  const needer = p.projects.find((x) => x.id === link.needProjectId);
  const offerer = p.projects.find((x) => x.id === link.offerProjectId);
  return h('li', { class: 'exchange-link', 'data-testid': 'exchange-link', 'data-need-project': link.needProjectId, 'data-offer-project': link.offerProjectId, 'data-category': link.category },
    h('span', { class: 'tag category' }, t(`exchange.${link.category}`)),
    h('span', null, t('demarche.portfolio.link', {
      needer: needer?.name ?? '?', need: exchangeText(needer, link.needId, 'needs'),
      offerer: offerer?.name ?? '?', offer: exchangeText(offerer, link.offerId, 'offers'),
    })),
    link.why ? h('span', { class: 'muted' }, ` — ${link.why}`) : null);
}

function projectRow(p: Portfolio, project: PortfolioProject): HTMLElement {
  const milestones = project.milestones ?? [];
  const reached = milestones.filter((m) => m.status === 'reached').length;
  const next = milestones.filter((m) => m.status !== 'reached' && m.status !== 'dropped').sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'))[0];
  const links = p.links.filter((l) => l.needProjectId === project.id || l.offerProjectId === project.id).length;
  const list = (kind: 'needs' | 'offers') => (project[kind] ?? []).length === 0 ? null
    : h('p', { class: 'meta', 'data-testid': `portfolio-${kind}` }, t(`demarche.portfolio.${kind}`), ' : ',
      (project[kind] ?? []).map((x) => `${t(`exchange.${x.category}`)} — ${x.text}`).join(' ; '));
  return h('li', { class: `portfolio-row stage-${project.stage}`, 'data-testid': 'portfolio-row', 'data-project-id': project.id, 'data-stage': project.stage, 'data-theme': project.theme ?? '' },
    h('h3', null, project.name),
    project.promise ? h('p', { class: 'promise' }, project.promise) : null,
    h('p', { class: 'meta' },
      h('span', { class: `tag stage ${project.stage}`, 'data-testid': 'portfolio-stage' }, stageLabel(project.stage)),
      h('span', { class: 'tag theme', 'data-testid': 'portfolio-theme' }, themeLabel(project.theme)),
      project.published ? h('span', { class: 'tag published' }, t('demarche.portfolio.published')) : null),
    project.stage === 'arrete' && project.stopReason ? h('p', { class: 'meta' }, t('demarche.portfolio.stopped', { reason: project.stopReason })) : null,
    h('p', { class: 'meta', 'data-testid': 'portfolio-milestones' }, milestones.length === 0
      ? t('demarche.portfolio.noMilestone')
      : t('demarche.portfolio.milestones', { reached, count: milestones.length }) + (next ? ` · ${t('demarche.portfolio.next', { title: next.title, due: next.due ? formatDay(next.due) : '—' })}` : '')),
    list('needs'),
    list('offers'),
    h('p', { class: 'meta muted' },
      project.lastActivity ? t('demarche.portfolio.lastActivity', { at: formatDateTime(Date.parse(project.lastActivity)) }) : t('demarche.portfolio.noActivity'),
      links > 0 ? ` · ${t('demarche.portfolio.linkCount', { count: links })}` : ''));
}

function filters(ctx: Ctx, p: Portfolio): HTMLElement {
  const theme = h('select', { id: 'f-filter-theme', 'data-testid': 'filter-theme', 'data-key': 'filter-theme' },
    h('option', { value: '' }, t('demarche.portfolio.allThemes')),
    ...p.themes.map((x) => h('option', { value: x.key }, `${isThemeKey(x.key) ? themeLabel(x.key) : x.label || x.key} (${x.count})`)));
  theme.value = ctx.ui.filters.theme;
  const present = portfolioStages.filter((s) => p.projects.some((x) => x.stage === s));
  const stage = h('select', { id: 'f-filter-stage', 'data-testid': 'filter-stage', 'data-key': 'filter-stage' },
    h('option', { value: '' }, t('demarche.portfolio.allStages')),
    ...present.map((s) => h('option', { value: s }, stageLabel(s))));
  stage.value = ctx.ui.filters.stage;
  const apply = () => {
    ctx.ui.filters = { theme: theme.value, stage: stage.value };
    ctx.refresh();
  };
  theme.addEventListener('change', apply);
  stage.addEventListener('change', apply);
  return h('div', { class: 'filters row' },
    h('div', { class: 'field' }, h('label', { for: theme.id }, t('demarche.portfolio.theme')), theme),
    h('div', { class: 'field' }, h('label', { for: stage.id }, t('demarche.portfolio.stage')), stage));
}

export function portfolioPanel(ctx: Ctx): Child[] {
  if (!ctx.page || !isCoordinator(ctx)) return [];
  const p = ctx.portfolio;
  if (!p) return [heading('portfolio', t('demarche.portfolio.heading')), h('p', { class: 'muted' }, t('demarche.portfolio.loading'))];
  const { theme, stage } = ctx.ui.filters;
  const shown = p.projects.filter((x) => (!theme || x.theme === theme) && (!stage || x.stage === stage));
  const ids = new Set(shown.map((x) => x.id));
  const links = p.links.filter((l) => ids.has(l.needProjectId) || ids.has(l.offerProjectId));
  return [
    heading('portfolio', t('demarche.portfolio.heading')),
    p.projects.length === 0 ? h('p', { class: 'muted' }, t('demarche.portfolio.none')) : filters(ctx, p),
    p.projects.length > 0 && shown.length === 0 ? h('p', { class: 'muted', 'data-testid': 'portfolio-filtered-out' }, t('demarche.portfolio.noneShown')) : null,
    shown.length > 0 ? h('ul', { class: 'portfolio', 'data-testid': 'portfolio' }, ...shown.map((x) => projectRow(p, x))) : null,
    h('h3', null, t('demarche.portfolio.links'), ' ', h('span', { class: 'count' }, `(${links.length})`)),
    links.length === 0
      ? h('p', { class: 'muted', 'data-testid': 'exchange-links-none' }, t('demarche.portfolio.noLink'))
      : h('ul', { class: 'exchange-links', 'data-testid': 'exchange-links' }, ...links.map((l) => linkItem(p, l))),
  ];
}
