// The démarche's evenings and working groups. Groups born from a linked soirée's pistes are in it already; one
// started from scratch is linked by its code. A soirée's console opens from here on the device that created it.
import { call, RequestFailed } from '../../lib/api';
import { h, type Child } from '../../lib/dom';
import { formatDateTime, language, t } from '../../lib/i18n';
import { normalizeJoinCode } from '../../lib/joincode';
import { plural } from '../../lib/plural';
import { themeLabel } from '../../lib/themes';
import { clearDrafts, stacked, valueOf } from '../group/fields';
import { foldable } from '../group/fold';
import { absolute, base, heading, isCoordinator, load, refusalText, say, type Ctx } from './context';
import { knownConsoles, rememberConsole } from './identity';
import { stageLabel } from './stages';

export function soireesSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page?.me.role, ctx.page?.soirees, ctx.page?.groups, [...ctx.ui.editing], [...ctx.ui.busy], ctx.ui.created?.sessionId]);
}

async function linkGroup(ctx: Ctx, form: HTMLFormElement): Promise<void> {
  const typed = valueOf(form, 'group-code');
  const code = normalizeJoinCode(typed);
  if (!code) {
    say(ctx, t('demarche.groups.badCode'));
    return;
  }
  ctx.ui.busy.add('link-group');
  ctx.refresh();
  try {
    await call<unknown>('POST', `${base(ctx)}/groups`, { code }, ctx.token);
    clearDrafts('group-code');
    ctx.ui.editing.delete('group-link');
    say(ctx, t('demarche.groups.linked'), 'info');
    await load(ctx);
  } catch (error) {
    say(ctx, t('demarche.groups.linkFailed', { reason: error instanceof RequestFailed ? refusalText(error.code, error.message) : t('demarche.error.offline') }));
  } finally {
    ctx.ui.busy.delete('link-group');
    ctx.refresh();
  }
}

/**
 * A fresh console link for one of the démarche's soirées: the one made with the soirée is shown once, on one device,
 * and may have been lost with its answer on a weak network. It is kept on this device like the first one.
 */
async function newConsole(ctx: Ctx, sessionId: string): Promise<void> {
  const key = `console-${sessionId}`;
  ctx.ui.busy.add(key);
  ctx.refresh();
  try {
    const made = await call<{ sessionId: string; consoleUrl: string }>('POST', `${base(ctx)}/soirees/${encodeURIComponent(sessionId)}/console`, undefined, ctx.token);
    rememberConsole(ctx.demarcheId, made.sessionId, made.consoleUrl);
    say(ctx, t('demarche.soirees.consoleReady'), 'info');
  } catch (error) {
    say(ctx, t('demarche.soirees.consoleFailed', { reason: error instanceof RequestFailed ? refusalText(error.code, error.message) : t('demarche.error.offline') }));
  } finally {
    ctx.ui.busy.delete(key);
    ctx.refresh();
  }
}

export function soireesPanel(ctx: Ctx): Child[] {
  if (!ctx.page || !isCoordinator(ctx)) return [];
  const consoles = knownConsoles(ctx.demarcheId);
  const { soirees, groups } = ctx.page;
  const form = h('form', { class: 'plan-form row', 'data-testid': 'group-link-form', onsubmit: (event: Event) => { event.preventDefault(); void linkGroup(ctx, form); } },
    stacked({ label: t('demarche.groups.code'), key: 'group-code', maxlength: 12, required: true, testid: 'group-code' }),
    h('div', { class: 'field submit' }, h('button', { type: 'submit', 'data-testid': 'group-link', disabled: ctx.ui.busy.has('link-group') }, t('demarche.groups.link'))));
  return [
    heading('soirees', t('demarche.soirees.heading')),
    soirees.length === 0
      ? h('p', { class: 'muted' }, t('demarche.soirees.none'))
      : h('ul', { class: 'soirees', 'data-testid': 'soirees' }, ...soirees.map((s) => h('li', { 'data-testid': 'soiree-row', 'data-session-id': s.sessionId },
        h('strong', null, s.title), ' — ', formatDateTime(Date.parse(s.createdAt)), ' · ',
        plural('demarche.count.participants', s.participants), ' · ', plural('demarche.count.pistes', s.pistes),
        ...(consoles[s.sessionId] ? [' · ', h('a', { href: absolute(consoles[s.sessionId]), target: '_blank', rel: 'noopener', 'data-testid': 'soiree-console' }, t('demarche.soirees.console'))] : []),
        ' ',
        h('button', { type: 'button', class: 'secondary small', 'data-testid': 'soiree-new-console', 'data-key': `console-${s.sessionId}`, disabled: ctx.ui.busy.has(`console-${s.sessionId}`), onclick: () => void newConsole(ctx, s.sessionId) },
          t(consoles[s.sessionId] ? 'demarche.soirees.newConsole' : 'demarche.soirees.getConsole'))))),
    h('h3', { id: 'groups-title' }, t('demarche.groups.heading'), ' ', h('span', { class: 'count' }, `(${groups.length})`)),
    groups.length === 0
      ? h('p', { class: 'muted' }, t('demarche.groups.none'))
      : h('ul', { class: 'groups', 'data-testid': 'groups' }, ...groups.map((g) => h('li', { 'data-testid': 'group-row', 'data-group-id': g.groupId },
        h('strong', null, g.name), ' — ', stageLabel(g.stage), g.theme ? ` · ${themeLabel(g.theme)}` : ''))),
    foldable(ctx, 'group-link', t('demarche.groups.linkHeading'), h('p', { class: 'muted' }, t('demarche.groups.linkHint')), form),
  ];
}
