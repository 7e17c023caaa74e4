// What a live meeting produced, for the co-animators to keep into the group: each proposal with the room's dots,
// ticked and kept in one go. Kept items carry ids made from what they came from, so keeping twice changes nothing,
// and what is already kept shows as such.
import { h, type Child } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import type { Note, Snapshot } from '../../live/model';
import type { Ctx } from './context';
import { draft, setDraft } from './fields';
import { activeMembers, blocks, type Group, type Meeting } from './model';

const base = (ctx: Ctx) => `/api/groups/${encodeURIComponent(ctx.groupId)}`;

function ticked(ctx: Ctx, key: string): boolean {
  return ctx.ui.editing.has(`harvest-${key}`);
}

function tick(ctx: Ctx, key: string, on: boolean): void {
  if (on) ctx.ui.editing.add(`harvest-${key}`);
  else ctx.ui.editing.delete(`harvest-${key}`);
}

function box(ctx: Ctx, key: string, label: Child[], done: boolean, testid: string): HTMLElement {
  const id = `harvest-${key}`;
  const input = h('input', {
    type: 'checkbox', id, checked: done || ticked(ctx, key), disabled: done, 'data-testid': testid, 'data-key': id,
    onchange: () => {
      tick(ctx, key, input.checked);
      ctx.refresh();
    },
  });
  return h('li', { class: `harvest-row${done ? ' kept' : ''}` }, input, h('label', { for: id }, ...label), done ? h('span', { class: 'tag' }, t('group.harvest.kept')) : null);
}

/** The room's dots on a note: on the note itself and on its regroupement. */
function dots(s: Snapshot, n: Note): number {
  return s.votes.filter((v) => v.targetId === n.id || (n.clusterId !== null && v.targetId === n.clusterId)).length;
}

function keepButton(count: number, testid: string, label: string, run: () => void): HTMLElement {
  return h('button', { type: 'button', class: 'small', 'data-testid': testid, disabled: count === 0, onclick: run }, `${label} (${count})`);
}

function canvasHarvest(ctx: Ctx, g: Group, s: Snapshot): Child[] {
  const notes = s.notes.filter((n) => !n.hidden && (blocks as readonly string[]).includes(n.column));
  const kept = new Set(g.canvas.map((i) => i.source));
  const source = (n: Note) => `${s.id}/${n.id}`;
  const chosen = notes.filter((n) => ticked(ctx, n.id) && !kept.has(source(n)));
  const keep = () => {
    for (const n of chosen) {
      ctx.outbox.send('PUT', `${base(ctx)}/canvas/k-${encodeURIComponent(n.id)}`, { block: n.column, text: n.text, source: source(n) }, t('group.pending.canvasAdd', { text: n.text }));
      tick(ctx, n.id, false);
    }
    ctx.refresh();
  };
  return [
    ...blocks.filter((b) => notes.some((n) => n.column === b)).map((b) => h('div', { class: 'harvest-block' },
      h('h5', null, t(`group.block.${b}`)),
      h('ul', { class: 'harvest-list' }, ...notes.filter((n) => n.column === b).sort((x, y) => dots(s, y) - dots(s, x)).map((n) => {
        const cluster = n.clusterId ? s.clusters.find((c) => c.id === n.clusterId)?.title : null;
        return box(ctx, n.id, [n.text, ' ', h('span', { class: 'muted' }, `— ${plural('group.origin.dots', dots(s, n))}${cluster ? ` · ${cluster}` : ''}`)], kept.has(source(n)), 'harvest-note');
      })))),
    notes.length === 0 ? h('p', { class: 'muted' }, t('group.harvest.nothing')) : keepButton(chosen.length, 'harvest-keep', t('group.harvest.keepCanvas'), keep),
  ];
}

function actionsHarvest(ctx: Ctx, g: Group, s: Snapshot): Child[] {
  const members = activeMembers(g);
  const known = new Set(g.actions.map((a) => a.id));
  const rows = s.pistes.map((p) => {
    const owners = s.signUps.filter((x) => x.pisteId === p.id).map((x) => x.participantId).filter((id) => members.some((m) => m.id === id));
    // What is chosen here outlives the section's rebuilds (every tick, every read of the group).
    const ownerKey = `harvest-owner-${p.id}`;
    const dueKey = `harvest-due-${p.id}`;
    const select = h('select', { 'data-testid': 'harvest-owner', 'data-key': ownerKey, 'aria-label': t('group.action.who'), onchange: () => setDraft(ownerKey, select.value || '-') },
      h('option', { value: '' }, t('group.action.nobody')), ...members.map((m) => h('option', { value: m.id }, m.nickname)));
    const chosenOwner = draft(ownerKey);
    select.value = chosenOwner === '-' ? '' : chosenOwner || (owners[0] ?? '');
    const due = h('input', { type: 'date', value: draft(dueKey), 'data-testid': 'harvest-due', 'data-key': dueKey, 'aria-label': t('group.action.due'), oninput: () => setDraft(dueKey, due.value) });
    return { p, select, due, done: known.has(`k-${p.id}`) };
  });
  const keep = () => {
    for (const r of rows.filter((x) => !x.done && ticked(ctx, x.p.id))) {
      ctx.outbox.send('PUT', `${base(ctx)}/actions/k-${encodeURIComponent(r.p.id)}`, { what: r.p.title, ownerId: r.select.value || null, ownerName: null, due: r.due.value || null, done: false }, t('group.pending.action', { what: r.p.title }));
      tick(ctx, r.p.id, false);
    }
    ctx.refresh();
  };
  return [
    rows.length === 0 ? h('p', { class: 'muted' }, t('group.harvest.noCards')) : h('ul', { class: 'harvest-list' }, ...rows.map((r) => {
      const row = box(ctx, r.p.id, [r.p.title], r.done, 'harvest-card');
      if (!r.done) row.append(h('span', { class: 'harvest-fields' }, r.select, r.due));
      return row;
    })),
    rows.length === 0 ? null : keepButton(rows.filter((r) => !r.done && ticked(ctx, r.p.id)).length, 'harvest-keep', t('group.harvest.keepActions'), keep),
  ];
}

function decisionsHarvest(ctx: Ctx, m: Meeting, s: Snapshot): Child[] {
  const texts = [
    ...s.clusters.filter((c) => c.title).map((c) => ({ key: c.id, text: c.title, dots: s.votes.filter((v) => v.targetId === c.id).length })),
    ...s.notes.filter((n) => !n.hidden && n.column === 'decider' && !n.clusterId).map((n) => ({ key: n.id, text: n.text, dots: dots(s, n) })),
  ].sort((a, b) => b.dots - a.dots);
  const chosen = texts.filter((x) => ticked(ctx, x.key) && !m.decisions.includes(x.text));
  const keep = () => {
    const decisions = [...m.decisions, ...chosen.map((x) => x.text)];
    ctx.outbox.send('PUT', `${base(ctx)}/meetings/${encodeURIComponent(m.id)}`,
      { title: m.title, startsAt: m.startsAt, durationMinutes: m.durationMinutes, place: m.place, agenda: m.agenda, minutes: m.minutes, decisions }, t('group.pending.meeting', { title: m.title }));
    for (const x of chosen) tick(ctx, x.key, false);
    ctx.refresh();
  };
  return [
    texts.length === 0 ? h('p', { class: 'muted' }, t('group.harvest.nothing')) : h('ul', { class: 'harvest-list' }, ...texts.map((x) =>
      box(ctx, x.key, [x.text, ' ', h('span', { class: 'muted' }, `— ${plural('group.origin.dots', x.dots)}`)], m.decisions.includes(x.text), 'harvest-decision'))),
    texts.length === 0 ? null : keepButton(chosen.length, 'harvest-keep', t('group.harvest.keepDecisions'), keep),
  ];
}

export function harvestPanel(ctx: Ctx, m: Meeting): Child {
  const s = ctx.ui.live.get(m.id)?.snapshot;
  const g = ctx.page?.group;
  if (!s || !g) return null;
  const format = s.workshops[0]?.format;
  return h('div', { class: 'harvest', 'data-testid': 'harvest', 'data-format': format ?? '' },
    h('h4', null, t('group.harvest.heading')),
    h('p', { class: 'muted' }, t(`group.harvest.intro.${format}`)),
    ...(format === 'atelierCanvas' ? canvasHarvest(ctx, g, s) : format === 'planAction' ? actionsHarvest(ctx, g, s) : decisionsHarvest(ctx, m, s)));
}
