// The group's meetings: date, place, agenda, minutes and decisions, an .ics file to put the next one in a
// calendar (no mail server needed), and the co-animators' form to plan one or write its minutes.
import { h, type Child } from '../../lib/dom';
import { download } from '../../lib/download';
import { formatDateTime, language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { isClosed, isSeat, say, type Ctx } from './context';
import { clearDrafts, stacked, valueOf } from './fields';
import { foldable } from './fold';
import { harvestPanel } from './harvest';
import { liveControls } from './live';
import type { Meeting } from './model';
import { pendingFor, pendingState } from './pending';

export function meetingsSignature(ctx: Ctx): string {
  const g = ctx.page?.group;
  return JSON.stringify([language(), g?.meetings, ctx.page?.lastMeetingId, ctx.page?.me, g?.closedAt, ctx.outbox.pending, [...ctx.ui.editing],
    [...ctx.ui.live].map(([id, l]) => [id, l.reading, l.snapshot?.version]), g?.canvas.map((i) => i.source), g?.actions.map((a) => a.id), g?.members.map((m) => m.id)]);
}

const base = (ctx: Ctx) => `/api/groups/${encodeURIComponent(ctx.groupId)}`;

/** The meeting's start as a datetime-local value, in this device's time zone. */
function localInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

async function downloadIcs(ctx: Ctx, m: Meeting): Promise<void> {
  try {
    await download(`${base(ctx)}/meetings/${encodeURIComponent(m.id)}/ics`, ctx.token);
  } catch {
    say(ctx, t('group.meeting.icsFailed'));
  }
}

function meetingForm(ctx: Ctx, m: Meeting | null): HTMLElement {
  const id = m?.id ?? 'new';
  const k = (name: string) => `mt-${name}-${id}`;
  const form = h('form', {
    class: 'plan-form meeting-form',
    'data-testid': 'meeting-form',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const title = valueOf(form, k('title'));
      const start = valueOf(form, k('start'));
      if (!title || !start) return;
      const body = {
        title,
        startsAt: new Date(start).toISOString(),
        durationMinutes: Number(valueOf(form, k('length')) || 120),
        place: valueOf(form, k('place')),
        agenda: valueOf(form, k('agenda')),
        minutes: valueOf(form, k('minutes')),
        decisions: valueOf(form, k('decisions')).split('\n').map((x) => x.trim()).filter(Boolean),
      };
      ctx.outbox.send('PUT', `${base(ctx)}/meetings/${encodeURIComponent(m?.id ?? newId('r'))}`, body, t('group.pending.meeting', { title }));
      clearDrafts(...['title', 'start', 'length', 'place', 'agenda', 'minutes', 'decisions'].map(k));
      ctx.ui.editing.delete(`meeting-${id}`);
      ctx.refresh();
    },
  },
  stacked({ label: t('group.meeting.title'), key: k('title'), initial: m?.title, maxlength: 160, required: true, testid: 'meeting-title' }),
  h('div', { class: 'row' },
    stacked({ label: t('group.meeting.start'), key: k('start'), initial: m ? localInput(m.startsAt) : '', type: 'datetime-local', required: true, testid: 'meeting-start' }),
    stacked({ label: t('group.meeting.length'), key: k('length'), initial: String(m?.durationMinutes ?? 120), type: 'number', min: 5, max: 1440, testid: 'meeting-length' })),
  stacked({ label: t('group.meeting.place'), key: k('place'), initial: m?.place, maxlength: 200, testid: 'meeting-place' }),
  stacked({ label: t('group.meeting.agenda'), key: k('agenda'), initial: m?.agenda, multiline: true, maxlength: 2000, testid: 'meeting-agenda' }),
  m ? stacked({ label: t('group.meeting.minutes'), key: k('minutes'), initial: m.minutes, multiline: true, maxlength: 8000, testid: 'meeting-minutes' }) : null,
  m ? stacked({ label: t('group.meeting.decisionsField'), key: k('decisions'), initial: m.decisions.join('\n'), multiline: true, maxlength: 4000, testid: 'meeting-decisions' }) : null,
  h('div', { class: 'inline' },
    h('button', { type: 'submit', 'data-testid': 'meeting-submit' }, m ? t('group.save') : t('group.meeting.add')),
    m ? h('button', { type: 'button', class: 'secondary', onclick: () => { ctx.ui.editing.delete(`meeting-${id}`); ctx.refresh(); } }, t('group.cancel')) : null));
  return form;
}

function meetingCard(ctx: Ctx, m: Meeting, next: boolean): HTMLElement {
  if (ctx.ui.editing.has(`meeting-${m.id}`)) return h('li', { class: 'meeting editing' }, meetingForm(ctx, m));
  const waiting = pendingFor(ctx, `${base(ctx)}/meetings/${encodeURIComponent(m.id)}`);
  const past = Date.parse(m.startsAt) + m.durationMinutes * 60_000 < Date.now();
  return h('li', { class: `meeting${next ? ' next' : ''}`, 'data-testid': 'meeting', 'data-meeting-id': m.id },
    h('h3', null, m.title, next ? h('span', { class: 'tag' }, t('group.meeting.next')) : null),
    h('p', { class: 'meeting-when' }, `${formatDateTime(Date.parse(m.startsAt))} · ${t('group.meeting.minutesLong', { count: m.durationMinutes })}${m.place ? ` · ${m.place}` : ''}`),
    m.agenda ? h('div', { class: 'meeting-part' }, h('h4', null, t('group.meeting.agenda')), h('p', { class: 'prewrap' }, m.agenda)) : null,
    m.minutes ? h('div', { class: 'meeting-part' }, h('h4', null, t('group.meeting.minutes')), h('p', { class: 'prewrap', 'data-testid': 'meeting-minutes-text' }, m.minutes)) : null,
    m.decisions.length > 0 ? h('div', { class: 'meeting-part' }, h('h4', null, t('group.meeting.decisions')), h('ul', { 'data-testid': 'meeting-decisions-list' }, ...m.decisions.map((d) => h('li', null, d)))) : null,
    waiting ? pendingState(ctx, waiting) : null,
    liveControls(ctx, m, isSeat(ctx), isClosed(ctx)),
    harvestPanel(ctx, m),
    h('div', { class: 'inline item-actions' },
      past ? null : h('button', { type: 'button', class: 'secondary small', 'data-testid': 'meeting-ics', onclick: () => void downloadIcs(ctx, m) }, t('group.meeting.ics'), h('span', { class: 'visually-hidden' }, ` : ${m.title}`)),
      isSeat(ctx) && !isClosed(ctx) && !waiting
        ? h('button', { type: 'button', class: 'secondary small', 'data-testid': 'meeting-edit', onclick: () => { ctx.ui.editing.add(`meeting-${m.id}`); ctx.refresh(); } }, past ? t('group.meeting.writeMinutes') : t('group.edit'), h('span', { class: 'visually-hidden' }, ` : ${m.title}`))
        : null));
}

export function meetingsPanel(ctx: Ctx): Child[] {
  const g = ctx.page?.group;
  if (!g) return [];
  const now = Date.now();
  const upcoming = g.meetings.filter((m) => Date.parse(m.startsAt) + m.durationMinutes * 60_000 >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = g.meetings.filter((m) => !upcoming.includes(m)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return [
    h('h2', { id: 'meetings-title' }, t('group.meeting.heading')),
    upcoming.length === 0 ? h('p', { class: 'muted' }, t('group.meeting.noneUpcoming')) : h('ul', { class: 'meetings', 'data-testid': 'meetings-upcoming' }, ...upcoming.map((m, i) => meetingCard(ctx, m, i === 0))),
    isSeat(ctx) && !isClosed(ctx) ? foldable(ctx, 'meeting-new', t('group.meeting.new'), meetingForm(ctx, null)) : null,
    past.length === 0 ? null : h('h3', null, t('group.meeting.past')),
    past.length === 0 ? null : h('ul', { class: 'meetings past', 'data-testid': 'meetings-past' }, ...past.map((m) => meetingCard(ctx, m, false))),
  ];
}
