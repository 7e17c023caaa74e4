// The participant's live view: the workshop and its round with the countdown, the note composer, "Mes post-it",
// votes, rating, holder stars, sign-ups and the table. Each part is a section of its own that renders from one
// shared context, and only when what it shows has changed, so a tap, the caret or typed text is never lost to
// someone else's note. The view mounts on the phone's page or inside another page (a console typing for someone
// without a phone), and stops cleanly so that page can switch between people.
import { h, replace } from '../../lib/dom';
import { onLanguageChange, t } from '../../lib/i18n';
import { connectionBadge } from '../../lib/page';
import type { Refusal } from '../../live/errors';
import type { Pending } from '../../live/outbox';
import { LiveSession } from '../../live/session';
import { composerPart } from './composer';
import { computeView, newUi, type Ctx, type LiveOptions } from './context';
import { addMessage, dropMessage, headerSection, messagesSection } from './header';
import { myNotesSection } from './mynotes';
import { pistesSection } from './pistes';
import { ratingSection } from './rating';
import { roundPart } from './round';
import { starsSection } from './stars';
import { Drafts, loadConsents, MyTexts, RefusedNotes, type Identity } from './storage';
import { tableChangeSection, tablePickSection } from './table';
import { measureClamps } from './targets';
import { reason, sentence } from './text';
import { votesSection } from './votes';

export type { LiveOptions } from './context';

/** A mounted live view. */
export interface LiveHandle {
  /** Closes the connection, clears every timer and listener, and takes the view out of its container. */
  stop(): Promise<void>;
}

// One listener for the whole page (the language module keeps its listeners for ever): it tells the views mounted now.
const mounted = new Set<() => void>();
onLanguageChange(() => {
  for (const relabel of Array.from(mounted)) relabel();
});

let mountCount = 0;

export function startLive(container: HTMLElement, identity: Identity, options: LiveOptions = {}): LiveHandle {
  const base = `st:${identity.sessionId}:${identity.participantId}`;
  // Element ids must stay unique when a console mounts a view beside its own fields.
  const prefix = options.embedded ? `live${++mountCount}-` : '';
  const timeouts = new Set<number>();
  let stopped = false;
  let scheduled = false;

  const session = new LiveSession(identity.token, base, (item, refusal) => refused(item, refusal), false);
  const ctx: Ctx = {
    session,
    identity,
    options,
    texts: new MyTexts(`${base}:texts`),
    refused: new RefusedNotes(`${base}:refused`),
    drafts: new Drafts(`${base}:drafts`),
    contactKey: `${base}:contact`,
    consentKey: `${base}:consents`,
    consents: loadConsents(`${base}:consents`),
    ui: newUi(),
    view: null,
    id: (name) => `${prefix}${name}`,
    refresh: () => {
      if (scheduled || stopped) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        render();
      });
    },
    say: (text, kind) => {
      const id = addMessage(ctx, text, kind);
      if (kind === 'info') {
        const timer = window.setTimeout(() => {
          timeouts.delete(timer);
          dropMessage(ctx, id);
        }, 8000);
        timeouts.add(timer);
      }
      ctx.refresh();
    },
  };

  const badge = connectionBadge();
  const header = headerSection(ctx, badge.element);
  const round = roundPart(ctx);
  const composer = composerPart(ctx);
  const votes = votesSection(ctx);
  const stars = starsSection(ctx);
  const myNotes = myNotesSection(ctx);
  const parts = [
    header,
    messagesSection(ctx),
    round.section,
    tablePickSection(ctx),
    composer,
    votes,
    ratingSection(ctx),
    stars,
    myNotes,
    pistesSection(ctx),
    tableChangeSection(ctx),
  ];
  const body = parts.slice(1).map((part) => part.el);
  const view = options.embedded
    ? h('div', { class: 'phone phone-live embedded' }, header.el, ...body)
    : h('div', { class: 'phone phone-live' }, header.el, h('main', { id: 'main', class: 'phone-main' }, ...body));
  replace(container, view);

  function render(): void {
    if (stopped) return;
    ctx.view = computeView(ctx);
    const v = ctx.view;
    if (v) {
      // Once the server's own copy of a note arrived, what the phone kept about its sending is done with.
      for (const id of Array.from(ctx.ui.acked.keys())) if (v.s.notes.some((n) => n.id === id)) ctx.ui.acked.delete(id);
      for (const r of ctx.refused.all) if (v.s.notes.some((n) => n.id === r.id)) ctx.refused.remove(r.id);
    }
    if (!options.embedded) document.title = v?.s.title ?? options.title ?? document.title;
    for (const part of parts) {
      try {
        part.update();
      } catch (error) {
        // One broken part must not take the phone down during the evening.
        console.error(error);
      }
    }
    round.tick();
  }

  function refused(item: Pending, refusal: Refusal): void {
    if (item.method === 'AddNote') {
      // Nothing is lost: the text stays on the phone, marked refused, with the reason and a way to send it again.
      ctx.refused.add({
        id: String(item.args[0]), workshopId: String(item.args[1]), column: String(item.args[2]), text: String(item.args[3] ?? ''),
        code: refusal.code, at: Date.now(),
      });
    } else if (item.method === 'CastVote') {
      ctx.say(t('phone.refused.vote', { reason: reason(refusal) }), 'error');
    } else if (item.method === 'WithdrawVote') {
      ctx.say(t('phone.refused.unvote', { reason: reason(refusal) }), 'error');
    } else {
      ctx.say(sentence(refusal), 'error');
    }
    ctx.refresh();
  }

  session.outbox.onSent((item) => {
    if (item.method !== 'AddNote') return;
    const id = String(item.args[0]);
    ctx.ui.acked.set(id, { id, workshopId: String(item.args[1]), column: String(item.args[2]), text: String(item.args[3] ?? '') });
    ctx.refused.remove(id);
  });
  session.outbox.onChange(() => ctx.refresh());
  session.onEvents(() => ctx.refresh());
  session.onState((state) => {
    badge.update(state);
    ctx.refresh();
  });
  session.onDeleted(() => {
    // Nothing of a deleted soirée stays on the device: identity, typed texts, drafts, contact details, consents.
    try {
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith(`st:${identity.sessionId}:`) || key === `st:join:${identity.sessionId}`) localStorage.removeItem(key);
      }
    } catch {
      // Storage unavailable: nothing was kept.
    }
    stopTimers();
    replace(view, h('div', { class: 'card' }, h('h1', null, t('phone.deleted.title')), h('p', { role: 'alert', 'data-testid': 'session-deleted' }, t('phone.deleted.text'))));
  });

  const relabel = () => {
    badge.update(session.state);
    for (const part of parts) part.update(true);
  };
  mounted.add(relabel);
  const onResize = () => {
    measureClamps(votes.el);
    measureClamps(stars.el);
  };
  window.addEventListener('resize', onResize);
  // The countdown, the grace after it and the composer's state follow the server's clock between events.
  const ticker = window.setInterval(() => {
    round.tick();
    composer.tick();
    myNotes.update();
  }, 250);

  function stopTimers(): void {
    window.clearInterval(ticker);
    for (const timer of timeouts) window.clearTimeout(timer);
    timeouts.clear();
  }

  render();
  void session.start();

  return {
    async stop(): Promise<void> {
      if (stopped) return;
      stopped = true;
      stopTimers();
      mounted.delete(relabel);
      window.removeEventListener('resize', onResize);
      for (const part of parts) part.dispose();
      await session.stop();
      view.remove();
    },
  };
}
