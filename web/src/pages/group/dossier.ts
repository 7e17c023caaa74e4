// The group's dossier, for a funder, a partner or the group's own archive: the canvas on one landscape page, the
// road to launch, actions, minutes, people and origin, as PDF, web page, Markdown or workbook, and the JSON that
// another server imports as a new group. Each reader gets the group as they may see it (contacts for co-animators).
import { h, type Child } from '../../lib/dom';
import { download } from '../../lib/download';
import { language, t } from '../../lib/i18n';
import { say, type Ctx } from './context';

const formats = ['pdf', 'html', 'md', 'xlsx', 'json'] as const;

export function dossierSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page?.me.role]);
}

async function save(ctx: Ctx, format: string): Promise<void> {
  try {
    await download(`/api/groups/${encodeURIComponent(ctx.groupId)}/dossier.${format}?lang=${language()}`, ctx.token);
  } catch {
    say(ctx, t('group.dossier.failed'));
  }
}

export function dossierPanel(ctx: Ctx): Child[] {
  if (!ctx.page || ctx.page.me.role === 'invited') return [];
  return [
    h('h2', { id: 'dossier-title' }, t('group.dossier.heading')),
    h('p', { class: 'muted' }, t(ctx.page.me.role === 'coAnimator' ? 'group.dossier.introSeat' : 'group.dossier.introMember')),
    h('ul', { class: 'dossier-list' }, ...formats.map((format) => h('li', null,
      h('button', { type: 'button', class: 'secondary', 'data-testid': `dossier-${format}`, onclick: () => void save(ctx, format) }, t(`group.dossier.${format}`))))),
  ];
}
