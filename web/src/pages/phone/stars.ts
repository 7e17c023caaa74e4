// The project holder's stars: what they keep of the room's contributions, during a round with holder stars.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { refusalOf } from '../../live/errors';
import { Section } from '../../lib/render';
import type { Ctx } from './context';
import { measureClamps, starTargets, targetCard } from './targets';
import { excerpt, sentence } from './text';

export function starsSection(ctx: Ctx): Section {
  const ui = ctx.ui;
  const el = h('section', { class: 'card stars', 'aria-labelledby': ctx.id('stars-heading') });

  const active = () => {
    const v = ctx.view;
    const r = v?.round;
    const w = v?.workshop;
    if (!v || !v.open || !w || !r?.rules.holderStars || w.holderId !== v.meId) return null;
    const starred = new Set(v.s.stars.filter((x) => x.workshopId === w.id).map((x) => x.targetId));
    for (const [id, value] of ui.pendingStars) {
      if (starred.has(id) === value) ui.pendingStars.delete(id);
      else if (value) starred.add(id);
      else starred.delete(id);
    }
    return { v, w, r, starred };
  };

  const signature = () => {
    const a = active();
    return a ? JSON.stringify([language(), a.r.id, a.r.status, starTargets(a.v), Array.from(a.starred), ui.starError]) : 'none';
  };

  const build = (): Child[] => {
    const a = active();
    if (!a) return [];
    const targets = starTargets(a.v);
    const running = a.r.status === 'running';
    return [
      h('h2', { id: ctx.id('stars-heading') }, t('phone.stars.title')),
      h('p', { class: 'hint' }, t('phone.stars.help')),
      ui.starError ? h('p', { class: 'error', role: 'alert' }, ui.starError) : null,
      targets.length === 0 ? h('p', { class: 'calm' }, t('phone.votes.none')) : null,
      h('ul', { class: 'targets' }, ...targets.map((target) => {
        const on = a.starred.has(target.id);
        const button = h('button', {
          type: 'button', class: on ? 'star on' : 'star secondary', 'data-testid': 'star', 'data-target-id': target.id,
          'data-key': `star-${target.id}`, 'aria-pressed': String(on), disabled: !running,
          'aria-label': t('phone.stars.keep', { target: excerpt(target.title, 40) }),
          onclick: () => void star(a.w.id, target.id, !on),
        }, on ? `★ ${t('phone.stars.kept')}` : `☆ ${t('phone.stars.toKeep')}`);
        return targetCard(ctx, target, button, { class: 'target-card star-target', 'data-target-id': target.id });
      })),
    ];
  };

  async function star(workshopId: string, targetId: string, value: boolean): Promise<void> {
    ui.pendingStars.set(targetId, value);
    ui.starError = '';
    ctx.refresh();
    try {
      await ctx.session.invoke('Star', workshopId, targetId, value);
    } catch (error) {
      ui.pendingStars.delete(targetId);
      ui.starError = sentence(refusalOf(error));
    }
    ctx.refresh();
  }

  return new Section(el, signature, build, { hideWhenEmpty: true, afterBuild: measureClamps });
}
