// The board (écran): /b/SESSIONID#boardToken, projected in the hall and read from the back. At every moment it shows
// the whole picture that matters in one viewport, never scrolled: the header (format, workshop, round, countdown on
// the server's clock), one scene in the main area fitted at the largest legible size (board/fit.ts; pages that turn
// by themselves when even the smallest legible size cannot hold it), and the join column. It only reads; nicknames
// are never shown. A board link made for a table (live.me.tableId) follows that table's workshop, and the whole room
// when the animator brings everyone back to a plenary workshop.
//
// Stable hooks for browser tests (data-testid). On the main area: data-scene = loading | input | hidden | notes |
// clusters | vote | results | rating | ratingResults | pistes | tables, data-items = how many things it holds (all
// pages), data-size = the text size chosen (vh), data-laid-out = the size (WxH) it was last laid out for.
//   board-main         the main area (never scrolls)
//   join-qr            container of the join QR code (SVG); absent unless people can join
//   join-code          the join code as ABCD-EFGH; absent unless people can join
//   join-closed        "Les inscriptions sont fermées" (or not open yet, or the soirée is over) instead of the QR code
//   participant-count  "N participants" (aria-live)
//   workshop-title     the followed workshop's title (h1)
//   workshop-input     its input: challenge + theme / project card / external project
//   round-name         the active round's name (or what comes next when none is active)
//   countdown          m:ss, data-remaining-ms = ms left by the server clock at the last render (every 250 ms);
//                      only while a round is active (or has just run out); class "expired" when time is up
//   hidden-count       number of hidden notes while the writing is private
//   board-note         a post-it shown (data-note-id): on the wall, or an excerpt in a regroupement's card
//   board-cluster      a regroupement's card (data-cluster-id, data-named="false" while it shows "Regroupement N"),
//                      with cluster-title and cluster-count ("12 post-it"; no count while a vote runs)
//   board-unsorted     the "À ranger" card of post-it in no regroupement, with unsorted-count
//   voter-count        how many have voted (while the vote runs, its counts hidden; and with the results)
//   result-bar         a vote bar (data-target-id = cluster or note id, data-count = dots), ranked most first, with
//                      bar-title and bar-count; or a rating bar (data-target-id = rating-1 … rating-5)
//   rating-count       how many have rated while the faisabilité runs (its results hidden until it ends)
//   rating-average     average rating, one decimal (3,4 in French), once the faisabilité has ended
//   board-piste        a piste d'activité (data-piste-id, data-signups)
//   board-table        a table of the room at tables (data-table-id), with table-countdown and table-notes
//   page-indicator     "Page 2 / 5" and dots (data-page, data-pages); only when a scene takes several pages
//   contrast           high-contrast toggle (aria-pressed, remembered on this device)
//   sound              end-of-countdown beep toggle (aria-pressed, off by default)
// The connection state is .connection[data-state] (shown only while not connected).
import '../i18n/board';
import { byId, h, replace } from '../lib/dom';
import { formatCountdown, initLanguage, onLanguageChange, t } from '../lib/i18n';
import { lastPathSegment, tokenFromHash } from '../lib/page';
import { activeRound, focusedWorkshop, remainingMs, type Snapshot, type Workshop } from '../live/model';
import { LiveSession, type ConnectionState } from '../live/session';
import { blockLayout } from './board/fit';
import { JoinPanel } from './board/join';
import { present } from './board/present';
import { showsTables, tableItems, workshopScene, type Scene } from './board/scene';
import { beep, unlockSound } from './board/sound';
import { Stage } from './board/stage';
import { compactInput, inputTag } from './board/view';

const contrastKey = 'st:board:contrast';
const expiredShowMs = 10_000;

const app = byId('app');
const token = tokenFromHash();
const sessionId = lastPathSegment();

if (!token) {
  initLanguage();
  replace(app, h('main', { class: 'board-message' }, h('h1', null, t('board.noToken'))));
} else {
  startBoard(token);
}

function startBoard(boardToken: string): void {
  const live = new LiveSession(boardToken, `st:board:${sessionId}`, () => undefined, false);
  let languageSet = false;
  let soundOn = false;
  const seenNotes = new Set<string>();
  let firstRender = true;

  const contrast = h('button', { type: 'button', class: 'secondary toggle', 'data-testid': 'contrast', 'aria-pressed': 'false', onclick: () => setContrast(!document.body.classList.contains('high-contrast')) });
  const sound = h('button', { type: 'button', class: 'secondary toggle', 'data-testid': 'sound', 'aria-pressed': 'false', onclick: () => setSound(!soundOn) });
  const controls = h('div', { class: 'controls', role: 'group' }, contrast, sound);
  const connection = h('p', { class: 'connection connecting', role: 'status', 'data-state': 'connecting' });
  const join = new JoinPanel(controls, connection);

  // The header: the workshop and the round with its countdown.
  const formatTag = h('p', { class: 'format-tag' });
  const title = h('h1', { class: 'workshop-title', 'data-testid': 'workshop-title' });
  const headerInput = h('div', { class: 'header-input' });
  const roundName = h('p', { class: 'round-name', 'data-testid': 'round-name' });
  const roundState = h('p', { class: 'round-state' });
  const countdown = h('div', { class: 'countdown', 'data-testid': 'countdown', role: 'timer', 'data-remaining-ms': '0' });
  const roundBox = h('div', { class: 'round' }, roundName, countdown, roundState);
  const header = h('header', { class: 'board-header' }, h('div', { class: 'workshop-head' }, formatTag, title, headerInput), roundBox);
  const main = h('main', { class: 'board-main', 'data-testid': 'board-main' });
  const board = h('div', { class: 'board' }, header, main, join.element);
  replace(app, board);
  const stage = new Stage(main);

  function setContrast(on: boolean): void {
    document.body.classList.toggle('high-contrast', on);
    contrast.setAttribute('aria-pressed', String(on));
    try {
      localStorage.setItem(contrastKey, on ? '1' : '0');
    } catch {
      // Private mode: the choice lasts as long as the page.
    }
    // Borders are thicker in high contrast: what fitted may not any more.
    stage.relayout();
  }

  function setSound(on: boolean): void {
    soundOn = on;
    sound.setAttribute('aria-pressed', String(on));
    if (on) {
      unlockSound();
      beep();
    }
  }

  let remembered = false;
  try {
    remembered = localStorage.getItem(contrastKey) === '1';
  } catch {
    remembered = false;
  }
  setContrast(remembered);

  function tableId(): string | null {
    return live.me?.tableId ?? null;
  }

  function workshop(s: Snapshot): Workshop | undefined {
    return focusedWorkshop(s, tableId(), true);
  }

  function renderStatic(): void {
    controls.setAttribute('aria-label', t('board.controls'));
    contrast.textContent = t('board.contrast');
    sound.textContent = t('board.sound');
    setConnection(live.state);
  }

  function setConnection(state: ConnectionState): void {
    connection.className = `connection ${state}`;
    connection.dataset.state = state;
    connection.textContent = t(`board.connection.${state}`);
  }

  // Events come in bursts (300 phones voting within a minute): the picture is drawn at most every renderMs, the
  // first event of a burst shown at once, the last one within renderMs.
  const renderMs = 250;
  let lastRender = 0;
  let pending: number | undefined;
  function scheduleRender(): void {
    if (pending !== undefined) return;
    pending = window.setTimeout(() => {
      pending = undefined;
      lastRender = Date.now();
      render();
    }, Math.max(0, lastRender + renderMs - Date.now()));
  }

  function render(): void {
    const s = live.snapshot;
    if (!s) return;
    if (!languageSet) {
      languageSet = true;
      initLanguage(s.language);
    }
    document.title = t('board.pageTitle', { title: s.title });
    renderStatic();
    board.classList.toggle('no-qr', !join.update(s));

    const table = tableId() ? s.tables.find((x) => x.id === tableId()) : undefined;
    const tableTag = table ? t('board.table', { name: table.name }) : '';
    const ctx = { fresh: new Set<string>(), serverNow: live.serverNow(), remaining: remainingMs };
    if (showsTables(s, tableId())) {
      formatTag.textContent = t('board.tables.tag');
      title.textContent = s.title;
      replace(headerInput);
      stage.show(present({ kind: 'tables', tables: tableItems(s) }, undefined, ctx));
      tick();
      return;
    }
    const w = workshop(s);
    if (!w) {
      formatTag.textContent = tableTag;
      title.textContent = s.title;
      replace(headerInput);
      stage.show(present({ kind: 'input' }, undefined, ctx));
      tick();
      return;
    }
    title.textContent = w.title;

    // The pistes of every workshop at the accueil and the clôture (no current workshop, no board focus, no table).
    const scene: Scene = workshopScene(s, w, !table && !s.currentWorkshopId && !s.boardWorkshopId);
    formatTag.textContent = [t(`format.${w.format}`), tableTag, scene.kind === 'input' ? '' : inputTag(w)].filter(Boolean).join(' · ');
    for (const n of s.notes) {
      if (n.workshopId !== w.id || n.hidden || seenNotes.has(n.id)) continue;
      seenNotes.add(n.id);
      if (!firstRender) ctx.fresh.add(n.id);
    }
    firstRender = false;
    if (scene.kind === 'input') replace(headerInput);
    else replace(headerInput, compactInput(w));
    stage.show(present(scene, w, ctx));
    tick();
  }

  // The countdown: from the server's clock, every 250 ms. When it runs out, it flashes and (sound on) beeps once.
  const watched = new Set<string>(); // rounds seen running with time left: only those may signal their end
  const signalled = new Map<string, number>(); // round key → when its end was signalled (device ms)

  function signal(key: string): void {
    if (signalled.has(key)) return;
    signalled.set(key, Date.now());
    if (soundOn) beep();
  }

  function tickTables(s: Snapshot): void {
    const now = live.serverNow();
    for (const el of Array.from(main.querySelectorAll<HTMLElement>('.table-countdown'))) {
      const r = s.workshops.find((x) => x.id === el.dataset.workshopId)?.rounds.find((x) => x.id === el.dataset.roundId);
      setText(el, formatCountdown(r ? remainingMs(r, now) : 0));
    }
  }

  function tick(): void {
    const s = live.snapshot;
    if (s && showsTables(s, tableId())) {
      tickTables(s);
      showRound(t('board.tables.round'), null, null, false);
      return;
    }
    const w = s ? workshop(s) : undefined;
    if (!s || !w) {
      showRound(null, null, null, false);
      return;
    }
    for (const key of watched) {
      const [wid, rid] = key.split('\u0000');
      const r = s.workshops.find((x) => x.id === wid)?.rounds.find((x) => x.id === rid);
      if (r?.status === 'ended' && r.endReason === 'deadline') signal(key);
      if (!r || r.status === 'ended') watched.delete(key);
    }
    const r = activeRound(w);
    if (r) {
      const key = `${w.id}\u0000${r.id}`;
      const left = remainingMs(r, live.serverNow());
      if (r.status === 'running' && left > 0) watched.add(key);
      if (r.status === 'running' && left <= 0 && watched.has(key)) signal(key);
      const expired = r.status === 'running' && left <= 0;
      showRound(r.name, left, r.status === 'paused' ? t('board.round.paused') : expired ? t('board.round.timeUp') : null, expired, r.status === 'paused');
      return;
    }
    // No active round: a round of this workshop that has just run out keeps flashing 0:00 for a few seconds.
    for (const [key, at] of signalled) {
      const [wid, rid] = key.split('\u0000');
      if (wid === w.id && Date.now() - at < expiredShowMs) {
        const ended = w.rounds.find((x) => x.id === rid);
        showRound(ended?.name ?? '', 0, t('board.round.timeUp'), true);
        return;
      }
    }
    const started = w.rounds.some((x) => x.status === 'ended');
    const pending = w.rounds.some((x) => x.status === 'pending');
    showRound(t(!started ? 'board.round.notStarted' : pending ? 'board.round.between' : 'board.round.finished'), null, null, false);
  }

  function showRound(name: string | null, remainingMs: number | null, state: string | null, expired: boolean, paused = false): void {
    setText(roundName, name ?? '');
    roundBox.classList.toggle('idle', remainingMs === null);
    if (remainingMs === null) {
      countdown.remove();
    } else {
      if (!countdown.isConnected) roundBox.insertBefore(countdown, roundState);
      setText(countdown, formatCountdown(remainingMs));
      countdown.setAttribute('data-remaining-ms', String(Math.round(remainingMs)));
      countdown.setAttribute('aria-label', `${t('board.round.countdownLabel')} ${formatCountdown(remainingMs)}`);
      countdown.classList.toggle('expired', expired);
      countdown.classList.toggle('paused', paused);
      countdown.classList.toggle('last-minute', !expired && !paused && remainingMs <= 60_000);
    }
    setText(roundState, state ?? '');
    roundState.classList.toggle('empty-state', !state);
  }

  function setText(el: HTMLElement, text: string): void {
    if (el.textContent !== text) el.textContent = text;
  }

  live.onDeleted(() => replace(app, h('main', { class: 'board-message' }, h('h1', { 'data-testid': 'session-deleted' }, t('board.deleted')))));
  live.onEvents(() => scheduleRender());
  live.onState((state) => setConnection(state));
  onLanguageChange(() => render());
  window.setInterval(tick, 250);
  renderStatic();
  stage.show({ kind: 'loading', items: 0, key: 'loading', head: [], lay: (body) => blockLayout(body, h('p', { class: 'empty' }, t('board.loading'))) });
  render();
  void live.start();
}
