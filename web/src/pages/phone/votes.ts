// Dot votes: how many dots are left, and a card per regroupement (or per note) with −, my dots and +, right under
// its title. A dot goes through the outbox, so a vote cast in a dead zone counts once the network is back.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { plural } from '../../lib/plural';
import { Section } from '../../lib/render';
import type { Ctx } from './context';
import { measureClamps, targetCard, voteTargets } from './targets';
import { excerpt } from './text';

/** My dots per target in the running vote, counting those still waiting in the outbox. */
function myDots(ctx: Ctx, workshopId: string, roundId: string): Map<string, number> {
  const v = ctx.view!;
  const mine = new Map<string, number>();
  for (const x of v.s.votes) {
    if (x.voterId === v.meId && x.roundId === roundId && x.workshopId === workshopId) mine.set(x.targetId, (mine.get(x.targetId) ?? 0) + 1);
  }
  for (const p of ctx.session.outbox.pending) {
    if (p.args[1] !== workshopId) continue;
    const target = String(p.args[2]);
    if (p.method === 'CastVote') mine.set(target, (mine.get(target) ?? 0) + 1);
    if (p.method === 'WithdrawVote') mine.set(target, Math.max(0, (mine.get(target) ?? 0) - 1));
  }
  return mine;
}

export function votesSection(ctx: Ctx): Section {
  const el = h('section', { class: 'card votes', 'aria-labelledby': ctx.id('votes-heading') });

  const active = () => {
    const v = ctx.view;
    const r = v?.round;
    return v && v.open && !v.needsTable && v.workshop && r?.rules.voting ? { v, w: v.workshop, r, voting: r.rules.voting } : null;
  };

  const signature = () => {
    const a = active();
    if (!a) return 'none';
    return JSON.stringify([language(), a.r.id, a.r.status, a.voting, voteTargets(a.v), Array.from(myDots(ctx, a.w.id, a.r.id))]);
  };

  const build = (): Child[] => {
    const a = active();
    if (!a) return [];
    const { v, w, r, voting } = a;
    const targets = voteTargets(v);
    const mine = myDots(ctx, w.id, r.id);
    let used = 0;
    for (const n of mine.values()) used += n;
    const left = Math.max(0, voting.budget - used);
    const running = r.status === 'running';
    return [
      h('h2', { id: ctx.id('votes-heading') }, t('phone.votes.title')),
      h('p', { class: 'votes-left', 'aria-live': 'polite' },
        t('phone.votes.left'), ' ', h('strong', { 'data-testid': 'votes-left', 'data-left': left }, left), ` / ${voting.budget}`),
      h('p', { class: 'hint' }, plural('phone.votes.cap', voting.capPerTarget)),
      targets.length === 0 ? h('p', { class: 'calm' }, t('phone.votes.none')) : null,
      h('ul', { class: 'targets' }, ...targets.map((target) => {
        const count = mine.get(target.id) ?? 0;
        const name = excerpt(target.title, 40);
        const controls = h('div', { class: 'vote-controls' },
          h('button', {
            type: 'button', class: 'secondary round-button', 'data-testid': 'vote-remove', 'data-key': `vote-remove-${target.id}`,
            'aria-label': t('phone.votes.remove', { target: name }), disabled: !running || count === 0,
            onclick: () => vote('WithdrawVote', w.id, target.id),
          }, '−'),
          h('span', { class: 'dots', 'aria-label': plural('phone.votes.mine', count) }, String(count)),
          h('button', {
            type: 'button', class: 'round-button', 'data-testid': 'vote-add', 'data-key': `vote-add-${target.id}`,
            'aria-label': t('phone.votes.add', { target: name }), disabled: !running || left === 0 || count >= voting.capPerTarget,
            onclick: () => vote('CastVote', w.id, target.id),
          }, '+'));
        return targetCard(ctx, target, controls, { class: 'target-card vote-target', 'data-testid': 'vote-target', 'data-target-id': target.id, 'data-count': count });
      })),
    ];
  };

  function vote(method: 'CastVote' | 'WithdrawVote', workshopId: string, targetId: string): void {
    const requestId = newId('v');
    ctx.session.send(requestId, method, requestId, workshopId, targetId);
    ctx.refresh();
  }

  return new Section(el, signature, build, { hideWhenEmpty: true, afterBuild: measureClamps });
}
