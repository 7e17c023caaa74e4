// The pieces the board is made of, built from a scene (scene.ts): post-it, cards of regroupements, tables and
// pistes, result bars, the big numbers. Pure DOM building, all text through h() (text nodes); lengths come from the
// CSS custom properties the fitting sets (fit.ts), a bar's length from --w.
import { h, type Child } from '../../lib/dom';
import { formatCountdown, language, t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import type { Note, Workshop } from '../../live/model';
import type { CardParts } from './fit';
import type { ClusterItem, PisteItem, ResultRow, TableItem } from './scene';

const colours = new Set(['jaune', 'rose', 'bleu', 'vert', 'orange', 'violet']);

/** ABCDEFGH → ABCD-EFGH, for typing by hand. */
export { displayJoinCode as displayCode } from '../../lib/joincode';

function locale(): string {
  return language() === 'fr' ? 'fr-FR' : 'en-GB';
}

export function oneDecimal(value: number): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

function starMark(starred: boolean): Child {
  return starred ? h('span', { class: 'star-mark', role: 'img', 'aria-label': t('board.star'), title: t('board.star') }, '★ ') : null;
}

/** What the room calls a regroupement: its title, or "Regroupement 3" while the title is the machine's or empty. */
export function clusterName(c: ClusterItem): string {
  return c.title ?? t('board.cluster.numbered', { number: c.number });
}

/**
 * French typography for the large lines: a narrow no-break space before ? ! : ; so that a "?" never stands alone at
 * the start of a line of the challenge. The text itself is unchanged everywhere else.
 */
function typeset(text: string): string {
  return language() === 'fr' ? text.replace(/[ \u00a0]([?!:;])/g, '\u202f$1') : text;
}

/** What the header says beside the format: the challenge's theme, the card's holder, the project's origin. */
export function inputTag(w: Workshop): string {
  const input = w.input;
  if (input.challenge?.theme) return t('board.input.theme', { theme: input.challenge.theme });
  if (input.projectCard?.holder) return t('board.input.holder', { holder: input.projectCard.holder });
  if (input.externalProject?.originTerritory) return t('board.input.origin', { origin: input.externalProject.originTerritory });
  return '';
}

/** The workshop's input in the header: the challenge, pitch or project name, on two lines at most. */
export function compactInput(w: Workshop): HTMLElement {
  const input = w.input;
  const main = input.challenge?.text ?? input.projectCard?.pitch ?? input.externalProject?.name ?? '';
  return h('div', { class: 'workshop-input compact', 'data-testid': 'workshop-input' }, h('p', { class: 'input-main' }, typeset(main)));
}

/** The workshop's input as the whole picture (cadrage, pitch, présentation). */
export function fullInput(w: Workshop): HTMLElement {
  const input = w.input;
  const parts: Child[] = [];
  if (input.challenge) {
    parts.push(
      h('p', { class: 'input-label' }, t(w.format === 'emergence' ? 'board.input.challenge' : 'board.input.focus')),
      h('p', { class: 'input-main' }, typeset(input.challenge.text)),
      input.challenge.theme ? h('p', { class: 'input-tag' }, t('board.input.theme', { theme: input.challenge.theme })) : null,
    );
  } else if (input.projectCard) {
    const card = input.projectCard;
    parts.push(
      card.holder ? h('p', { class: 'input-tag' }, t('board.input.holder', { holder: card.holder })) : null,
      h('p', { class: 'input-main' }, typeset(card.pitch)),
      card.needs ? h('div', { class: 'input-more' }, h('p', { class: 'input-label' }, t('board.input.needs')), h('p', { class: 'input-text' }, card.needs)) : null,
    );
  } else if (input.externalProject) {
    const project = input.externalProject;
    parts.push(
      h('p', { class: 'input-main' }, project.name),
      project.originTerritory ? h('p', { class: 'input-tag' }, t('board.input.origin', { origin: project.originTerritory })) : null,
      project.description ? h('p', { class: 'input-more input-text' }, project.description) : null,
      project.successFactors.length > 0
        ? h(
            'div',
            { class: 'input-more' },
            h('p', { class: 'input-label' }, t('board.input.successFactors')),
            h('ul', { class: 'input-list' }, ...project.successFactors.map((f) => h('li', null, f))),
          )
        : null,
    );
  }
  return h('div', { class: 'workshop-input full', 'data-testid': 'workshop-input' }, ...parts);
}

/** A post-it on the wall, cut after three lines (its whole text is on the phones and in the exports). */
export function wallNote(n: Note, fresh: boolean, starred: boolean): HTMLElement {
  const colour = colours.has(n.colour) ? n.colour : 'jaune';
  return h(
    'div',
    { class: `note ${colour} board-note${fresh ? ' fresh' : ''}`, 'data-testid': 'board-note', 'data-note-id': n.id },
    h('p', { class: 'note-text' }, starMark(starred), n.text),
  );
}

export function wallHeading(label: string): HTMLElement {
  return h('h3', { class: 'wall-heading' }, label);
}

function excerpts(notes: Note[], starred: Set<string>): HTMLElement {
  return h(
    'ul',
    { class: 'card-notes' },
    ...notes.map((n) => h('li', { class: 'excerpt board-note', 'data-testid': 'board-note', 'data-note-id': n.id }, starMark(starred.has(n.id)), n.text)),
  );
}

/** A regroupement: its name and (unless a vote runs) its count of post-it, then as many excerpts as fit. */
export function clusterCard(c: ClusterItem, withCount: boolean, starred: Set<string>): CardParts {
  const list = excerpts(c.notes, starred);
  const card = h(
    'section',
    { class: 'card board-cluster', 'data-testid': 'board-cluster', 'data-cluster-id': c.id, 'data-named': String(c.title !== null) },
    h(
      'div',
      { class: 'card-head' },
      h('h3', { class: 'card-title', 'data-testid': 'cluster-title' }, starMark(c.starred), clusterName(c)),
      withCount ? h('p', { class: 'card-count', 'data-testid': 'cluster-count' }, plural('board.postits', c.notes.length)) : null,
    ),
    list,
  );
  return { card, list };
}

/** The post-it not in any regroupement yet. */
export function unsortedCard(notes: Note[], starred: Set<string>): CardParts {
  const list = excerpts(notes, starred);
  const card = h(
    'section',
    { class: 'card unsorted', 'data-testid': 'board-unsorted' },
    h(
      'div',
      { class: 'card-head' },
      h('h3', { class: 'card-title' }, t('board.unsorted')),
      h('p', { class: 'card-count', 'data-testid': 'unsorted-count' }, plural('board.postits', notes.length)),
    ),
    list,
  );
  return { card, list };
}

export function pisteCard(p: PisteItem): CardParts {
  const card = h(
    'section',
    { class: 'card board-piste', 'data-testid': 'board-piste', 'data-piste-id': p.id, 'data-signups': p.signUps },
    h(
      'div',
      { class: 'card-head' },
      h('h3', { class: 'card-title' }, p.title),
      p.workshopTitle ? h('p', { class: 'card-sub' }, p.workshopTitle) : null,
      p.signUps > 0
        ? h('p', { class: 'piste-signups some' }, h('span', { class: 'piste-count' }, String(p.signUps)), ' ', plural('board.pistes.people', p.signUps))
        : h('p', { class: 'piste-signups' }, t('board.pistes.nobody')),
    ),
  );
  return { card, list: null };
}

/** One table of the room: its workshop, its étape with the countdown (kept running by the board's tick), its post-it. */
export function tableCard(x: TableItem, serverNow: number, remaining: (ms: number) => number): CardParts {
  const w = x.workshop;
  const countdown = x.round
    ? h('span', { class: 'table-countdown', 'data-testid': 'table-countdown', 'data-workshop-id': w?.id ?? '', 'data-round-id': x.round.id }, formatCountdown(remaining(serverNow)))
    : null;
  const roundText = x.round ? x.round.name : t(`board.tables.state.${x.state}`);
  const card = h(
    'section',
    { class: `card board-table state-${x.state}`, 'data-testid': 'board-table', 'data-table-id': x.id },
    h(
      'div',
      { class: 'card-head' },
      h('h3', { class: 'card-title' }, x.name),
      h('p', { class: 'card-sub' }, w ? `${t(`format.${w.format}`)} · ${w.title}` : t('board.tables.noWorkshop')),
      h('p', { class: 'table-round' }, h('span', { class: 'table-round-name' }, roundText), countdown ? ' ' : null, countdown),
      w ? h('p', { class: 'card-count', 'data-testid': 'table-notes' }, plural('board.postits', x.notes)) : null,
    ),
  );
  return { card, list: null };
}

/** One ranked bar: rank and title (two lines at most), then the bar and its count. */
export function resultRow(row: ResultRow, rank: number, max: number, starred: boolean): HTMLElement {
  const fill = h('span', { class: 'bar-fill' });
  fill.style.setProperty('--w', `${max > 0 ? (row.count / max) * 100 : 0}%`);
  const title = row.cluster ? clusterName(row.cluster) : row.note?.text ?? '';
  return h(
    'li',
    { class: 'result-bar', 'data-testid': 'result-bar', 'data-target-id': row.id, 'data-count': row.count },
    h('span', { class: 'bar-rank' }, String(rank)),
    h('span', { class: 'bar-title', 'data-testid': 'bar-title' }, starMark(starred), title),
    h('span', { class: 'bar-track', 'aria-hidden': 'true' }, fill),
    h('span', { class: 'bar-count', 'data-testid': 'bar-count' }, plural('board.results.dots', row.count)),
  );
}

/** Ranks as in a race: equal counts share a rank, the next rank skips (1, 2, 2, 4). */
export function ranks(counts: number[]): number[] {
  return counts.map((count) => 1 + counts.filter((other) => other > count).length);
}

/** A big number with its words and a line below: the hidden post-it, the ratings given. */
export function bigNumber(testId: string, count: number, label: string, hint: string): HTMLElement {
  return h(
    'div',
    { class: 'big-number' },
    h('p', { class: 'big-line', 'aria-live': 'polite' }, h('span', { class: 'big-count', 'data-testid': testId }, String(count)), ' ', h('span', { class: 'big-label' }, label)),
    h('p', { class: 'big-hint' }, hint),
  );
}

/** Faisabilité once rated: the average and how the room rated, 1 to 5. */
export function ratingResults(per: number[], count: number, average: number | null): HTMLElement {
  const max = Math.max(0, ...per);
  return h(
    'div',
    { class: 'rating-layout' },
    h(
      'p',
      { class: 'rating-summary' },
      h('span', { class: 'rating-caption' }, t('board.rating.average')),
      h('span', { class: 'rating-average', 'data-testid': 'rating-average' }, average === null ? '–' : oneDecimal(average)),
      h('span', { class: 'rating-caption' }, t('board.rating.outOf')),
      h('span', { class: 'rating-caption' }, plural('board.rating.count', count)),
    ),
    h(
      'ol',
      { class: 'bars rating-bars' },
      ...per.map((n, i) => {
        const fill = h('span', { class: 'bar-fill' });
        fill.style.setProperty('--w', `${max > 0 ? (n / max) * 100 : 0}%`);
        return h(
          'li',
          { class: 'result-bar', 'data-testid': 'result-bar', 'data-target-id': `rating-${i + 1}`, 'data-count': n },
          h('span', { class: 'bar-title', 'data-testid': 'bar-title' }, String(i + 1), h('span', { 'aria-hidden': 'true' }, ' ★')),
          h('span', { class: 'bar-track', 'aria-hidden': 'true' }, fill),
          h('span', { class: 'bar-count', 'data-testid': 'bar-count' }, String(n)),
        );
      }),
    ),
  );
}
