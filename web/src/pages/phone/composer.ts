// The note composer, right under the countdown. Its field is made once and never moved, so typing (and a phone
// keyboard's composition) is never interrupted; what is typed is saved as it is typed, per workshop, so a time-up,
// a reload or a switch of workshop never loses it. Its status line says only what the server confirmed.
import { h, replace } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { newId } from '../../lib/ids';
import { plural } from '../../lib/plural';
import { Section } from '../../lib/render';
import type { Workshop } from '../../live/model';
import {
  fieldLabel, maxNote, noteState, pendingNotes, resendColumn, writeState, type Ctx, type WriteState,
} from './context';
import { reason } from './text';

export interface ComposerPart {
  el: HTMLElement;
  update(force?: boolean): void;
  tick(): void;
  dispose(): void;
}

type Shown = 'open' | 'grace' | 'paused' | 'kept' | 'hidden';

function shown(state: WriteState, text: string): Shown {
  if (state === 'open' || state === 'grace' || state === 'paused') return state;
  return text.trim() !== '' ? 'kept' : 'hidden';
}

/** Whether the workshop's last round ended because its time ran out (rather than by the animator). */
function endedByTime(w: Workshop): boolean {
  const ended = w.rounds.filter((r) => r.status === 'ended');
  return ended.length > 0 && ended[ended.length - 1].endReason === 'deadline';
}

export function composerPart(ctx: Ctx): ComposerPart {
  const ui = ctx.ui;
  const fieldId = ctx.id('note-text');
  const label = h('label', { for: fieldId });
  const heading = h('h2', { id: ctx.id('composer-heading') }, label);
  const field = h('textarea', {
    id: fieldId, 'data-testid': 'note-text', maxlength: maxNote, rows: 4, enterkeyhint: 'send', autocapitalize: 'sentences',
    'aria-describedby': `${ctx.id('composer-time')} ${ctx.id('char-count')} ${ctx.id('composer-status')}`,
  });
  const count = h('span', { class: 'char-count', id: ctx.id('char-count'), 'data-testid': 'char-count' });
  const send = h('button', { type: 'button', class: 'primary big send', 'data-testid': 'send-note' });
  const time = h('p', { class: 'composer-time', id: ctx.id('composer-time'), 'data-testid': 'composer-time' });
  const status = h('p', { class: 'composer-status', id: ctx.id('composer-status'), role: 'status', 'data-testid': 'composer-status' });
  const privateHint = h('p', { class: 'hint private-hint' });
  const keptActions = h('div', { class: 'actions kept-actions' });
  const columnsLegend = h('p', { class: 'columns-legend', id: ctx.id('columns-legend') });
  const columns = new Section(h('div', { class: 'columns', role: 'group', 'aria-labelledby': ctx.id('columns-legend') }),
    () => {
      const r = ctx.view?.round;
      return JSON.stringify([language(), r?.id, r?.rules.columns, ui.selectedColumn]);
    },
    () => (ctx.view?.round?.rules.columns ?? []).map((c) => h('button', {
      type: 'button', class: 'choice', 'data-testid': `column-${c.key}`, 'data-key': `column-${c.key}`,
      'aria-pressed': String(ui.selectedColumn === c.key),
      onclick: () => {
        ui.selectedColumn = c.key;
        hint = '';
        saveDraft();
        ctx.refresh();
      },
    }, c.label)));
  const columnsBox = h('div', { class: 'columns-box' }, columnsLegend, columns.el);
  const el = h('section', { class: 'card composer', 'aria-labelledby': ctx.id('composer-heading'), 'data-testid': 'composer' },
    heading, field, columnsBox, h('div', { class: 'composer-row' }, count, send), time, status, keptActions, privateHint);
  el.hidden = true;

  /** The workshop whose draft the field holds. */
  let draftWorkshop: string | null = null;
  let draftRound: string | null = null;
  /** A local hint (empty text, no column) until the person types again. */
  let hint = '';
  let confirmingDiscard = false;

  function saveDraft(): void {
    if (draftWorkshop) ctx.drafts.set(draftWorkshop, field.value, ui.selectedColumn);
  }

  /** Follows the workshop: its own draft comes back into the field, the other one stays kept for its workshop. */
  function follow(workshopId: string | null): void {
    if (workshopId === draftWorkshop) return;
    const leaving = draftWorkshop && field.value.trim() !== '' ? draftWorkshop : null;
    saveDraft();
    draftWorkshop = workshopId;
    const draft = workshopId ? ctx.drafts.get(workshopId) : null;
    field.value = draft?.text ?? '';
    ui.selectedColumn = draft?.column ?? null;
    hint = '';
    confirmingDiscard = false;
    const v = ctx.view;
    if (leaving && v) {
      const title = v.s.workshops.find((w) => w.id === leaving)?.title ?? '';
      ctx.say(t('phone.composer.keptFor', { workshop: title }), 'info');
    }
  }

  /** Keeps the chosen column valid for the round: the only one, or the draft's when the round takes it. */
  function fitColumn(): void {
    const r = ctx.view?.round;
    const list = r?.rules.columns ?? [];
    if (r?.id !== draftRound) {
      draftRound = r?.id ?? null;
      if (list.length > 1 && !list.some((c) => c.key === ui.selectedColumn)) ui.selectedColumn = null;
    }
    if (list.length === 1) ui.selectedColumn = list[0].key;
  }

  function statusLine(): { text: string; kind: string } {
    if (hint) return { text: hint, kind: 'error' };
    const v = ctx.view;
    const last = ui.lastSent;
    if (!v?.workshop || !last || last.workshopId !== v.workshop.id) return { text: '', kind: '' };
    const state = noteState(ctx, last.id);
    if (state === 'sent') return { text: t('phone.composer.sent'), kind: 'ok' };
    if (state === 'pending') {
      const waiting = pendingNotes(ctx).length;
      if (ctx.session.state === 'online') return { text: t('phone.composer.sending'), kind: 'pending' };
      return { text: waiting > 1 ? plural('phone.composer.queuedMany', waiting) : t('phone.composer.queued'), kind: 'pending' };
    }
    if (state === 'refused') {
      const kept = ctx.refused.find(last.id)!;
      // Once its cause is gone (a table chosen, a new round), the refusal is no longer the news: sending again is.
      if (resendColumn(ctx, kept)) return { text: t('phone.composer.canResend'), kind: 'info' };
      return { text: t('phone.composer.refused', { reason: reason({ code: kept.code, message: '' }) }), kind: 'error' };
    }
    return { text: '', kind: '' };
  }

  function timeLine(mode: Shown): string {
    const w = ctx.view?.workshop;
    switch (mode) {
      case 'paused':
        return t('phone.composer.paused');
      case 'grace':
        return field.value.trim() === '' ? t('phone.composer.timeUp') : t('phone.composer.grace');
      case 'kept':
        return writeState(ctx) === 'over' || (w && endedByTime(w)) ? t('phone.composer.notSentTime') : t('phone.composer.notSentEnded');
      default:
        return '';
    }
  }

  function setText(node: HTMLElement, text: string): void {
    if (node.textContent !== text) node.textContent = text;
    node.hidden = text === '';
  }

  function renderKeptActions(mode: Shown): void {
    const key = JSON.stringify([language(), mode, confirmingDiscard]);
    if (keptActions.dataset.sig === key) return;
    keptActions.dataset.sig = key;
    const canCopy = window.isSecureContext && !!navigator.clipboard?.writeText;
    replace(keptActions,
      mode === 'kept' && canCopy ? h('button', { type: 'button', class: 'secondary', 'data-testid': 'copy-draft', onclick: () => void copy() }, t('phone.composer.copy')) : null,
      mode === 'kept' ? h('button', {
        type: 'button', class: confirmingDiscard ? 'danger' : 'secondary danger-outline', 'data-testid': 'discard-draft', 'data-confirm': String(confirmingDiscard),
        onclick: () => {
          if (!confirmingDiscard) {
            confirmingDiscard = true;
          } else {
            confirmingDiscard = false;
            field.value = '';
            saveDraft();
          }
          update();
        },
      }, confirmingDiscard ? t('phone.composer.discardConfirm') : t('phone.composer.discard')) : null);
    keptActions.hidden = keptActions.childNodes.length === 0;
  }

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(field.value);
      ctx.say(t('phone.composer.copied'), 'info');
    } catch {
      ctx.say(t('phone.composer.copyFailed'), 'error');
    }
  }

  function update(force = false): void {
    const v = ctx.view;
    const w = v && !v.needsTable ? v.workshop : undefined;
    follow(w?.id ?? null);
    fitColumn();
    const state = writeState(ctx);
    const mode: Shown = w ? shown(state, field.value) : 'hidden';
    el.hidden = mode === 'hidden';
    el.dataset.state = mode;
    if (mode === 'hidden') return;
    const list = v?.round?.rules.columns ?? [];
    const chosen = list.find((c) => c.key === ui.selectedColumn) ?? null;
    setText(label, mode === 'kept' ? t('phone.composer.label.kept') : fieldLabel(chosen?.key ?? null, chosen?.label ?? null));
    const choosing = list.length > 1 && mode !== 'kept';
    columnsBox.hidden = !choosing;
    if (choosing) {
      setText(columnsLegend, t('phone.composer.chooseColumn'));
      columns.update(force);
    }
    setText(send, t('phone.composer.send'));
    send.hidden = mode === 'kept';
    send.disabled = !(mode === 'open' || mode === 'grace') || field.value.trim() === '';
    const length = field.value.length;
    setText(count, t('phone.composer.count', { count: length, max: maxNote }));
    count.classList.toggle('near', length >= maxNote - 50);
    setText(time, timeLine(mode));
    time.dataset.kind = mode;
    const line = statusLine();
    setText(status, line.text);
    status.dataset.kind = line.kind;
    setText(privateHint, mode !== 'kept' && v?.round?.rules.privateUntilReveal ? t('phone.composer.private') : '');
    renderKeptActions(mode);
  }

  function sendNote(): void {
    const v = ctx.view;
    const state = writeState(ctx);
    const text = field.value.trim();
    if (!v?.workshop || (state !== 'open' && state !== 'grace')) {
      update();
      return;
    }
    if (text === '') {
      hint = t('phone.composer.empty');
      update();
      return;
    }
    if (!ui.selectedColumn) {
      hint = t('phone.composer.needColumn');
      update();
      return;
    }
    const noteId = newId('n');
    ctx.texts.set(noteId, text);
    ui.lastSent = { id: noteId, workshopId: v.workshop.id };
    hint = '';
    field.value = '';
    saveDraft();
    field.focus({ preventScroll: true });
    ctx.session.send(noteId, 'AddNote', noteId, v.workshop.id, ui.selectedColumn, text, null);
    ctx.refresh();
  }

  const onInput = () => {
    hint = '';
    confirmingDiscard = false;
    saveDraft();
    update();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      sendNote();
    }
  };
  field.addEventListener('input', onInput);
  field.addEventListener('keydown', onKey);
  send.addEventListener('click', sendNote);

  return {
    el,
    update,
    tick: () => update(),
    dispose: () => {
      columns.dispose();
      field.removeEventListener('input', onInput);
      field.removeEventListener('keydown', onKey);
      send.removeEventListener('click', sendNote);
    },
  };
}
