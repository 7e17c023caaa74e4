// The top bar: the soirée, its state, the participant count, joining lock, language and connection.
import { plural } from '../../lib/plural';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { act, isCoAnimator, myTable, type Ctx } from './context';
import { openScreen } from './screens';
import { presenting } from './secret';

export function headerSignature(ctx: Ctx): string {
  const s = ctx.live.snapshot;
  return JSON.stringify([language(), isCoAnimator(ctx), s?.title, s?.state, s?.joiningLocked, s?.participantCount, myTable(ctx)?.name, ctx.live.me?.role, presenting()]);
}

export function headerControls(ctx: Ctx): Child[] {
  const s = ctx.live.snapshot;
  if (!s) return [h('p', { class: 'muted' }, t('console.loading'))];
  const co = isCoAnimator(ctx);
  const table = myTable(ctx);
  const count = s.participantCount;
  const items: Child[] = [
    h('p', { class: 'stat' }, h('span', { 'data-testid': 'participant-count', 'aria-live': 'polite' }, plural('console.participants', count))),
    h('p', { class: `state-badge state-${s.state}`, 'data-testid': 'session-state' }, t(`console.state.${s.state}`)),
  ];
  if (s.joiningLocked) items.push(h('p', { class: 'state-badge state-locked', 'data-testid': 'joining-locked' }, t('console.joining.lockedBadge')));
  if (co) {
    items.push(h('p', { class: 'stat' }, table ? t('console.coAnimator.table', { name: table.name }) : t('console.coAnimator.noTable')));
    if (presenting()) items.push(h('p', { class: 'state-badge state-presenting', 'data-testid': 'presenting' }, t('console.secret.presentingBadge')));
    return items;
  }
  items.push(
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'data-testid': 'lock-joining',
        'data-key': 'lock-joining',
        'aria-pressed': s.joiningLocked ? 'true' : 'false',
        disabled: s.state === 'closed',
        onclick: () => void act(ctx, 'LockJoining', !s.joiningLocked),
      },
      t(s.joiningLocked ? 'console.joining.unlock' : 'console.joining.lock'),
    ),
  );
  if (s.state === 'draft') {
    items.push(h('button', { type: 'button', 'data-testid': 'open-session', 'data-key': 'open-session', onclick: () => void act(ctx, 'OpenSession') }, t('console.session.open')));
  }
  items.push(h('button', { type: 'button', 'data-testid': 'open-screen', 'data-key': 'open-screen', onclick: () => void openScreen(ctx, null) }, t('console.screens.open')));
  if (presenting()) items.push(h('p', { class: 'state-badge state-presenting', 'data-testid': 'presenting' }, t('console.secret.presentingBadge')));
  return items;
}

export function headerTitle(ctx: Ctx): Child[] {
  const s = ctx.live.snapshot;
  const role = isCoAnimator(ctx) ? t('console.role.coAnimator') : t('console.role.animator');
  return [h('span', { class: 'role' }, role), ' ', s ? s.title : t('console.title')];
}
