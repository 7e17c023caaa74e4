// "Mes post-it": every note of this person with the truth about it: waiting to be sent (in the outbox), refused by
// the server (with the reason, the text kept, "Renvoyer" when sending can work now and "Retirer"), or sent ✓ once
// the server acknowledged it. Sent notes of a running round can be edited or deleted.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { refusalOf } from '../../live/errors';
import { Section } from '../../lib/render';
import {
  columnLabel, maxNote, noteText, pendingNotes, resendColumn, workshopTitle, writeState, type Ctx, type NoteState, type View,
} from './context';
import { excerpt, reason, sentence } from './text';

interface Item {
  id: string;
  state: NoteState;
  text: string;
  column: string;
  /** The workshop's title when it is not the one followed now. */
  elsewhere: string;
  colour: string;
  hidden: boolean;
  editable: boolean;
  /** For a refused note: its refusal's code, and the column it can be sent again in now (null: not now). */
  code: string;
  resendTo: string | null;
}

function items(ctx: Ctx, v: View): Item[] {
  const w = v.workshop;
  const known = new Set(v.s.notes.map((n) => n.id));
  const writing = writeState(ctx);
  const label = (workshopId: string, column: string) => {
    const ws = v.s.workshops.find((x) => x.id === workshopId);
    return ws ? columnLabel(ws, { column }) : column;
  };
  const elsewhere = (workshopId: string) => (workshopId === w?.id ? '' : workshopTitle(v, workshopId));
  const list: Item[] = [];
  for (const r of ctx.refused.all) {
    list.push({
      id: r.id, state: 'refused', text: r.text, column: label(r.workshopId, r.column), elsewhere: elsewhere(r.workshopId),
      colour: 'jaune', hidden: false, editable: false, code: r.code, resendTo: resendColumn(ctx, r),
    });
  }
  for (const p of pendingNotes(ctx)) {
    if (known.has(p.id) || ctx.ui.acked.has(p.id)) continue;
    list.push({
      id: p.id, state: 'pending', text: p.text, column: label(p.workshopId, p.column), elsewhere: elsewhere(p.workshopId),
      colour: 'jaune', hidden: false, editable: false, code: '', resendTo: null,
    });
  }
  if (w) {
    const openRound = (writing === 'open' || writing === 'grace') && v.round ? v.round.id : null;
    for (const n of v.s.notes) {
      if (n.workshopId !== w.id || (n.authorId !== v.meId && !ctx.texts.has(n.id))) continue;
      list.push({
        id: n.id, state: 'sent', text: noteText(ctx, n), column: columnLabel(w, n), elsewhere: '', colour: n.colour || 'jaune',
        hidden: n.hidden, editable: n.roundId === openRound, code: '', resendTo: null,
      });
    }
    for (const a of ctx.ui.acked.values()) {
      if (a.workshopId !== w.id || known.has(a.id)) continue;
      list.push({ id: a.id, state: 'sent', text: a.text, column: label(a.workshopId, a.column), elsewhere: '', colour: 'jaune', hidden: false, editable: false, code: '', resendTo: null });
    }
  }
  return list;
}

export function myNotesSection(ctx: Ctx): Section {
  const ui = ctx.ui;
  const el = h('section', { class: 'card my-notes', 'aria-labelledby': ctx.id('my-notes-heading') });

  function current(): Item[] {
    const v = ctx.view;
    if (!v) return [];
    const list = items(ctx, v);
    // Forget editors and confirmations of notes that can no longer be changed.
    for (const id of Array.from(ui.editing.keys())) if (!list.some((x) => x.id === id && x.editable)) ui.editing.delete(id);
    for (const id of Array.from(ui.confirming)) if (!list.some((x) => x.id === id && (x.editable || x.state === 'refused'))) ui.confirming.delete(id);
    return list;
  }

  const signature = () => {
    const v = ctx.view;
    if (!v || (!v.workshop && ctx.refused.all.length === 0)) return 'none';
    return JSON.stringify([language(), v.needsTable, current(), Array.from(ui.editing.keys()), Array.from(ui.confirming), Array.from(ui.noteErrors), Array.from(ui.busyNotes)]);
  };

  const build = (): Child[] => {
    const v = ctx.view;
    const list = current();
    if (!v || (list.length === 0 && (!v.workshop || v.needsTable))) return [];
    return [
      h('h2', { id: ctx.id('my-notes-heading') }, t('phone.myNotes.title'), ' ', h('span', { class: 'count' }, `(${list.length})`)),
      list.length === 0 ? h('p', { class: 'calm' }, t('phone.myNotes.none')) : null,
      h('ul', { class: 'note-list', 'data-testid': 'my-notes' }, ...list.map((item) => noteItem(item))),
    ];
  };

  function badge(item: Item): Child {
    const text = t(`phone.myNotes.state.${item.state}`);
    return h('span', { class: `badge ${item.state}`, 'data-testid': 'note-state' }, text);
  }

  function noteItem(item: Item): HTMLElement {
    const error = ui.noteErrors.get(item.id);
    const editor = ui.editing.get(item.id);
    return h('li', {
      class: `note ${item.colour} my-note`, 'data-testid': 'my-note', 'data-note-id': item.id,
      'data-pending': String(item.state === 'pending'), 'data-state': item.state,
    },
    h('p', { class: 'note-meta' }, item.column, item.elsewhere ? h('span', { class: 'elsewhere' }, `· ${item.elsewhere}`) : null, badge(item),
      item.hidden ? h('span', { class: 'badge' }, t('phone.myNotes.hidden')) : null),
    editor ? null : h('p', { class: 'note-text' }, item.text),
    ...(item.state === 'refused' ? refusal(item) : []),
    editor ? editorBlock(item, editor) : item.editable ? sentActions(item) : null,
    error ? h('p', { class: 'error', role: 'alert' }, error) : null);
  }

  function refusal(item: Item): Child[] {
    const asking = ui.confirming.has(item.id);
    // While its cause holds, say why and what to do; once it is gone, only that it can go now.
    const why = item.resendTo
      ? h('p', { class: 'refusal fixed', 'data-testid': 'note-refusal' }, t('phone.refused.canResend'))
      : h('p', { class: 'refusal error', 'data-testid': 'note-refusal' },
        t('phone.refused.note', { reason: reason({ code: item.code, message: '' }) }), ' ',
        t(item.code === 'auth.forbidden' ? 'phone.refused.adviceTable' : 'phone.refused.adviceLater'));
    return [
      why,
      h('div', { class: 'actions' },
        item.resendTo && !asking ? h('button', {
          type: 'button', 'data-testid': 'resend-note', 'data-key': `resend-${item.id}`,
          'aria-label': t('phone.myNotes.resendNamed', { text: excerpt(item.text, 40) }),
          onclick: () => resend(item.id),
        }, t('phone.myNotes.resend')) : null,
        h('button', {
          type: 'button', class: asking ? 'danger' : 'secondary danger-outline', 'data-testid': 'withdraw-note', 'data-key': `withdraw-${item.id}`,
          'data-confirm': String(asking),
          'aria-label': asking ? t('phone.myNotes.confirmWithdraw') : t('phone.myNotes.withdrawNamed', { text: excerpt(item.text, 40) }),
          onclick: () => (asking ? withdraw(item.id) : ask(item.id)),
        }, asking ? t('phone.myNotes.confirmWithdraw') : t('phone.myNotes.withdraw')),
        asking ? cancelButton(item.id) : null),
    ];
  }

  function cancelButton(id: string): HTMLElement {
    return h('button', {
      type: 'button', class: 'secondary', 'data-testid': 'cancel-delete', 'data-key': `cancel-delete-${id}`,
      onclick: () => {
        ui.confirming.delete(id);
        ctx.refresh();
      },
    }, t('phone.myNotes.cancel'));
  }

  function sentActions(item: Item): HTMLElement {
    const busy = ui.busyNotes.has(item.id);
    const asking = ui.confirming.has(item.id);
    return h('div', { class: 'actions' },
      asking ? null : h('button', {
        type: 'button', class: 'secondary', 'data-testid': 'edit-note', 'data-key': `edit-${item.id}`, disabled: busy,
        'aria-label': t('phone.myNotes.editNamed', { text: excerpt(item.text, 40) }),
        onclick: () => startEdit(item.id, item.text),
      }, t('phone.myNotes.edit')),
      h('button', {
        type: 'button', class: asking ? 'danger' : 'secondary danger-outline', 'data-testid': 'delete-note', 'data-key': `delete-${item.id}`,
        'data-confirm': String(asking), disabled: busy,
        'aria-label': asking ? t('phone.myNotes.confirmDelete') : t('phone.myNotes.deleteNamed', { text: excerpt(item.text, 40) }),
        onclick: () => (asking ? void deleteNote(item.id) : ask(item.id)),
      }, asking ? t('phone.myNotes.confirmDelete') : t('phone.myNotes.delete')),
      asking ? cancelButton(item.id) : null);
  }

  function editorBlock(item: Item, editor: HTMLTextAreaElement): HTMLElement {
    const busy = ui.busyNotes.has(item.id);
    return h('div', { class: 'note-edit' },
      h('label', { for: editor.id }, t('phone.myNotes.editLabel')),
      editor,
      h('div', { class: 'actions' },
        h('button', { type: 'button', 'data-testid': 'save-note', 'data-key': `save-${item.id}`, disabled: busy, onclick: () => void saveEdit(item.id) }, t('phone.myNotes.save')),
        h('button', { type: 'button', class: 'secondary', 'data-testid': 'cancel-edit', 'data-key': `cancel-edit-${item.id}`, onclick: () => closeEditor(item.id) }, t('phone.myNotes.cancel'))));
  }

  function ask(id: string): void {
    ui.confirming.add(id);
    ui.noteErrors.delete(id);
    ctx.refresh();
  }

  function resend(id: string): void {
    const kept = ctx.refused.find(id);
    const column = kept ? resendColumn(ctx, kept) : null;
    if (!kept || !column) return;
    ctx.refused.remove(id);
    ui.lastSent = { id, workshopId: kept.workshopId };
    ctx.session.send(id, 'AddNote', id, kept.workshopId, column, kept.text, null);
    ctx.refresh();
  }

  function withdraw(id: string): void {
    ui.confirming.delete(id);
    ctx.refused.remove(id);
    ctx.say(t('phone.myNotes.withdrawn'), 'info');
    ctx.refresh();
  }

  function startEdit(id: string, text: string): void {
    const editor = h('textarea', { id: ctx.id(`edit-${id}`), class: 'edit-text', 'data-testid': 'edit-text', 'data-key': `edit-text-${id}`, maxlength: maxNote, rows: 3 });
    editor.value = text;
    editor.addEventListener('keydown', (event: KeyboardEvent) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        void saveEdit(id);
      }
    });
    ui.editing.set(id, editor);
    ui.noteErrors.delete(id);
    section.update();
    editor.focus();
  }

  /** Closes an editor; its field lets go of the focus first, so the list renders at once. */
  function closeEditor(id: string): void {
    ui.editing.get(id)?.blur();
    ui.editing.delete(id);
    ui.noteErrors.delete(id);
    ctx.refresh();
  }

  async function saveEdit(id: string): Promise<void> {
    const editor = ui.editing.get(id);
    if (!editor || ui.busyNotes.has(id)) return;
    const text = editor.value.trim();
    if (text === '') {
      ui.noteErrors.set(id, t('phone.composer.empty'));
      ctx.refresh();
      return;
    }
    ui.busyNotes.add(id);
    ui.noteErrors.delete(id);
    ctx.refresh();
    try {
      await ctx.session.invoke('EditNote', id, text);
      ctx.texts.set(id, text);
      ui.busyNotes.delete(id);
      closeEditor(id);
    } catch (error) {
      ui.busyNotes.delete(id);
      ui.noteErrors.set(id, sentence(refusalOf(error)));
      ctx.refresh();
    }
  }

  async function deleteNote(id: string): Promise<void> {
    if (ui.busyNotes.has(id)) return;
    ui.busyNotes.add(id);
    ctx.refresh();
    try {
      await ctx.session.invoke('DeleteNote', id);
      ctx.say(t('phone.myNotes.deleted'), 'info');
    } catch (error) {
      ui.noteErrors.set(id, sentence(refusalOf(error)));
    }
    ui.confirming.delete(id);
    ui.busyNotes.delete(id);
    ctx.refresh();
  }

  const section = new Section(el, signature, build, { hideWhenEmpty: true });
  return section;
}
