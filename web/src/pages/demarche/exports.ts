// The démarche's record: the portfolio as a spreadsheet, and the yearly report (evenings, participants,
// proposals, pistes, groups, launched activities by theme, and where each launched project came from).
import { h, type Child } from '../../lib/dom';
import { download } from '../../lib/download';
import { language, t } from '../../lib/i18n';
import { base, heading, isCoordinator, say, type Ctx } from './context';

const portfolioFormats = ['csv', 'xlsx'] as const;
const reportFormats = ['html', 'md', 'pdf'] as const;

export function exportsSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page?.me.role]);
}

async function save(ctx: Ctx, path: string): Promise<void> {
  try {
    await download(path, ctx.token);
  } catch {
    say(ctx, t('demarche.exports.failed'));
  }
}

export function exportsPanel(ctx: Ctx): Child[] {
  if (!ctx.page || !isCoordinator(ctx)) return [];
  const thisYear = new Date().getFullYear();
  const year = h('input', { type: 'number', id: 'f-report-year', min: 2000, max: thisYear + 1, value: thisYear, 'data-testid': 'report-year', 'data-key': 'report-year' });
  const chosenYear = () => {
    const n = Number(year.value);
    return Number.isInteger(n) && n >= 2000 && n <= thisYear + 1 ? n : thisYear;
  };
  return [
    heading('exports', t('demarche.exports.heading')),
    h('h3', null, t('demarche.exports.portfolio')),
    h('ul', { class: 'dossier-list' }, ...portfolioFormats.map((format) => h('li', null,
      h('button', { type: 'button', class: 'secondary', 'data-testid': `export-portfolio-${format}`, onclick: () => void save(ctx, `${base(ctx)}/portfolio.${format}`) }, t(`demarche.exports.portfolio.${format}`))))),
    h('h3', null, t('demarche.exports.report')),
    h('div', { class: 'field year' }, h('label', { for: year.id }, t('demarche.exports.year')), year),
    h('ul', { class: 'dossier-list' }, ...reportFormats.map((format) => h('li', null,
      h('button', { type: 'button', class: 'secondary', 'data-testid': `export-report-${format}`, onclick: () => void save(ctx, `${base(ctx)}/report.${format}?year=${chosenYear()}`) }, t(`demarche.exports.report.${format}`))))),
  ];
}
