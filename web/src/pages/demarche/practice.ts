// "Répéter la soirée": the plan's run-of-show as a practice soirée, for the coordinator or a named animator to try
// the console before the evening. It is in no record of the démarche, and the server discards it afterwards; the
// page says so before and after it is made.
import { call, RequestFailed } from '../../lib/api';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { absolute, base, heading, refusalText, say, type Ctx } from './context';
import type { Practice } from './model';

export function practiceSignature(ctx: Ctx): string {
  return JSON.stringify([language(), ctx.page?.me, ctx.page?.plan.picks.length, ctx.ui.practice?.consoleUrl, ctx.ui.busy.has('practice')]);
}

async function rehearse(ctx: Ctx): Promise<void> {
  if (ctx.ui.busy.has('practice')) return;
  // The tab is opened within the press (a tab opened after the server's answer would be blocked as a pop-up),
  // then sent to the console once the practice soirée exists.
  const tab = window.open('', '_blank');
  ctx.ui.busy.add('practice');
  ctx.refresh();
  try {
    const practice = await call<Practice>('POST', `${base(ctx)}/practice`, {}, ctx.token);
    ctx.ui.practice = practice;
    if (tab) {
      tab.opener = null;
      tab.location.href = absolute(practice.consoleUrl);
    }
  } catch (error) {
    tab?.close();
    say(ctx, t('demarche.practice.failed', { reason: error instanceof RequestFailed ? refusalText(error.code, error.message) : t('demarche.error.offline') }));
  } finally {
    ctx.ui.busy.delete('practice');
    ctx.refresh();
  }
}

export function practicePanel(ctx: Ctx): Child[] {
  if (!ctx.page) return [];
  const made = ctx.ui.practice;
  const empty = ctx.page.plan.picks.length === 0;
  return [
    heading('practice', t('demarche.practice.heading')),
    h('p', { class: 'notice', 'data-testid': 'practice-note' }, t('demarche.practice.note')),
    empty
      ? h('p', { class: 'muted', 'data-testid': 'practice-empty' }, t('demarche.practice.empty'))
      : h('button', { type: 'button', 'data-testid': 'practice', 'data-key': 'practice', disabled: ctx.ui.busy.has('practice'), onclick: () => void rehearse(ctx) },
        ctx.ui.busy.has('practice') ? t('demarche.practice.making') : t('demarche.practice.start')),
    made
      ? h('p', { class: 'practice-made' }, t('demarche.practice.made'), ' ',
        h('a', { href: absolute(made.consoleUrl), target: '_blank', rel: 'noopener', 'data-testid': 'practice-link' }, t('demarche.practice.open')))
      : null,
  ];
}
