// What only the co-animators do with the group itself: the project card (name, promise, theme, stage and, for a
// stopped project, why), handing their own
// seat to someone else (the new link shown once, this device's link stops working), and closing the group.
import { call } from '../../lib/api';
import { h, svgFrom, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { confirmButton } from '../../lib/confirm';
import { isClosed, isSeat, say, type Ctx } from './context';
import { clearDrafts, stacked, valueOf } from './fields';
import { foldable } from './fold';
import { forgetToken } from './identity';
import { stages, type GroupLink, type Stage } from './model';
import { isThemeKey, themeKeys } from '../../lib/themes';

export function steerSignature(ctx: Ctx): string {
  const g = ctx.page?.group;
  return JSON.stringify([language(), g?.name, g?.promise, g?.stage, g?.theme, g?.stopReason, g?.closedAt, ctx.page?.me, [...ctx.ui.editing], [...ctx.ui.confirming], ctx.ui.handedOver?.url]);
}

const base = (ctx: Ctx) => `/api/groups/${encodeURIComponent(ctx.groupId)}`;

/** The theme a co-animator chose: a seed theme's key, or their own words when "Autre" is chosen with words. */
function chosenTheme(select: HTMLSelectElement, own: string): string | null {
  if (!select.value) return null;
  return select.value === 'autre' && own ? own : select.value;
}

function cardForm(ctx: Ctx): HTMLElement {
  const g = ctx.page!.group;
  const stage = h('select', { id: 'f-card-stage', 'data-testid': 'card-stage', 'data-key': 'card-stage' }, ...stages.map((s) => h('option', { value: s }, t(`group.stage.${s}`))));
  stage.value = g.stage;
  const theme = h('select', { id: 'f-card-theme', 'data-testid': 'card-theme', 'data-key': 'card-theme' },
    h('option', { value: '' }, t('theme.none')),
    ...themeKeys.map((key) => h('option', { value: key }, t(`theme.${key}`))));
  // A theme in the group's own words is shown as "Autre", its words in the field beside.
  theme.value = g.theme ? (isThemeKey(g.theme) ? g.theme : 'autre') : '';
  const ownTheme = stacked({ label: t('group.card.themeOwn'), key: 'card-theme-own', initial: g.theme && !isThemeKey(g.theme) ? g.theme : '', maxlength: 60, testid: 'card-theme-own' });
  const stopReason = stacked({ label: t('group.card.stopReason'), key: 'card-stop-reason', initial: g.stopReason ?? '', maxlength: 300, testid: 'card-stop-reason' });
  // Only the field that applies is shown: the own theme under "Autre", the reason under "Arrêté".
  const showFields = () => {
    ownTheme.hidden = theme.value !== 'autre';
    stopReason.hidden = stage.value !== 'stopped';
  };
  theme.addEventListener('change', showFields);
  stage.addEventListener('change', showFields);
  showFields();
  const refusal = h('p', { class: 'field-error', role: 'alert', 'data-testid': 'card-refusal', hidden: true });
  const form = h('form', {
    class: 'plan-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const name = valueOf(form, 'card-name');
      if (!name) return;
      const reason = valueOf(form, 'card-stop-reason');
      if (stage.value === 'stopped' && !reason) {
        // Said beside the field, where the co-animator is: the page's message line is screens away, at the top.
        refusal.textContent = t('group.card.stopReasonNeeded');
        refusal.hidden = false;
        form.querySelector<HTMLElement>('[data-key="card-stop-reason"]')?.focus();
        return;
      }
      const body = {
        name,
        promise: valueOf(form, 'card-promise'),
        stage: stage.value as Stage,
        theme: chosenTheme(theme, valueOf(form, 'card-theme-own')),
        stopReason: stage.value === 'stopped' ? reason : null,
      };
      ctx.outbox.send('PUT', `${base(ctx)}/card`, body, t('group.pending.card'));
      clearDrafts('card-name', 'card-promise', 'card-theme-own', 'card-stop-reason');
      ctx.ui.editing.delete('card');
      ctx.refresh();
    },
  },
  stacked({ label: t('group.card.name'), key: 'card-name', initial: g.name, maxlength: 160, required: true, testid: 'card-name' }),
  stacked({ label: t('group.card.promise'), key: 'card-promise', initial: g.promise, maxlength: 300, testid: 'card-promise' }),
  h('div', { class: 'row' },
    h('div', { class: 'field' }, h('label', { for: 'f-card-theme' }, t('group.card.theme')), theme),
    ownTheme),
  h('div', { class: 'row' },
    h('div', { class: 'field' }, h('label', { for: 'f-card-stage' }, t('group.card.stage')), stage),
    stopReason),
  refusal,
  h('button', { type: 'submit', 'data-testid': 'card-submit' }, t('group.save')));
  return form;
}

async function handOver(ctx: Ctx): Promise<void> {
  const seat = ctx.page?.me.seat;
  if (!seat) return;
  let link: GroupLink;
  try {
    link = await call<GroupLink>('POST', `${base(ctx)}/seats/${seat}`, undefined, ctx.token);
  } catch {
    say(ctx, t('group.steer.handOverFailed'));
    return;
  }
  // This device's link no longer opens the group: what is left to do here is to pass the new one on.
  forgetToken(ctx.groupId);
  ctx.ui.handedOver = { url: link.url, qrSvg: link.qrSvg, seat };
  ctx.refresh();
}

/** The new link of a seat just handed over: shown once, to be given to the new co-animator. */
export function handedOverPanel(ctx: Ctx): Child[] {
  const given = ctx.ui.handedOver;
  if (!given) return [];
  const qr = svgFrom(given.qrSvg);
  return [
    h('h2', null, t('group.steer.handedOverTitle', { seat: given.seat })),
    h('p', null, t('group.steer.handedOverText')),
    h('p', null, h('output', { class: 'url', 'data-testid': 'handed-over-link' }, given.url)),
    qr ? h('div', { class: 'qr' }, qr) : null,
  ];
}

export function steerPanel(ctx: Ctx): Child[] {
  if (!isSeat(ctx) || !ctx.page) return [];
  if (isClosed(ctx)) return [];
  return [
    h('h2', { id: 'steer-title' }, t('group.steer.heading')),
    foldable(ctx, 'card', t('group.card.edit'), cardForm(ctx)),
    h('div', { class: 'steer-row' },
      h('p', null, t('group.steer.seat', { seat: ctx.page.me.seat ?? 1 })),
      confirmButton(ctx, { key: 'hand-over', testid: 'hand-over', label: t('group.steer.handOver'), question: t('group.steer.handOverConfirm'), onConfirm: () => void handOver(ctx) })),
    foldable(ctx, 'close', t('group.steer.close'),
      h('p', { class: 'muted' }, t('group.steer.closeWhy')),
      stacked({ label: t('group.steer.closeReason'), key: 'close-reason', maxlength: 300, testid: 'close-reason' }),
      confirmButton(ctx, {
        key: 'close-group', testid: 'close-group', label: t('group.steer.closeButton'), question: t('group.steer.closeConfirm'), danger: true,
        onConfirm: () => {
          const reason = (document.querySelector<HTMLInputElement>('[data-key="close-reason"]')?.value ?? '').trim();
          ctx.outbox.send('POST', `${base(ctx)}/close`, { reason }, t('group.pending.close'));
          clearDrafts('close-reason');
        },
      })),
  ];
}
