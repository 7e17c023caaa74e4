// The animator's console (/a/SESSIONID#animatorToken) and a co-animator's table console (/t/SESSIONID#coAnimatorToken).
//
// Stable hooks for browser tests (data-testid):
//   header:        participant-count, session-state, joining-locked (badge), lock-joining (aria-pressed), open-session, close-session (confirm),
//                  connection badge .connection[data-state] (from lib/page.ts)
//   messages:      console-messages (aria-live region of refusals and notices)
//   join panel:    join-qr (SVG container), join-code (ABCD-EFGH), join-url, lan-addresses
//   links:         board-link (button) → board-url (<output>); per table coanimator-link (button, data-table-id)
//                  → coanimator-url (<output>, data-table-id). Animator only.
//   run-of-show:   run-of-show (section), workshop (data-workshop-id), follow-me (data-workshop-id, aria-pressed),
//                  follow-run (board follows the run-of-show, aria-pressed), set-current (data-workshop-id),
//                  holder-select (data-workshop-id; acceleration, animator only), reveal-notes (data-workshop-id,
//                  data-hidden-count), round (data-workshop-id, data-round-id, data-status) with start-round on
//                  pending rounds and, on the active round, pause-round | resume-round, extend-1, extend-5,
//                  end-round, skip-round, countdown (data-remaining-ms, refreshed every 250 ms)
//   clustering:    workshop-select, note-count, new-cluster-title, new-cluster, loose-notes (drop zone: no cluster),
//                  console-note (data-note-id, data-hidden, draggable) with note-cluster (<select>), star
//                  (data-target-id, aria-pressed), delete-note (confirm); console-cluster (data-cluster-id, data-dots,
//                  drop zone) with cluster-title (input, rename on change), cluster-dots, star, promote-piste,
//                  delete-cluster, merge-cluster (<select> of the target) + merge-cluster-submit
//   suggestions:   suggestions (section), granularity (<select> coarse | medium | fine), suggest, suggestions-status,
//                  suggested-group (data-index, data-existing-cluster-id) with accept-group and reject-group,
//                  accept-all, reject-all
//   results:       vote-result (data-target-id, data-count), rating-average, console-piste (data-piste-id,
//                  data-signups), volunteer (nickname and consented contact; animator only), new-piste-title, add-piste
import '../i18n/console';
import { h, byId, replace } from '../lib/dom';
import { initLanguage, onLanguageChange, t } from '../lib/i18n';
import { connectionBadge, languageSwitch, lastPathSegment, tokenFromHash } from '../lib/page';
import { LiveSession } from '../live/session';
import { isCoAnimator, say, type Ctx, type Ui } from './console/context';
import { Section } from './console/section';
import { headerControls, headerSignature, headerTitle } from './console/header';
import { joinPanel, joinSignature, loadJoinAssets } from './console/join';
import { linksPanel, linksSignature } from './console/links';
import { runOfShowPanel, runOfShowSignature, tickCountdowns } from './console/runofshow';
import { clustersPanel, clustersSignature } from './console/clusters';
import { receiveSuggestions, suggestionsPanel, suggestionsSignature } from './console/suggestions';
import { resultsPanel, resultsSignature } from './console/results';
import { exportsPanel, exportsSignature } from './console/exports';
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
  const ui: Ui = { selectedWorkshopId: null, boardUrl: null, coAnimatorUrls: new Map(), addresses: null, qr: null, qrCode: null, messages: [], dragging: false, suggestions: new Map(), suggesting: new Set(), rejected: new Set(), granularity: 'medium' };
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
  const linksEl = h('section', { class: 'panel links-panel' });
  const rosEl = h('section', { class: 'panel run-of-show', 'data-testid': 'run-of-show', 'aria-labelledby': 'run-of-show-heading' });
  const suggestionsEl = h('section', { class: 'panel suggestions', 'data-testid': 'suggestions', 'aria-labelledby': 'suggestions-heading' });
  const clustersEl = h('section', { class: 'panel clustering', 'data-testid': 'clustering' });
  const resultsEl = h('section', { class: 'panel results', 'data-testid': 'results' });
  const exportsEl = h('section', { class: 'panel exports', 'data-testid': 'exports', 'aria-labelledby': 'exports-heading' });

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
    new Section(linksEl, () => JSON.stringify([isCoAnimator(ctx), linksSignature(ctx)]), () => (isCoAnimator(ctx) ? [] : linksPanel(ctx))),
    new Section(rosEl, () => runOfShowSignature(ctx), () => runOfShowPanel(ctx)),
    new Section(suggestionsEl, () => suggestionsSignature(ctx), () => suggestionsPanel(ctx)),
    new Section(clustersEl, () => clustersSignature(ctx), () => clustersPanel(ctx), () => ui.dragging),
    new Section(resultsEl, () => resultsSignature(ctx), () => resultsPanel(ctx)),
    new Section(exportsEl, () => exportsSignature(ctx), () => exportsPanel(ctx)),
  ];

  replace(
    app,
    h('header', { class: 'console-header' }, titleEl, controlsEl, h('div', { class: 'header-tools' }, badge.element, languageSwitch())),
    h('main', { class: 'console-main' }, messagesEl, h('div', { class: 'console-grid' }, h('div', { class: 'side' }, joinEl, linksEl), h('div', { class: 'work' }, rosEl, suggestionsEl, clustersEl, resultsEl, exportsEl))),
  );

  let languageSet = false;
  function render(): void {
    const s = live.snapshot;
    if (s && !languageSet && live.me) {
      languageSet = true;
      initLanguage(s.language);
    }
    document.title = s ? `${t(isCoAnimator(ctx) ? 'console.role.coAnimator' : 'console.role.animator')} — ${s.title}` : t('console.title');
    linksEl.hidden = isCoAnimator(ctx);
    loadJoinAssets(ctx);
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
    ctx.refresh();
  });
  onLanguageChange(() => {
    showState(live.state);
    ctx.refresh();
  });
  window.setInterval(() => tickCountdowns(ctx, app), 250);
  render();
  void live.start();
}

start();
