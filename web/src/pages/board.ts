// The board (écran): /b/SESSIONID#boardToken, projected in the hall and read from the back. It only reads: the
// join QR code and code, the participant count, the followed workshop's input, the round and its countdown, the
// notes as they come (only a count while writing is private), clusters, vote and rating results, and the pistes
// d'activité with their sign-ups. Nicknames are never shown.
//
// Stable hooks for browser tests (data-testid):
//   join-qr            container of the join QR code (SVG)
//   join-code          the join code as ABCD-EFGH
//   participant-count  "N participants" (aria-live)
//   workshop-title     the followed workshop's title (h1)
//   workshop-input     its input: challenge + theme / project card / external project
//   round-name         the active round's name (or what comes next when none is active)
//   countdown          m:ss, data-remaining-ms = ms left by the server clock at the last render (every 250 ms);
//                      only while a round is active (or has just run out); class "expired" when time is up
//   hidden-count       number of hidden notes while the writing is private
//   board-note         a visible note (data-note-id), its text
//   board-cluster      a cluster (data-cluster-id), with cluster-title
//   result-bar         a vote bar (data-target-id = cluster or note id, data-count = dots) sorted most first,
//                      or a rating bar (data-target-id = rating-1 … rating-5, data-count = ratings of that value)
//   rating-average     average rating, one decimal (3,4 in French)
//   board-piste        a piste d'activité (data-piste-id, data-signups)
//   contrast           high-contrast toggle (aria-pressed, remembered on this device)
//   sound              end-of-countdown beep toggle (aria-pressed, off by default)
// The connection state is .connection[data-state] (shown only while not connected).
import '../i18n/board';
import { api } from '../lib/api';
import { byId, h, replace, svgFrom } from '../lib/dom';
import { formatCountdown, initLanguage, onLanguageChange, t } from '../lib/i18n';
import { lastPathSegment, tokenFromHash } from '../lib/page';
import { plural } from '../lib/plural';
import { activeRound, focusedWorkshop, remainingMs, type Snapshot, type Workshop } from '../live/model';
import { LiveSession, type ConnectionState } from '../live/session';
import { autoScroll } from './board/autoscroll';
import { beep, unlockSound } from './board/sound';
import { displayCode, mainSections, workshopInput, workshopView } from './board/view';

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
  const live = new LiveSession(boardToken, `st:board:${sessionId}`, () => undefined);
  let languageSet = false;
  let soundOn = false;
  const seenNotes = new Set<string>();
  let firstRender = true;

  // The join column, built once (the QR code is fetched once per join code).
  const qr = h('div', { class: 'join-qr', 'data-testid': 'join-qr', role: 'img', 'aria-label': t('board.join.qr') });
  const scan = h('p', { class: 'join-scan' });
  const orGo = h('p', { class: 'join-small' });
  const host = h('p', { class: 'join-url' }, location.host, h('span', { class: 'join-path' }, '/j/'));
  const code = h('p', { class: 'join-code', 'data-testid': 'join-code' });
  const participants = h('p', { class: 'participant-count', 'data-testid': 'participant-count', 'aria-live': 'polite' });
  const contrast = h('button', { type: 'button', class: 'secondary toggle', 'data-testid': 'contrast', 'aria-pressed': 'false', onclick: () => setContrast(!document.body.classList.contains('high-contrast')) });
  const sound = h('button', { type: 'button', class: 'secondary toggle', 'data-testid': 'sound', 'aria-pressed': 'false', onclick: () => setSound(!soundOn) });
  const controls = h('div', { class: 'controls', role: 'group' }, contrast, sound);
  const connection = h('p', { class: 'connection connecting', role: 'status', 'data-state': 'connecting' });
  const aside = h('aside', { class: 'join', 'aria-label': t('board.join.region') }, scan, qr, orGo, host, code, participants, controls, connection);

  // The header: the workshop and the round with its countdown.
  const formatTag = h('p', { class: 'format-tag' });
  const title = h('h1', { class: 'workshop-title', 'data-testid': 'workshop-title' });
  const headerInput = h('div', { class: 'header-input' });
  const roundName = h('p', { class: 'round-name', 'data-testid': 'round-name' });
  const roundState = h('p', { class: 'round-state' });
  const countdown = h('div', { class: 'countdown', 'data-testid': 'countdown', role: 'timer', 'data-remaining-ms': '0' });
  const roundBox = h('div', { class: 'round' }, roundName, countdown, roundState);
  const header = h('header', { class: 'board-header' }, h('div', { class: 'workshop-head' }, formatTag, title, headerInput), roundBox);
  const main = h('main', { class: 'board-main', tabindex: '0' }, h('p', { class: 'empty' }, t('board.loading')));
  replace(app, h('div', { class: 'board' }, header, main, aside));
  autoScroll(main);

  let qrFor: string | null = null;
  let qrLoading = false;
  void api
    .serverAddresses()
    .then((addresses) => {
      host.firstChild!.textContent = new URL(addresses.current).host;
    })
    .catch(() => undefined);

  function loadQr(joinCode: string): void {
    if (qrFor === joinCode || qrLoading) return;
    qrLoading = true;
    api
      .qrSvg(joinCode)
      .then((text) => {
        const svg = svgFrom(text);
        if (svg) {
          svg.setAttribute('aria-hidden', 'true');
          svg.setAttribute('focusable', 'false');
          replace(qr, svg);
          qrFor = joinCode;
        }
      })
      .catch(() => undefined)
      .finally(() => {
        qrLoading = false;
      });
  }

  function setContrast(on: boolean): void {
    document.body.classList.toggle('high-contrast', on);
    contrast.setAttribute('aria-pressed', String(on));
    try {
      localStorage.setItem(contrastKey, on ? '1' : '0');
    } catch {
      // Private mode: the choice lasts as long as the page.
    }
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
    const table = tableId();
    return table ? focusedWorkshop(s, table, true) : focusedWorkshop(s, null, true);
  }

  function renderStatic(): void {
    scan.textContent = t('board.join.scan');
    orGo.textContent = t('board.join.orGo');
    qr.setAttribute('aria-label', t('board.join.qr'));
    aside.setAttribute('aria-label', t('board.join.region'));
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

  function render(): void {
    const s = live.snapshot;
    if (!s) return;
    if (!languageSet) {
      languageSet = true;
      initLanguage(s.language);
    }
    document.title = t('board.pageTitle', { title: s.title });
    renderStatic();
    loadQr(s.joinCode);
    code.textContent = displayCode(s.joinCode);
    const count = s.participants.length;
    participants.textContent = plural('board.participants', count);

    const w = workshop(s);
    const table = tableId() ? s.tables.find((x) => x.id === tableId()) : undefined;
    if (!w) {
      formatTag.textContent = table ? t('board.table', { name: table.name }) : '';
      title.textContent = s.title;
      replace(headerInput);
      replace(main, h('p', { class: 'empty' }, t('board.pistes.empty')));
      tick();
      return;
    }
    formatTag.textContent = [t(`format.${w.format}`), table ? t('board.table', { name: table.name }) : ''].filter(Boolean).join(' · ');
    title.textContent = w.title;

    // Pistes of every workshop at the accueil and the clôture (no current workshop, no board focus, no table).
    const allPistes = !table && !s.currentWorkshopId && !s.boardWorkshopId;
    const view = workshopView(s, w, allPistes);
    const fresh = new Set<string>();
    for (const n of view.visible) {
      if (!seenNotes.has(n.id)) {
        seenNotes.add(n.id);
        if (!firstRender) fresh.add(n.id);
      }
    }
    firstRender = false;
    const { sections, inputInMain } = mainSections(view, fresh);
    const scrollTop = main.scrollTop;
    if (inputInMain) {
      replace(headerInput);
      replace(main, workshopInput(w, true));
    } else {
      replace(headerInput, workshopInput(w, false));
      replace(main, ...sections);
    }
    main.scrollTop = scrollTop;
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

  function tick(): void {
    const s = live.snapshot;
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
  live.onEvents(() => render());
  live.onState((state) => setConnection(state));
  onLanguageChange(() => render());
  window.setInterval(tick, 250);
  renderStatic();
  render();
  void live.start();
}
