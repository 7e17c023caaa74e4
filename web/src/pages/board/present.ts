// From a scene (what to show) to a presentation (the elements, and how they fit the main area).
import { h } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import type { Round, Workshop } from '../../live/model';
import { barsLayout, blockLayout, gridLayout, tallCards, wallLayout, wideCards, type CardParts } from './fit';
import type { Scene } from './scene';
import type { Presentation } from './stage';
import {
  bigNumber,
  clusterCard,
  clusterName,
  fullInput,
  pisteCard,
  ranks,
  ratingResults,
  resultRow,
  tableCard,
  unsortedCard,
  wallHeading,
  wallNote,
} from './view';

export interface PresentContext {
  /** Post-it seen for the first time in this render: they pop in. */
  fresh: Set<string>;
  serverNow: number;
  remaining: (round: Round, serverNow: number) => number;
}

// A single block (the input, a big number) may be larger than post-it: it is alone on the wall.
const blockMaxVh = 5.2;

// Cards with excerpts stop growing here: past it, a few regroupements would keep all the room for their titles.
const cardsMaxVh = 3.4;

function heading(text: string, visible: boolean): HTMLElement {
  return h('h2', { class: visible ? 'scene-title' : 'visually-hidden' }, text);
}

function key(...parts: unknown[]): string {
  return JSON.stringify([language(), ...parts]);
}

export function present(scene: Scene, w: Workshop | undefined, ctx: PresentContext): Presentation {
  switch (scene.kind) {
    case 'input':
      return {
        kind: scene.kind,
        items: 1,
        key: key(scene.kind, w?.id, w?.input),
        head: [],
        lay: (body) => (w ? blockLayout(body, fullInput(w), blockMaxVh) : blockLayout(body, h('p', { class: 'empty' }, t('board.welcome')))),
      };
    case 'hidden':
      return {
        kind: scene.kind,
        items: scene.count,
        key: key(scene.kind, scene.count),
        head: [heading(t('board.hidden.heading'), false)],
        lay: (body) => blockLayout(body, bigNumber('hidden-count', scene.count, plural('board.hidden', scene.count), t('board.hidden.hint')), blockMaxVh),
      };
    case 'notes': {
      const groups = scene.groups;
      return {
        kind: scene.kind,
        items: groups.reduce((sum, g) => sum + g.notes.length, 0),
        key: key(scene.kind, groups.map((g) => [g.label, g.notes.map((n) => [n.id, n.text, n.colour, scene.starred.has(n.id)])])),
        head: [heading(t('board.notes.heading'), false)],
        lay: (body) =>
          groups.length === 0
            ? blockLayout(body, h('p', { class: 'empty' }, t('board.notes.empty')))
            : wallLayout(
                body,
                groups.map((g) => ({
                  heading: g.label ? wallHeading(g.label) : null,
                  notes: g.notes.map((n) => wallNote(n, ctx.fresh.has(n.id), scene.starred.has(n.id))),
                })),
              ),
      };
    }
    case 'clusters': {
      const { clusters, unsorted, starred } = scene;
      return {
        kind: scene.kind,
        items: clusters.length + (unsorted.length > 0 ? 1 : 0),
        key: key(scene.kind, clusters.map((c) => [c.id, clusterName(c), c.starred, c.notes.map((n) => [n.id, n.text])]), unsorted.map((n) => [n.id, n.text])),
        head: [heading(t('board.clusters.heading'), false)],
        lay: (body) => {
          const cards: CardParts[] = clusters.map((c) => clusterCard(c, true, starred));
          if (unsorted.length > 0) cards.push(unsortedCard(unsorted, starred));
          return gridLayout(body, cards, tallCards, cardsMaxVh);
        },
      };
    }
    case 'vote': {
      const { clusters, notes, voters, starred } = scene;
      const head = [
        heading(t('board.vote.heading'), true),
        h(
          'p',
          { class: 'vote-status', 'aria-live': 'polite' },
          h('span', { class: 'voter-count', 'data-testid': 'voter-count' }, plural('board.vote.voters', voters)),
          h('span', { class: 'vote-hint' }, t('board.vote.hidden')),
        ),
      ];
      return {
        kind: scene.kind,
        items: clusters.length > 0 ? clusters.length : notes.length,
        key: key(scene.kind, clusters.map((c) => [c.id, clusterName(c), c.starred, c.notes.map((n) => [n.id, n.text])]), notes.map((n) => [n.id, n.text])),
        head,
        lay: (body) =>
          clusters.length > 0
            ? gridLayout(body, clusters.map((c) => clusterCard(c, false, starred)), tallCards, cardsMaxVh)
            : wallLayout(body, [{ heading: null, notes: notes.map((n) => wallNote(n, false, starred.has(n.id))) }]),
      };
    }
    case 'results': {
      const { rows, voters, live } = scene;
      const max = rows.reduce((m, r) => Math.max(m, r.count), 0);
      const head = [
        heading(t(live ? 'board.results.liveHeading' : 'board.results.heading'), true),
        h('p', { class: 'vote-status' }, h('span', { class: 'voter-count', 'data-testid': 'voter-count' }, plural('board.results.voters', voters))),
      ];
      return {
        kind: scene.kind,
        items: rows.length,
        key: key(scene.kind, live, rows.map((r) => [r.id, r.cluster ? clusterName(r.cluster) : r.note?.text, r.count, r.starred])),
        head,
        lay: (body) => {
          if (rows.length === 0) return blockLayout(body, h('p', { class: 'empty' }, t('board.results.empty')));
          const rank = ranks(rows.map((r) => r.count));
          return barsLayout(body, rows.map((r, i) => resultRow(r, rank[i], max, r.starred)));
        },
      };
    }
    case 'rating':
      return {
        kind: scene.kind,
        items: scene.count,
        key: key(scene.kind, scene.count),
        head: [heading(t('board.rating.heading'), true)],
        lay: (body) => blockLayout(body, bigNumber('rating-count', scene.count, plural('board.rating.given', scene.count), t('board.rating.hidden')), blockMaxVh),
      };
    case 'ratingResults':
      return {
        kind: scene.kind,
        items: scene.count,
        key: key(scene.kind, scene.per, scene.average),
        head: [heading(t('board.rating.heading'), true)],
        lay: (body) => blockLayout(body, ratingResults(scene.per, scene.count, scene.average)),
      };
    case 'pistes':
      return {
        kind: scene.kind,
        items: scene.pistes.length,
        key: key(scene.kind, scene.all, scene.pistes),
        head: [heading(t(scene.all ? 'board.pistes.allHeading' : 'board.pistes.heading'), true)],
        lay: (body) =>
          scene.pistes.length === 0
            ? blockLayout(body, h('p', { class: 'empty' }, t('board.pistes.empty')))
            : gridLayout(body, scene.pistes.map((p) => pisteCard(p)), wideCards),
      };
    case 'tables':
      return {
        kind: scene.kind,
        items: scene.tables.length,
        key: key(scene.kind, scene.tables.map((x) => [x.id, x.name, x.workshop?.id, x.workshop?.title, x.round?.id, x.round?.name, x.round?.status, x.state, x.notes])),
        head: [heading(t('board.tables.heading'), false)],
        lay: (body) => gridLayout(body, scene.tables.map((x) => tableCard(x, ctx.serverNow, (now) => (x.round ? ctx.remaining(x.round, now) : 0))), wideCards),
      };
  }
}
