// What the room decided in the selected workshop: dots, ratings, pistes and who signed up for them.
import { plural } from '../../lib/plural';
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { activeRound, type Contact, type Round, type Workshop } from '../../live/model';
import { act, isCoAnimator, nickname, selectedWorkshop, type Ctx } from './context';
import { presenting, secret } from './secret';
import { groupsSignature, pisteGroup } from './groups';

export function resultsSignature(ctx: Ctx): string {
  const s = ctx.live.snapshot;
  const w = selectedWorkshop(ctx);
  if (!s || !w) return JSON.stringify([language(), s === null]);
  return JSON.stringify([
    language(),
    w.id,
    isCoAnimator(ctx),
    s.votes.filter((v) => v.workshopId === w.id).map((v) => v.targetId),
    s.ratings.filter((r) => r.workshopId === w.id).map((r) => r.value),
    s.pistes.filter((p) => p.workshopId === w.id),
    s.signUps,
    s.clusters.filter((c) => c.workshopId === w.id).map((c) => [c.id, c.title]),
    s.notes.filter((n) => n.workshopId === w.id).map((n) => [n.id, n.text]),
    s.participants.map((p) => p.nickname),
    votesVisible(ctx, w),
    presenting(),
    Array.from(ctx.ui.revealed),
    groupsSignature(ctx),
  ]);
}

/**
 * Whether the console shows the dots of a workshop: not while its vote runs with the room's results hidden, since a
 * mirrored laptop would show them to the room anyway, unless the animator asks to see them (never while presenting).
 */
export function votesVisible(ctx: Ctx, w: Workshop): boolean {
  const r = activeRound(w);
  if (!r?.rules.voting || r.rules.voting.liveResults === true) return true;
  return !presenting() && ctx.ui.revealed.has(`votes-${w.id}`);
}

function hasRounds(w: Workshop, rule: (r: Round) => boolean): boolean {
  return w.rounds.some(rule);
}

function contactText(contact: Contact | null): string | null {
  if (!contact) return null;
  const parts = [contact.name, contact.email, contact.phone].filter((x): x is string => Boolean(x));
  return parts.length > 0 ? parts.join(' · ') : null;
}

export function resultsPanel(ctx: Ctx): Child[] {
  const s = ctx.live.snapshot;
  const heading = h('h2', null, t('console.results.heading'));
  const w = selectedWorkshop(ctx);
  if (!s || !w) return [heading];
  const co = isCoAnimator(ctx);
  const votes = s.votes.filter((v) => v.workshopId === w.id);
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v.targetId, (counts.get(v.targetId) ?? 0) + 1);
  const label = (targetId: string): string => {
    const cluster = s.clusters.find((c) => c.id === targetId);
    if (cluster) return t('console.results.cluster', { title: cluster.title || t('console.cluster.untitled') });
    const note = s.notes.find((n) => n.id === targetId);
    return note ? t('console.results.note', { text: note.text.length > 80 ? `${note.text.slice(0, 80)}…` : note.text }) : targetId;
  };
  const ranked = Array.from(counts.entries()).sort((a, b) => b[1] - a[1]);
  const max = ranked.length > 0 ? ranked[0][1] : 1;
  const ratings = s.ratings.filter((r) => r.workshopId === w.id);
  const average = ratings.length > 0 ? ratings.reduce((sum, r) => sum + r.value, 0) / ratings.length : null;
  const pistes = s.pistes.filter((p) => p.workshopId === w.id);
  const freeTitle = h('input', { id: 'new-piste-title', type: 'text', maxlength: 160, 'data-testid': 'new-piste-title', 'data-key': 'new-piste-title' });
  const addPiste = () => {
    const title = freeTitle.value.trim();
    if (!title) return;
    freeTitle.value = '';
    void act(ctx, 'PromoteToPiste', w.id, newId('p'), null, title);
  };
  const voting = hasRounds(w, (r) => r.rules.voting !== null) || votes.length > 0;
  const rating = hasRounds(w, (r) => r.rules.rating) || ratings.length > 0;
  const visible = votesVisible(ctx, w);
  const voters = new Set(votes.map((v) => v.voterId)).size;
  return [
    heading,
    h('p', { class: 'lead' }, `${t(`format.${w.format}`)} — ${w.title}`),
    voting ? h('h3', null, t('console.results.votes', { count: votes.length })) : null,
    !voting
      ? null
      : !visible
        ? h('div', { class: 'hidden-votes', 'data-testid': 'votes-hidden' },
          h('p', null, t('console.results.voteRunning', { voters: plural('console.results.voters', voters) })),
          presenting()
            ? h('p', { class: 'muted' }, t('console.secret.presenting'))
            : h('button', { type: 'button', class: 'secondary small', 'data-testid': 'reveal-votes', 'data-key': `reveal-votes-${w.id}`, onclick: () => { ctx.ui.revealed.add(`votes-${w.id}`); ctx.refresh(); } }, t('console.results.showVotes')))
      : ranked.length === 0
      ? h('p', { class: 'muted' }, t('console.results.noVotes'))
      : h(
          'ol',
          { class: 'vote-results' },
          ...ranked.map(([targetId, count]) => {
            const bar = h('span', { class: 'bar', 'aria-hidden': 'true' });
            bar.style.setProperty('--share', String(count / max));
            return h('li', { 'data-testid': 'vote-result', 'data-target-id': targetId, 'data-count': count }, h('span', { class: 'vote-label' }, label(targetId)), h('span', { class: 'vote-count' }, plural('console.dots', count)), bar);
          }),
        ),
    rating ? h('h3', null, t('console.results.rating')) : null,
    rating
      ? h(
        'p',
        { 'data-testid': 'rating-average', 'aria-live': 'polite' },
        average === null ? t('console.results.noRating') : t('console.results.ratingValue', { average: average.toLocaleString(language(), { maximumFractionDigits: 1 }), count: ratings.length }),
      )
      : null,
    h('h3', null, t('console.results.pistes', { count: pistes.length })),
    pistes.length === 0
      ? h('p', { class: 'muted' }, t('console.results.noPistes'))
      : h(
          'ul',
          { class: 'pistes' },
          ...pistes.map((p) => {
            const signUps = s.signUps.filter((x) => x.pisteId === p.id);
            return h(
              'li',
              { class: 'piste', 'data-testid': 'console-piste', 'data-piste-id': p.id, 'data-signups': signUps.length },
              h('p', null, h('strong', null, p.title), ' — ', plural('console.results.signUps', signUps.length)),
              !co && signUps.length > 0
                ? h(
                    'ul',
                    { class: 'volunteers', 'aria-label': t('console.results.volunteers', { title: p.title }) },
                    ...signUps.map((x) => {
                      const contact = contactText(x.contact);
                      return h('li', { 'data-testid': 'volunteer' }, nickname(s, x.participantId), ' — ',
                        contact ? secret(ctx, `contact-${p.id}-${x.participantId}`, 'volunteer-contact', contact) : h('span', { class: 'muted' }, t('console.results.noContact')));
                    }),
                  )
                : null,
              co ? null : pisteGroup(ctx, p),
            );
          }),
        ),
    h(
      'div',
      { class: 'new-piste' },
      h('label', { for: 'new-piste-title' }, t('console.results.freePiste')),
      h('div', { class: 'inline' }, freeTitle, h('button', { type: 'button', class: 'secondary', 'data-testid': 'add-piste', 'data-key': 'add-piste', onclick: addPiste }, t('console.results.addPiste'))),
    ),
  ];
}
