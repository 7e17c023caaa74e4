// The fiche projet: the project as another territory's démarche imports it into an essaimage workshop (JSON, by
// the published schema), and the same for people to read (PDF).
import { h, type Child } from '../../lib/dom';
import { download } from '../../lib/download';
import { language, t } from '../../lib/i18n';
import { say, type Ctx } from './context';

const formats = ['json', 'pdf'] as const;

export function ficheSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page?.me.role]);
}

async function save(ctx: Ctx, format: string): Promise<void> {
  try {
    await download(`/api/groups/${encodeURIComponent(ctx.groupId)}/fiche.${format}?lang=${language()}`, ctx.token);
  } catch {
    say(ctx, t('group.fiche.failed'));
  }
}

export function fichePanel(ctx: Ctx): Child[] {
  if (!ctx.page || ctx.page.me.role === 'invited') return [];
  return [
    h('h2', { id: 'fiche-title' }, t('group.fiche.heading')),
    h('p', { class: 'muted' }, t('group.fiche.intro')),
    h('ul', { class: 'dossier-list' }, ...formats.map((format) => h('li', null,
      h('button', { type: 'button', class: 'secondary', 'data-testid': `fiche-${format}`, onclick: () => void save(ctx, format) }, t(`group.fiche.${format}`))))),
  ];
}
