// The animator's console (/a/SESSIONID#animatorToken) and a co-animator's table console (/t/SESSIONID#coAnimatorToken).
//
// Stable hooks for browser tests (data-testid):
//   header:        participant-count, session-state, joining-locked (badge), lock-joining (aria-pressed), open-session,
//                  open-screen (opens the board in its own window), presenting (badge while a second screen or full
//                  screen hides secrets), connection badge .connection[data-state] (from lib/page.ts)
//   messages:      console-messages (aria-live region of refusals and notices)
//   now:           now (section), now-workshop / table-now (data-workshop-id) with the active round's countdown,
//                  pause-round | resume-round, extend-1, extend-5, end-round (asks: end-round-confirm, end-round-cancel);
//                  next-step (the one next action; data-step; asks when it ends something early or has a warning:
//                  next-step-confirm, next-step-cancel), next-step-detail, next-step-warning, table-next-step per table,
//                  room-in-plenary (co-animator), next-step-none
//   join panel:    join-qr (SVG container), join-code (ABCD-EFGH), join-url, lan-addresses
//   screens:       board-focus (<select>), board-link → board-url (masked secret: data-revealed, reveal-secret,
//                  hide-secret, copy-board-url); per table table-links (data-table-id) with open-table-screen,
//                  table-screen-link → table-screen-url, coanimator-link (asks when it replaces one) → coanimator-url
//   run-of-show:   run-of-show (section), workshop (data-workshop-id), round (data-workshop-id, data-round-id,
//                  data-status), holder-select (acceleration, animator only), workshop-commands (<details>, data-workshop-id)
//                  unfolding start-round (asks when out of order) and skip-round (asks) per round, set-current (asks),
//                  reveal-notes (data-hidden-count)
//   clustering:    workshop-select, note-count, new-cluster-title, new-cluster, loose-notes (drop zone: no cluster),
//                  console-note (data-note-id, data-hidden, draggable) with note-cluster (<select>), star
//                  (data-target-id, aria-pressed), delete-note (confirm); console-cluster (data-cluster-id, data-dots,
//                  drop zone) with cluster-title (input, rename on change), title-suggested and keep-title (a title the
//                  suggestions made, not on the board yet), cluster-dots, star, promote-piste, delete-cluster,
//                  merge-cluster (<select> of the target) + merge-cluster-submit
//   suggestions:   suggestions (section, shown once there are revealed notes), granularity (<select> coarse | medium |
//                  fine), suggest, suggestions-status, suggested-group (data-index, data-existing-cluster-id) with
//                  accept-group and reject-group, accept-all, reject-all; to-sort (section "À ranger", once the
//                  animator's groups sort the other notes) with to-sort-group (data-cluster-id) holding place-all and
//                  to-sort-note (data-note-id) with place-note
//   results:       vote-result (data-target-id, data-count), votes-hidden and reveal-votes (while a vote runs with the
//                  room's results hidden), rating-average, console-piste (data-piste-id, data-signups), volunteer
//                  (nickname, and volunteer-contact: a masked secret; animator only), new-piste-title, add-piste
//   exports:       export-<format>, close-session (asks), delete-session (asks)
import '../i18n/console';
// The console mounts the phone's live view for people without a phone (console/assisted.ts).
import '../i18n/phone';
import { h, byId, replace } from '../lib/dom';
import { initLanguage, onLanguageChange, t } from '../lib/i18n';
import { connectionBadge, languageSwitch, lastPathSegment, tokenFromHash } from '../lib/page';
import { LiveSession } from '../live/session';
import { isCoAnimator, say, type Ctx, type Ui } from './console/context';
import { Section } from '../lib/render';
import { headerControls, headerSignature, headerTitle } from './console/header';
import { joinPanel, joinSignature, loadJoinAssets } from './console/join';
import { screensPanel, screensSignature } from './console/screens';
import { nowPanel, nowSignature } from './console/now';
import { watchPresenting } from './console/secret';
import { AssistedDesk, assistedPanel, assistedSignature } from './console/assisted';
import { runOfShowPanel, runOfShowSignature, tickCountdowns } from './console/runofshow';
import { clustersPanel, clustersSignature } from './console/clusters';
import { catchUpSuggestions, receiveSuggestions, suggestionsPanel, suggestionsRelevant, suggestionsSignature } from './console/suggestions';
import { resultsPanel, resultsSignature } from './console/results';
import { exportsPanel, exportsSignature } from './console/exports';
import { emptyGroupsUi } from './console/groups';
import { useMeetingWords } from './console/meeting';
import { language } from '../lib/i18n';

function start(): void {
  initLanguage();
  const app = byId('app');
  const token = tokenFromHash();
  const sessionId = lastPathSegment();
  if (!token || !sessionId) {
    replace(app, h('main', { class: 'console-missing' }, h('h1', null, t('console.title')), h('p', { class: 'error', role: 'alert' }, t('console.missingToken'))));
    return;
  }
  // The token stays in memory; the address bar keeps it so that a reload works.
  const ui: Ui = {
    selectedWorkshopId: null, groups: emptyGroupsUi(), boardLinks: new Map(), coAnimatorUrls: new Map(), confirming: new Set(), revealed: new Set(), openDetails: new Set(),
    addresses: null, qr: null, qrCode: null, messages: [], dragging: false, suggestions: new Map(), suggesting: new Set(), asked: new Set(), caughtUp: new Set(), placing: new Set(), rejected: new Set(),
    granularity: 'medium',
  };
  let sections: Section[] = [];
  let scheduled = false;
  const live = new LiveSession(token, `st:console:${sessionId}`, (_item, refusal) => say(ctx, t('console.error.other', { code: refusal.code, message: refusal.message })));
  const ctx: Ctx = {
    live,
    sessionId,
    token,
    ui,
    refresh: () => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        render();
      });
    },
  };

  const badge = connectionBadge();
  const titleEl = h('h1', { class: 'console-title', 'data-testid': 'console-title' });
  const controlsEl = h('div', { class: 'header-controls' });
  const messagesEl = h('div', { class: 'messages', role: 'status', 'aria-live': 'assertive', 'data-testid': 'console-messages' });
  const joinEl = h('section', { class: 'panel join-panel', 'aria-label': t('console.join.heading') });
  const nowEl = h('section', { class: 'panel now', 'data-testid': 'now', 'aria-labelledby': 'now-heading' });
  const screensEl = h('section', { class: 'panel screens', 'data-testid': 'screens', 'aria-labelledby': 'screens-heading' });
  const rosEl = h('section', { class: 'panel run-of-show', 'data-testid': 'run-of-show', 'aria-labelledby': 'run-of-show-heading' });
  const suggestionsEl = h('section', { class: 'panel suggestions', 'data-testid': 'suggestions', 'aria-labelledby': 'suggestions-heading' });
  const clustersEl = h('section', { class: 'panel clustering', 'data-testid': 'clustering' });
  const resultsEl = h('section', { class: 'panel results', 'data-testid': 'results' });
  const exportsEl = h('section', { class: 'panel exports', 'data-testid': 'exports', 'aria-labelledby': 'exports-heading' });
  // The people's live views are mounted once and kept across renders: only the list above them is rebuilt.
  const desk = new AssistedDesk(sessionId);
  const assistedListEl = h('div', { class: 'assisted-list' });
  const assistedEl = h('section', { class: 'panel assisted', 'data-testid': 'assisted', 'aria-labelledby': 'assisted-heading' }, assistedListEl, desk.views);

  const messagesBuild = () =>
    ui.messages.map((m) =>
      h(
        'p',
        { class: `message ${m.kind}` },
        h('span', null, m.text),
        h('button', { type: 'button', class: 'secondary small', 'data-key': `dismiss-${m.id}`, onclick: () => ((ui.messages = ui.messages.filter((x) => x.id !== m.id)), ctx.refresh()) }, t('console.dismiss')),
      ),
    );

  sections = [
    new Section(titleEl, () => JSON.stringify([language(), live.snapshot?.title, isCoAnimator(ctx)]), () => headerTitle(ctx)),
    new Section(controlsEl, () => headerSignature(ctx), () => headerControls(ctx)),
    new Section(messagesEl, () => JSON.stringify([language(), ui.messages]), messagesBuild),
    new Section(joinEl, () => joinSignature(ctx), () => joinPanel(ctx)),
    new Section(nowEl, () => nowSignature(ctx), () => nowPanel(ctx)),
    new Section(screensEl, () => screensSignature(ctx), () => screensPanel(ctx)),
    new Section(rosEl, () => runOfShowSignature(ctx), () => runOfShowPanel(ctx)),
    new Section(suggestionsEl, () => suggestionsSignature(ctx), () => suggestionsPanel(ctx)),
    new Section(clustersEl, () => clustersSignature(ctx), () => clustersPanel(ctx), { busy: () => ui.dragging }),
    new Section(resultsEl, () => resultsSignature(ctx), () => resultsPanel(ctx)),
    new Section(assistedListEl, () => assistedSignature(ctx, desk), () => assistedPanel(ctx, desk)),
    new Section(exportsEl, () => exportsSignature(ctx), () => exportsPanel(ctx)),
  ];

  replace(
    app,
    h('header', { class: 'console-header' }, titleEl, controlsEl, h('div', { class: 'header-tools' }, badge.element, languageSwitch())),
    h('main', { class: 'console-main' }, messagesEl, h('div', { class: 'console-grid' }, h('div', { class: 'work' }, ...(isCoAnimator(ctx) ? [nowEl, assistedEl, rosEl] : [nowEl, rosEl, assistedEl]), suggestionsEl, clustersEl, resultsEl, exportsEl), h('div', { class: 'side' }, joinEl, screensEl))),
  );

  let languageSet = false;
  function render(): void {
    const s = live.snapshot;
    if (s && !languageSet && live.me) {
      languageSet = true;
      useMeetingWords(s);
      initLanguage(s.language);
    }
    document.title = s ? `${t(isCoAnimator(ctx) ? 'console.role.coAnimator' : 'console.role.animator')} — ${s.title}` : t('console.title');
    loadJoinAssets(ctx);
    catchUpSuggestions(ctx);
    suggestionsEl.hidden = !suggestionsRelevant(ctx);
    for (const section of sections) {
      try {
        section.update();
      } catch (error) {
        // One broken part must not take the console down during the evening.
        console.error(error);
      }
    }
    tickCountdowns(ctx, app);
  }

  live.onDeleted(() => {
    replace(app, h('main', { class: 'console-missing' }, h('h1', null, t('console.title')), h('p', { class: 'error', role: 'alert', 'data-testid': 'session-deleted' }, t('console.deleted'))));
  });
  live.onEvents(() => ctx.refresh());
  live.onSuggestions((batch) => receiveSuggestions(ctx, batch));
  // The shared offline text speaks to participants (their notes wait in the outbox); the console's commands do not wait.
  const showState = (state: typeof live.state) => {
    badge.update(state);
    if (state === 'offline') badge.element.textContent = t('console.offline');
  };
  live.onState((state) => {
    showState(state);
    // Suggestions are not replayed: after a break in the link the console asks for the current ones again.
    if (state !== 'online') ctx.ui.caughtUp.clear();
    ctx.refresh();
  });
  onLanguageChange(() => {
    showState(live.state);
    ctx.refresh();
  });
  window.setInterval(() => tickCountdowns(ctx, app), 250);
  // The next step's words change as the running étape nears its end (an early end asks first): look again each second.
  window.setInterval(() => ctx.refresh(), 1000);
  watchPresenting(() => ctx.refresh());
  render();
  void live.start();
}

start();
