// A meeting run live on the same hub as an evening: a co-animator starts it in one of the meeting formats and
// drives it from the evening's console; each member enters it from here, as themself, on the phone page; afterwards
// the co-animators keep what the room produced: notes into the canvas (Atelier canvas), action cards with the
// members who signed up as owners (Plan d'action), what must be decided into the meeting's decisions (Revue d'étape).
import { call } from '../../lib/api';
import { h, type Child } from '../../lib/dom';
import { t } from '../../lib/i18n';
import type { Snapshot } from '../../live/model';
import { saveIdentity } from '../phone/storage';
import { say, type Ctx } from './context';
import type { Meeting } from './model';

export type LiveFormat = 'atelierCanvas' | 'planAction' | 'revueEtape';
export const liveFormats: LiveFormat[] = ['atelierCanvas', 'planAction', 'revueEtape'];

export interface LiveMeeting {
  sessionId: string;
  format: LiveFormat;
  joinCode: string;
  joinCodeDisplay: string;
  joinUrl: string;
  animatorToken: string;
  consoleUrl: string;
}

/** What a co-animator holds of a live meeting in this visit: its console link and, once read, what the room produced. */
export interface LiveState {
  meeting: LiveMeeting;
  snapshot: Snapshot | null;
  reading: boolean;
}

const base = (ctx: Ctx, m: Meeting) => `/api/groups/${encodeURIComponent(ctx.groupId)}/meetings/${encodeURIComponent(m.id)}/live`;

/** Starts the meeting live (or gets a fresh console link for it) and opens the console beside the group's page. */
export async function startLive(ctx: Ctx, m: Meeting, format: LiveFormat, open: boolean): Promise<LiveState | null> {
  try {
    const meeting = await call<LiveMeeting>('POST', base(ctx, m), { format }, ctx.token);
    const state: LiveState = { meeting, snapshot: null, reading: false };
    ctx.ui.live.set(m.id, state);
    if (open) window.open(meeting.consoleUrl, '_blank', 'noopener');
    ctx.refresh();
    return state;
  } catch (error) {
    say(ctx, t('group.live.startFailed', { message: (error as Error).message }));
    return null;
  }
}

/** A member enters the live meeting as themself: the phone page opens already joined. */
export async function joinLive(ctx: Ctx, m: Meeting): Promise<void> {
  try {
    const joined = await call<{ sessionId: string; joinCode: string; participantId: string; nickname: string; token: string }>('POST', `${base(ctx, m)}/join`, {}, ctx.token);
    saveIdentity({ sessionId: joined.sessionId, participantId: joined.participantId, token: joined.token, nickname: joined.nickname });
    location.assign(`/j/${encodeURIComponent(joined.joinCode)}`);
  } catch (error) {
    say(ctx, t('group.live.joinFailed', { message: (error as Error).message }));
  }
}

/** Reads what the room produced, with the console's own token (the animator's view). */
export async function readHarvest(ctx: Ctx, m: Meeting): Promise<void> {
  const state = ctx.ui.live.get(m.id) ?? (await startLive(ctx, m, liveFormats[0], false));
  if (!state) return;
  state.reading = true;
  ctx.refresh();
  try {
    state.snapshot = (await call<{ session: Snapshot }>('GET', `/api/sessions/${encodeURIComponent(state.meeting.sessionId)}/snapshot`, undefined, state.meeting.animatorToken)).session;
  } catch {
    say(ctx, t('group.live.readFailed'));
  } finally {
    state.reading = false;
    ctx.refresh();
  }
}

/** The live part of a meeting's card: start it, open its console, join it, or keep what it produced. */
export function liveControls(ctx: Ctx, m: Meeting, seat: boolean, closed: boolean): Child {
  const state = ctx.ui.live.get(m.id);
  if (!m.liveSessionId) {
    if (!seat || closed) return null;
    const select = h('select', { id: `live-format-${m.id}`, 'data-testid': 'live-format', 'data-key': `live-format-${m.id}` },
      ...liveFormats.map((f) => h('option', { value: f }, t(`format.${f}`))));
    return h('div', { class: 'live-start inline', 'data-testid': 'live-start' },
      h('label', { for: `live-format-${m.id}` }, t('group.live.format')), select,
      h('button', { type: 'button', class: 'small', 'data-testid': 'live-go', onclick: () => void startLive(ctx, m, select.value as LiveFormat, true) }, t('group.live.start')));
  }
  const code = state?.meeting.joinCodeDisplay ?? m.liveJoinCode ?? '';
  return h('div', { class: 'live-running', 'data-testid': 'live-running' },
    h('p', null, h('span', { class: 'tag live' }, t('group.live.tag')), ' ', t('group.live.code'), ' ', h('strong', { 'data-testid': 'live-code' }, code)),
    seat
      ? h('div', { class: 'inline' },
        h('button', { type: 'button', class: 'secondary small', 'data-testid': 'live-console', onclick: () => void startLive(ctx, m, liveFormats[0], true) }, t('group.live.console')),
        h('button', { type: 'button', class: 'small', 'data-testid': 'live-harvest', disabled: state?.reading ?? false, onclick: () => void readHarvest(ctx, m) }, t('group.live.harvest')))
      : h('button', { type: 'button', class: 'small', 'data-testid': 'live-join', onclick: () => void joinLive(ctx, m) }, t('group.live.join')));
}
