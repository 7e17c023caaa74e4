// Rating a project's feasibility here, 1 to 5; the choice can change while the round runs.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { refusalOf } from '../../live/errors';
import { Section } from '../../lib/render';
import type { Ctx } from './context';
import { sentence } from './text';

export function ratingSection(ctx: Ctx): Section {
  const ui = ctx.ui;
  const el = h('section', { class: 'card rating', 'aria-labelledby': ctx.id('rating-heading') });

  const active = () => {
    const v = ctx.view;
    const r = v?.round;
    if (!v || !v.open || v.needsTable || !v.workshop || !r?.rules.rating) return null;
    const stored = v.s.ratings.find((x) => x.workshopId === v.workshop!.id && x.participantId === v.meId)?.value ?? null;
    if (ui.pendingRating !== null && stored === ui.pendingRating) ui.pendingRating = null;
    return { w: v.workshop, r, current: ui.pendingRating ?? stored };
  };

  const signature = () => {
    const a = active();
    return a ? JSON.stringify([language(), a.r.id, a.r.status, a.current, ui.ratingError]) : 'none';
  };

  const build = (): Child[] => {
    const a = active();
    if (!a) return [];
    const running = a.r.status === 'running';
    const scale = ctx.id('rating-scale');
    return [
      h('h2', { id: ctx.id('rating-heading') }, t('phone.rating.title')),
      h('p', { class: 'hint', id: scale }, t('phone.rating.scale')),
      h('div', { class: 'rating-buttons', role: 'group', 'aria-labelledby': ctx.id('rating-heading') },
        ...[1, 2, 3, 4, 5].map((value) => h('button', {
          type: 'button', class: 'choice rate', 'data-testid': `rate-${value}`, 'data-key': `rate-${value}`,
          'aria-pressed': String(a.current === value), 'aria-label': t('phone.rating.value', { value }),
          'aria-describedby': scale, disabled: !running,
          onclick: () => void rate(a.w.id, value),
        }, String(value)))),
      a.current !== null ? h('p', { class: 'ok' }, t('phone.rating.given', { value: a.current })) : null,
      ui.ratingError ? h('p', { class: 'error', role: 'alert' }, ui.ratingError) : null,
    ];
  };

  async function rate(workshopId: string, value: number): Promise<void> {
    ui.pendingRating = value;
    ui.ratingError = '';
    ctx.refresh();
    try {
      await ctx.session.invoke('Rate', workshopId, value);
    } catch (error) {
      ui.pendingRating = null;
      ui.ratingError = sentence(refusalOf(error));
    }
    ctx.refresh();
  }

  return new Section(el, signature, build, { hideWhenEmpty: true });
}
