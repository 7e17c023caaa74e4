// Home page (/): the animator prepares a soirée — title, language, anonymity, its run-of-show of workshops with their
// round timings, optional tables — creates it, and gets the secret animator link once.
//
// Stable hooks for browser tests (data-testid):
//   title            <input> soirée title (required)
//   language         <select> fr/en: the soirée's language; changing it also switches the page
//   anonymous        <input type=checkbox> hide nicknames on the board and in exports
//   open-now         <input type=checkbox> open the soirée at once (checked by default; else it stays in preparation)
//   add-emergence, add-acceleration, add-essaimage   <button> add a workshop of that format
//   workshop-form    each workshop block (data-workshop-id = client-made id, data-format)
//     workshop-title <input> (optional: defaults to the format name and position)
//     émergence:     challenge <textarea> (required), theme <input>
//     accélération:  holder <input>, pitch <textarea> (required), needs <textarea>
//     essaimage:     name <input> (required), origin <input>, description <textarea>, success-factors <textarea> (one per line)
//     round-minutes  <input type=number> per round (data-round-id), 1–240, prefilled from the default script
//     move-up, move-down, remove-workshop   <button>
//   add-table        <button>; table rows table-form with table-name <input> and table-workshop <select>, remove-table <button>
//   form-errors      summary of invalid fields after a refused submit
//   create           <button type=submit>
//   create-error     message when the server refuses or cannot be reached
//   after creation:  created (panel), animator-link (readonly <input> with the animator URL), copy-link <button>,
//                    copy-status, animator-warning, open-console <a>, join-code (ABCD-EFGH), join-url, new-soiree <button>
//   join-code-input  <input> a participant types the soirée's code (any case, spaces or dash); join-with-code <button>;
//                    join-code-error when it cannot be a code; a valid code opens /j/CODE
//   recent list:     recent-soirees (section), recent-soiree items (data-session-id) with a link and forget-soiree <button>
import '../i18n/home';
import { h, replace, byId } from '../lib/dom';
import type { Child } from '../lib/dom';
import { formatDateTime, initLanguage, language, setLanguage, t } from '../lib/i18n';
import type { Language } from '../lib/i18n';
import { api, RequestFailed } from '../lib/api';
import type { CreatedSession, CreateSessionRequest, WorkshopSpec } from '../lib/api';
import { newId } from '../lib/ids';
import { normalizeJoinCode } from '../lib/joincode';
import { defaultScripts, formats, loadDefaultScripts, maxRoundMinutes, minRoundMinutes } from './home/scripts';
import type { Format } from './home/scripts';
import { forgetSoiree, loadRecent, rememberSoiree } from './home/recent';
import { check, checkboxField, clearRegistry, errors, fieldIds, focusField, numberField, selectField, textField } from './home/fields';

// ---- State: what the animator has typed, kept across re-rendering (language switch, adding, moving, removing) ----

interface WorkshopDraft {
  id: string;
  format: Format;
  title: string;
  challenge: string;
  theme: string;
  holder: string;
  pitch: string;
  needs: string;
  name: string;
  origin: string;
  description: string;
  successFactors: string;
  minutes: Record<string, string>;
}

interface TableDraft {
  id: string;
  name: string;
  workshopId: string;
}

interface Draft {
  title: string;
  anonymous: boolean;
  openNow: boolean;
  workshops: WorkshopDraft[];
  tables: TableDraft[];
}

/** WorkshopSpec as sent at creation, with the round timings that differ from the default script. */
type CreationWorkshopSpec = WorkshopSpec & { roundMinutes?: Record<string, number> };

const maxTitle = 160;
const maxLongText = 2000;
const maxSuccessFactors = 20;
const maxWorkshops = 50;
const maxTables = 60;
const maxTableName = 80;

let draft: Draft = emptyDraft();
let created: { session: CreatedSession; title: string; open: boolean } | null = null;
let submitting = false;
let serverError: string | null = null;
let showSummary = false;

function emptyDraft(): Draft {
  return { title: '', anonymous: false, openNow: true, workshops: [], tables: [] };
}

function newWorkshop(format: Format): WorkshopDraft {
  const minutes: Record<string, string> = {};
  for (const round of defaultScripts[format]) minutes[round.id] = String(round.minutes);
  return {
    id: newId('w'), format, title: '', challenge: '', theme: '', holder: '', pitch: '', needs: '',
    name: '', origin: '', description: '', successFactors: '', minutes,
  };
}

// ---- Validation ----

function required(value: string, message: string, max: number): string | null {
  const text = value.trim();
  if (text.length === 0) return message;
  if (text.length > max) return t('home.error.tooLong', { max });
  return null;
}

function optional(value: string, max: number): string | null {
  return value.trim().length > max ? t('home.error.tooLong', { max }) : null;
}

function minutesError(value: string): string | null {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return t('home.error.minutes', { min: minRoundMinutes, max: maxRoundMinutes });
  const n = Number(text);
  return n < minRoundMinutes || n > maxRoundMinutes ? t('home.error.minutes', { min: minRoundMinutes, max: maxRoundMinutes }) : null;
}

function successFactorsError(value: string): string | null {
  const lines = splitLines(value);
  if (lines.length > maxSuccessFactors) return t('home.error.tooManyFactors', { max: maxSuccessFactors });
  return lines.some((line) => line.length > maxTitle) ? t('home.error.factorTooLong', { max: maxTitle }) : null;
}

function splitLines(value: string): string[] {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
}

// ---- Rendering ----

const app = byId('app');

function render(focusId?: string): void {
  clearRegistry();
  document.title = `${t('home.heading')} — ${t('app.name')}`;
  replace(app,
    h('header', { class: 'home-header' },
      h('p', { class: 'brand' }, t('app.name'))),
    h('main', { class: 'home' },
      h('h1', null, t('home.heading')),
      created ? null : joinWithCode(),
      created ? null : recentSection(),
      created ? createdPanel() : form(),
      created ? recentSection() : null));
  if (focusId) document.getElementById(focusId)?.focus();
}

function intro(): HTMLElement {
  return h('section', { class: 'intro', 'aria-labelledby': 'intro-heading' },
    h('h2', { id: 'intro-heading' }, t('home.intro.heading')),
    h('p', null, t('home.intro.text')),
    h('ul', { class: 'formats' },
      ...formats.map((format) => h('li', { class: `format-card ${format}` },
        h('strong', null, t(`format.${format}`)), ' — ', t(`home.intro.${format}`)))));
}

function form(): HTMLElement {
  const languageField = selectField({
    id: 'soiree-language',
    testid: 'language',
    label: t('home.field.language'),
    hint: t('home.field.languageHint'),
    value: language(),
    options: [{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }],
    onChange: (value) => {
      setLanguage(value === 'en' ? 'en' : 'fr');
      render('soiree-language');
    },
  });
  languageField.select.querySelector('option[value="en"]')?.setAttribute('lang', 'en');
  languageField.select.querySelector('option[value="fr"]')?.setAttribute('lang', 'fr');

  const summary = h('div', { id: 'form-errors-host' });

  const formEl = h('form', { class: 'soiree-form', novalidate: true, 'aria-labelledby': 'form-heading', onsubmit: (event: Event) => { event.preventDefault(); void submit(); } },
    h('h2', { id: 'form-heading', class: 'visually-hidden' }, t('home.form.heading')),
    summary,
    h('fieldset', { class: 'panel' },
      h('legend', null, t('home.soiree.legend')),
      textField({
        id: 'soiree-title', testid: 'title', label: t('home.field.title'), value: draft.title, required: true, maxLength: maxTitle,
        hint: t('home.field.titleHint'),
        onInput: (v) => { draft.title = v; },
        validate: () => required(draft.title, t('home.error.title'), maxTitle),
      }),
      languageField.element,
      checkboxField('soiree-anonymous', 'anonymous', t('home.field.anonymous'), draft.anonymous, (v) => { draft.anonymous = v; }, t('home.field.anonymousHint')),
      checkboxField('soiree-open', 'open-now', t('home.field.openNow'), draft.openNow, (v) => { draft.openNow = v; }, t('home.field.openNowHint'))),
    runOfShow(),
    tablesSection(),
    h('div', { class: 'submit-row' },
      serverError ? h('p', { class: 'error', role: 'alert', 'data-testid': 'create-error' }, serverError) : null,
      h('button', { type: 'submit', class: 'create', 'data-testid': 'create', disabled: submitting, 'aria-describedby': 'create-hint' },
        submitting ? t('home.creating') : t('home.create')),
      h('p', { id: 'create-hint', class: 'hint' }, t('home.createHint'))));
  // The summary lists the fields in page order, so it is filled once every field is registered.
  if (showSummary && errors.size > 0) {
    const ids = fieldIds().filter((id) => errors.has(id));
    replace(summary, h('div', { class: 'error-summary', 'data-testid': 'form-errors', role: 'alert', id: 'form-errors' },
      h('h2', null, t(ids.length === 1 ? 'home.errors.headingOne' : 'home.errors.heading', { count: ids.length })),
      h('ul', null, ...ids.map((id) =>
        h('li', null, h('a', { href: `#${id}`, onclick: (event: Event) => { event.preventDefault(); focusField(id); } }, errors.get(id) ?? ''))))));
  }
  return h('div', null, intro(), formEl);
}

function runOfShow(): HTMLElement {
  const count = draft.workshops.length;
  return h('section', { class: 'panel run-of-show', 'aria-labelledby': 'ros-heading' },
    h('h2', { id: 'ros-heading' }, t('home.ros.heading')),
    h('p', { class: 'hint' }, t('home.ros.hint')),
    count === 0 ? h('p', { class: 'empty' }, t('home.ros.empty')) : null,
    h('ol', { class: 'workshops' }, ...draft.workshops.map((w, i) => h('li', null, workshopBlock(w, i, count)))),
    h('div', { class: 'add-buttons', role: 'group', 'aria-label': t('home.ros.add') },
      ...formats.map((format) => h('button', {
        type: 'button', class: `secondary add-${format}`, 'data-testid': `add-${format}`, id: `add-${format}`,
        disabled: count >= maxWorkshops,
        onclick: () => {
          const w = newWorkshop(format);
          draft.workshops.push(w);
          render(`${w.id}-title`);
        },
      }, `+ ${t('home.ros.addFormat', { format: t(`format.${format}`) })}`))));
}

function defaultTitle(w: WorkshopDraft, index: number): string {
  if (w.format === 'essaimage' && w.name.trim()) return w.name.trim().slice(0, maxTitle);
  return `${t(`format.${w.format}`)} ${index + 1}`;
}

function workshopBlock(w: WorkshopDraft, index: number, count: number): HTMLElement {
  const position = t('home.workshop.position', { n: index + 1, format: t(`format.${w.format}`) });
  const headingId = `${w.id}-heading`;
  const field = (key: 'challenge' | 'theme' | 'holder' | 'pitch' | 'needs' | 'name' | 'origin' | 'description' | 'successFactors',
    testid: string, opts: { multiline?: boolean; rows?: number; required?: string; max: number; hint?: string; validate?: () => string | null }) =>
    textField({
      id: `${w.id}-${testid}`, testid, label: t(`home.field.${key}`), value: w[key], maxLength: opts.multiline && key === 'successFactors' ? undefined : opts.max,
      multiline: opts.multiline, rows: opts.rows, required: Boolean(opts.required), hint: opts.hint,
      onInput: (v) => { w[key] = v; },
      validate: opts.validate ?? (() => opts.required ? required(w[key], opts.required, opts.max) : optional(w[key], opts.max)),
    });

  const inputs: Child[] = w.format === 'emergence'
    ? [
      field('challenge', 'challenge', { multiline: true, rows: 3, required: t('home.error.challenge'), max: maxLongText, hint: t('home.field.challengeHint') }),
      field('theme', 'theme', { max: maxTitle, hint: t('home.field.themeHint') }),
    ]
    : w.format === 'acceleration'
      ? [
        field('holder', 'holder', { max: maxTitle, hint: t('home.field.holderHint') }),
        field('pitch', 'pitch', { multiline: true, rows: 3, required: t('home.error.pitch'), max: maxLongText, hint: t('home.field.pitchHint') }),
        field('needs', 'needs', { multiline: true, rows: 2, max: maxLongText, hint: t('home.field.needsHint') }),
      ]
      : [
        field('name', 'name', { required: t('home.error.name'), max: maxTitle }),
        field('origin', 'origin', { max: maxTitle, hint: t('home.field.originHint') }),
        field('description', 'description', { multiline: true, rows: 3, max: maxLongText }),
        field('successFactors', 'success-factors', { multiline: true, rows: 3, max: maxTitle, hint: t('home.field.successFactorsHint'), validate: () => successFactorsError(w.successFactors) }),
      ];

  const rounds = defaultScripts[w.format];
  const lang: Language = language();
  const total = h('p', { class: 'total', 'aria-live': 'polite' }, totalText(w));
  const roundRows = rounds.map((round) => numberField({
    id: `${w.id}-minutes-${round.id}`,
    label: round.name[lang],
    value: w.minutes[round.id] ?? String(round.minutes),
    min: minRoundMinutes,
    max: maxRoundMinutes,
    unit: t('home.rounds.unit'),
    hint: t('home.rounds.default', { minutes: round.minutes }),
    attributes: { 'data-testid': 'round-minutes', 'data-round-id': round.id },
    onInput: (v) => { w.minutes[round.id] = v; total.textContent = totalText(w); },
    validate: () => minutesError(w.minutes[round.id] ?? ''),
  }));

  return h('article', { class: `workshop-form ${w.format}`, 'data-testid': 'workshop-form', 'data-workshop-id': w.id, 'data-format': w.format, 'aria-labelledby': headingId },
    h('div', { class: 'workshop-head' },
      h('h3', { id: headingId }, position),
      h('div', { class: 'workshop-tools', role: 'group', 'aria-label': t('home.workshop.tools', { position }) },
        h('button', { type: 'button', class: 'secondary small', id: `${w.id}-up`, 'data-testid': 'move-up', disabled: index === 0,
          'aria-label': t('home.workshop.moveUpLabel', { position }), onclick: () => move(index, -1) }, `↑ ${t('home.workshop.moveUp')}`),
        h('button', { type: 'button', class: 'secondary small', id: `${w.id}-down`, 'data-testid': 'move-down', disabled: index === count - 1,
          'aria-label': t('home.workshop.moveDownLabel', { position }), onclick: () => move(index, 1) }, `↓ ${t('home.workshop.moveDown')}`),
        h('button', { type: 'button', class: 'secondary small remove', 'data-testid': 'remove-workshop',
          'aria-label': t('home.workshop.removeLabel', { position }), onclick: () => removeWorkshop(index) }, t('home.workshop.remove')))),
    h('p', { class: 'format-hint' }, t(`home.workshop.about.${w.format}`)),
    textField({
      id: `${w.id}-title`, testid: 'workshop-title', label: t('home.field.workshopTitle'), value: w.title, maxLength: maxTitle,
      hint: t('home.field.workshopTitleHint', { example: defaultTitle(w, index) }),
      onInput: (v) => { w.title = v; refreshTableChoices(); },
      validate: () => optional(w.title, maxTitle),
    }),
    ...inputs,
    h('fieldset', { class: 'rounds' },
      h('legend', null, t('home.rounds.legend')),
      h('p', { class: 'hint' }, t('home.rounds.hint', { min: minRoundMinutes, max: maxRoundMinutes })),
      ...roundRows,
      total));
}

function totalText(w: WorkshopDraft): string {
  let sum = 0;
  for (const round of defaultScripts[w.format]) {
    const value = Number(w.minutes[round.id]);
    sum += Number.isFinite(value) && value > 0 ? value : 0;
  }
  return t('home.rounds.total', { minutes: sum });
}

function move(index: number, delta: number): void {
  const target = index + delta;
  if (target < 0 || target >= draft.workshops.length) return;
  const [w] = draft.workshops.splice(index, 1);
  draft.workshops.splice(target, 0, w);
  const atEdge = target === 0 || target === draft.workshops.length - 1;
  render(atEdge ? `${w.id}-${delta < 0 ? 'down' : 'up'}` : `${w.id}-${delta < 0 ? 'up' : 'down'}`);
}

function removeWorkshop(index: number): void {
  const [removed] = draft.workshops.splice(index, 1);
  for (const table of draft.tables) if (table.workshopId === removed.id) table.workshopId = '';
  for (const key of [...errors.keys()]) if (key.startsWith(`${removed.id}-`)) errors.delete(key);
  const next = draft.workshops[index] ?? draft.workshops[index - 1];
  render(next ? `${next.id}-title` : 'add-emergence');
}

function workshopChoices(): Array<{ value: string; label: string }> {
  return [
    { value: '', label: t('home.tables.noWorkshop') },
    ...draft.workshops.map((w, i) => ({ value: w.id, label: w.title.trim() ? `${i + 1}. ${w.title.trim()} (${t(`format.${w.format}`)})` : `${i + 1}. ${defaultTitle(w, i)}` })),
  ];
}

/** Keeps the tables' workshop lists in step with the workshop titles being typed. */
function refreshTableChoices(): void {
  const choices = workshopChoices();
  for (const select of Array.from(document.querySelectorAll<HTMLSelectElement>('select[data-testid="table-workshop"]'))) {
    const value = select.value;
    choices.forEach((choice, i) => {
      const option = select.options[i];
      if (option && option.value === choice.value) option.textContent = choice.label;
    });
    select.value = value;
  }
}

function tablesSection(): HTMLElement {
  return h('section', { class: 'panel tables', 'aria-labelledby': 'tables-heading' },
    h('h2', { id: 'tables-heading' }, t('home.tables.heading')),
    h('p', { class: 'hint' }, t('home.tables.hint')),
    h('ul', { class: 'table-list' }, ...draft.tables.map((table, i) => h('li', null, tableRow(table, i)))),
    h('button', {
      type: 'button', class: 'secondary', id: 'add-table', 'data-testid': 'add-table', disabled: draft.tables.length >= maxTables,
      onclick: () => {
        const table: TableDraft = { id: newId('t'), name: t('home.tables.defaultName', { n: draft.tables.length + 1 }), workshopId: draft.workshops[draft.tables.length]?.id ?? '' };
        draft.tables.push(table);
        render(`${table.id}-name`);
      },
    }, `+ ${t('home.tables.add')}`));
}

function tableRow(table: TableDraft, index: number): HTMLElement {
  const label = t('home.tables.position', { n: index + 1 });
  const workshop = selectField({
    id: `${table.id}-workshop`, testid: 'table-workshop', label: t('home.tables.workshop', { n: index + 1 }), value: table.workshopId,
    options: workshopChoices(), onChange: (v) => { table.workshopId = v; },
  });
  return h('div', { class: 'table-form', 'data-testid': 'table-form', 'data-table-id': table.id, role: 'group', 'aria-label': label },
    textField({
      id: `${table.id}-name`, testid: 'table-name', label: t('home.tables.name', { n: index + 1 }), value: table.name, required: true, maxLength: maxTableName,
      onInput: (v) => { table.name = v; },
      validate: () => required(table.name, t('home.error.tableName'), maxTableName),
    }),
    workshop.element,
    h('button', {
      type: 'button', class: 'secondary small remove', 'data-testid': 'remove-table', 'aria-label': t('home.tables.removeLabel', { n: index + 1 }),
      onclick: () => {
        draft.tables.splice(index, 1);
        errors.delete(`${table.id}-name`);
        render(draft.tables[index] ? `${draft.tables[index].id}-name` : 'add-table');
      },
    }, t('home.tables.remove')));
}

// ---- Creation ----

function buildRequest(): CreateSessionRequest {
  const workshops: CreationWorkshopSpec[] = draft.workshops.map((w, i) => {
    const spec: CreationWorkshopSpec = { id: w.id, format: w.format, title: w.title.trim() || defaultTitle(w, i) };
    if (w.format === 'emergence') {
      spec.challenge = w.challenge.trim();
      if (w.theme.trim()) spec.theme = w.theme.trim();
    } else if (w.format === 'acceleration') {
      spec.holder = w.holder.trim();
      spec.pitch = w.pitch.trim();
      spec.needs = w.needs.trim();
    } else {
      spec.name = w.name.trim();
      spec.originTerritory = w.origin.trim();
      spec.description = w.description.trim();
      spec.successFactors = splitLines(w.successFactors);
    }
    const changed: Record<string, number> = {};
    for (const round of defaultScripts[w.format]) {
      const minutes = Number(w.minutes[round.id]);
      if (minutes !== round.minutes) changed[round.id] = minutes;
    }
    if (Object.keys(changed).length > 0) spec.roundMinutes = changed;
    return spec;
  });
  return {
    title: draft.title.trim(),
    language: language(),
    anonymous: draft.anonymous,
    open: draft.openNow,
    workshops,
    tables: draft.tables.map((table) => {
      const index = draft.workshops.findIndex((w) => w.id === table.workshopId);
      return { name: table.name.trim(), workshop: index >= 0 ? index : null };
    }),
  };
}

async function submit(): Promise<void> {
  if (submitting) return;
  serverError = null;
  const invalid = fieldIds().filter((id) => check(id) !== null);
  if (invalid.length > 0) {
    showSummary = true;
    render();
    focusField(invalid[0]);
    return;
  }
  showSummary = false;
  submitting = true;
  render();
  const request = buildRequest();
  try {
    const session = await api.createSession(request);
    created = { session, title: request.title, open: request.open };
    rememberSoiree({ sessionId: session.sessionId, title: request.title, createdAt: Date.now(), animatorUrl: session.animatorUrl, joinCodeDisplay: session.joinCodeDisplay });
    submitting = false;
    render('created-heading');
  } catch (error) {
    submitting = false;
    serverError = error instanceof RequestFailed
      ? t('home.error.server', { message: error.message || error.code })
      : t('home.error.network');
    render();
    document.querySelector<HTMLElement>('[data-testid="create"]')?.focus();
  }
}

function createdPanel(): HTMLElement {
  const { session, title, open } = created!;
  const link = h('input', { id: 'animator-link', type: 'text', readonly: true, 'data-testid': 'animator-link', value: session.animatorUrl, 'aria-describedby': 'animator-warning', class: 'link-field' });
  link.addEventListener('focus', () => link.select());
  const status = h('span', { class: 'copy-status', 'data-testid': 'copy-status', role: 'status', 'aria-live': 'polite' });
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(session.animatorUrl);
      status.textContent = t('home.created.copied');
      status.classList.remove('by-hand');
    } catch {
      link.focus();
      link.select();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      status.textContent = copied ? t('home.created.copied') : t('home.created.copyByHand');
      status.classList.toggle('by-hand', !copied);
    }
  };
  return h('section', { class: 'panel created', 'data-testid': 'created', 'aria-labelledby': 'created-heading' },
    h('h2', { id: 'created-heading', tabindex: -1 }, open ? t('home.created.headingOpen', { title }) : t('home.created.headingDraft', { title })),
    h('p', { class: 'join' },
      t('home.created.joinCode'), ' ',
      h('strong', { class: 'join-code', 'data-testid': 'join-code' }, session.joinCodeDisplay)),
    h('p', { class: 'hint' }, t('home.created.joinUrl'), ' ', h('span', { class: 'join-url', 'data-testid': 'join-url' }, session.joinUrl)),
    h('div', { class: 'secret' },
      h('label', { for: 'animator-link' }, t('home.created.linkLabel')),
      h('div', { class: 'link-row' },
        link,
        h('button', { type: 'button', 'data-testid': 'copy-link', onclick: () => void copy() }, t('home.created.copy'))),
      status,
      h('p', { id: 'animator-warning', class: 'warning', 'data-testid': 'animator-warning' }, t('home.created.warning'))),
    h('p', { class: 'actions' },
      h('a', { href: session.animatorUrl, class: 'button-link', 'data-testid': 'open-console' }, t('home.created.open')),
      h('button', { type: 'button', class: 'secondary', 'data-testid': 'new-soiree', onclick: () => {
        created = null;
        draft = emptyDraft();
        errors.clear();
        render('soiree-title');
      } }, t('home.created.another'))),
    h('p', { class: 'hint' }, t('home.created.savedHere')));
}

// ---- Recent soirées (this device only) ----

/** For a participant who reached this page instead of the join link: type the code shown on the board. */
function joinWithCode(): HTMLElement {
  const error = h('p', { class: 'field-error', id: 'join-code-error', 'data-testid': 'join-code-error', role: 'alert' });
  const input = h('input', {
    id: 'join-code-input', name: 'code', type: 'text', 'data-testid': 'join-code-input', maxlength: 16, required: true,
    autocomplete: 'off', autocapitalize: 'characters', spellcheck: false, enterkeyhint: 'go',
    'aria-describedby': 'join-code-hint join-code-error',
  });
  return h('section', { class: 'panel join-with-code', 'aria-labelledby': 'join-code-heading' },
    h('h2', { id: 'join-code-heading' }, t('home.joinCode.heading')),
    h('form', {
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        const code = normalizeJoinCode(input.value);
        if (!code) {
          error.textContent = t('home.joinCode.invalid');
          input.setAttribute('aria-invalid', 'true');
          input.focus();
          return;
        }
        window.location.assign(`/j/${code}`);
      },
    },
    h('label', { for: 'join-code-input' }, t('home.joinCode.label')),
    h('p', { class: 'hint', id: 'join-code-hint' }, t('home.joinCode.hint')),
    h('div', { class: 'join-code-row' },
      input,
      h('button', { type: 'submit', class: 'secondary', 'data-testid': 'join-with-code' }, t('home.joinCode.submit'))),
    error));
}

function recentSection(): HTMLElement | null {
  const entries = loadRecent();
  if (entries.length === 0) return null;
  return h('section', { class: 'panel recent', 'data-testid': 'recent-soirees', 'aria-labelledby': 'recent-heading' },
    h('h2', { id: 'recent-heading' }, t('home.recent.heading')),
    h('p', { class: 'hint' }, t('home.recent.hint')),
    h('ul', null, ...entries.map((entry) => h('li', { class: 'recent-soiree', 'data-testid': 'recent-soiree', 'data-session-id': entry.sessionId },
      h('a', { href: entry.animatorUrl }, entry.title),
      h('span', { class: 'meta' }, t('home.recent.meta', { date: formatDateTime(entry.createdAt), code: entry.joinCodeDisplay })),
      h('button', {
        type: 'button', class: 'secondary small', 'data-testid': 'forget-soiree', 'aria-label': t('home.recent.forgetLabel', { title: entry.title }),
        onclick: () => {
          forgetSoiree(entry.sessionId);
          render(loadRecent().length > 0 ? undefined : 'soiree-title');
        },
      }, t('home.recent.forget'))))));
}

initLanguage();
// The rounds of each format come from the server; without them the form could not show round timings.
loadDefaultScripts().then(
  () => render(),
  (error: unknown) => replace(byId('app'), h('main', null, h('p', { class: 'error', role: 'alert' }, t('error.generic', { message: String(error) })))),
);
