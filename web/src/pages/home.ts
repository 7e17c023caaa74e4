// Home page (/): a participant who typed the address finds the code field first (its own box, apart from the
// preparation); the animator picks a ready-made run-of-show, types the one thing each workshop needs, creates the
// soirée and gets the secret animator link once. Everything else is folded behind "Plus de réglages".
//
// Stable hooks for browser tests (data-testid):
//   join-box         the participant's box: join-code-input <input> (any case, spaces or dash), join-with-code
//                    <button>, join-code-error (a code that cannot be one, or that no soirée has); a right code opens /j/CODE
//   title            <input> soirée title (required)
//   more-settings    each "Plus de réglages" <details> (the soirée's, then one per workshop)
//   language         <select> fr/en: the soirée's language; changing it also switches the page
//   anonymous        <input type=checkbox> hide nicknames on the board and in exports
//   open-now         <input type=checkbox> open the soirée at once (checked by default; else it stays in preparation)
//   preset-complete, preset-tables, preset-emergence, preset-custom   <input type=radio> ready-made run-of-shows
//   add-emergence, add-acceleration, add-essaimage   <button> add a workshop of that format
//   workshop-form    each workshop block (data-workshop-id = client-made id, data-format)
//     screen-title   the title the board will show (typed, or made from what was typed)
//     workshop-where where it happens (data-where = plenary | tables), workshop-where-text its words
//     workshop-title <input> (folded; optional)
//     émergence:     challenge <textarea> (required); folded: theme <input>
//     accélération:  pitch <textarea> (required), holder <input>; folded: needs <textarea>
//     essaimage:     name <input> (required); folded: origin <input>, description <textarea>, success-factors <textarea>
//     round-minutes  <input type=number> per round (data-round-id), 1–240, prefilled from the default script (folded)
//     move-up, move-down, remove-workshop   <button>
//   add-table        <button>; table rows table-form with table-name <input> and table-workshop <select>, remove-table <button>
//   form-errors      summary of invalid fields after a refused submit
//   create           <button type=submit>
//   create-error     message when the server refuses or cannot be reached
//   after creation:  created (panel), animator-link (readonly <input> with the animator URL), copy-link <button>,
//                    copy-status, animator-warning, open-console <a>, join-code (ABCD-EFGH), join-url, new-session <button>
//   recent list:     recent-sessions (section), recent-session items (data-session-id) with a link and forget-session <button>
//   démarche:        demarche-block (<summary>), demarche-name <input>, demarche-territory <input>, demarche-create
//                    <button>, demarche-error; once created the coordinator's page (/d/ID#token) opens
import '../i18n/home';
import { h, replace, byId } from '../lib/dom';
import { formatDateTime, initLanguage, language, setLanguage, t } from '../lib/i18n';
import { api, RequestFailed } from '../lib/api';
import type { CreateSessionRequest, WorkshopSpec } from '../lib/api';
import { defaultScripts, formats, loadDefaultScripts } from './home/scripts';
import type { Format } from './home/scripts';
import { forgetSession, loadRecent, rememberSession } from './home/recent';
import { check, checkboxField, clearRegistry, errors, fieldIds, focusField, revealField, selectField, textField } from './home/fields';
import { emptyDraft, maxTitle, maxWorkshops, newWorkshop, splitLines } from './home/draft';
import type { Draft } from './home/draft';
import { clearDerived } from './home/derived';
import { fold, forgetFolds } from './home/folds';
import { applyPreset, forgetSetAside, presets } from './home/presets';
import { tablesSection } from './home/tables';
import { titleOf } from './home/titles';
import { required } from './home/validation';
import { workshopCard } from './home/workshop';
import { joinWithCode } from './home/join';
import { scratchGroup } from './home/group';
import { demarcheBlock } from './home/demarche';
import { createdPanel } from './home/created';
import type { Created } from './home/created';

/** WorkshopSpec as sent at creation, with the round timings that differ from the default script. */
type CreationWorkshopSpec = WorkshopSpec & { roundMinutes?: Record<string, number> };

let draft: Draft = emptyDraft();
let created: Created | null = null;
let submitting = false;
let serverError: string | null = null;
let showSummary = false;

const app = byId('app');

function render(focusId?: string): void {
  clearRegistry();
  clearDerived();
  document.title = `${t('home.heading')} — ${t('app.name')}`;
  replace(app,
    h('header', { class: 'home-header' },
      h('p', { class: 'brand' }, t('app.name'))),
    h('div', { class: 'home-layout' },
      created ? null : joinWithCode(),
      h('main', { class: 'home' },
        h('h1', null, t('home.heading')),
        created ? createdPanel(created, another) : form()),
      h('aside', { class: 'home-aside', 'aria-label': t('home.aside.label') },
        howItWorks(),
        recentSection(),
        created ? null : scratchGroup(() => render()),
        created ? null : demarcheBlock(() => render()))));
  if (focusId) document.getElementById(focusId)?.focus();
}

function another(): void {
  created = null;
  draft = emptyDraft();
  errors.clear();
  forgetFolds();
  forgetSetAside();
  render('session-title');
}

function form(): HTMLElement {
  const summary = h('div', { id: 'form-errors-host' });
  const formEl = h('form', { class: 'session-form', novalidate: true, 'aria-label': t('home.form.heading'), onsubmit: (event: Event) => { event.preventDefault(); void submit(); } },
    h('p', { class: 'lead' }, t('home.lead')),
    summary,
    sessionSection(),
    runOfShow(),
    tablesSection(draft, render),
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
  return formEl;
}

function sessionSection(): HTMLElement {
  const languageField = selectField({
    id: 'session-language',
    testid: 'language',
    label: t('home.field.language'),
    hint: t('home.field.languageHint'),
    value: language(),
    options: [{ value: 'fr', label: 'Français' }, { value: 'en', label: 'English' }],
    onChange: (value) => {
      setLanguage(value === 'en' ? 'en' : 'fr');
      render('session-language');
    },
  });
  languageField.select.querySelector('option[value="en"]')?.setAttribute('lang', 'en');
  languageField.select.querySelector('option[value="fr"]')?.setAttribute('lang', 'fr');
  return h('div', { class: 'session' },
    textField({
      id: 'session-title', testid: 'title', label: t('home.field.title'), value: draft.title, required: true, maxLength: maxTitle,
      hint: t('home.field.titleHint'),
      onInput: (v) => { draft.title = v; },
      validate: () => required(draft.title, t('home.error.title'), maxTitle),
    }),
    fold('session-more', t('home.more.session'),
      languageField.element,
      checkboxField('session-anonymous', 'anonymous', t('home.field.anonymous'), draft.anonymous, (v) => { draft.anonymous = v; }, t('home.field.anonymousHint')),
      checkboxField('session-open', 'open-now', t('home.field.openNow'), draft.openNow, (v) => { draft.openNow = v; }, t('home.field.openNowHint'))));
}

function presetChoice(): HTMLElement {
  return h('fieldset', { class: 'presets' },
    h('legend', null, t('home.preset.legend')),
    h('div', { class: 'preset-grid' }, ...presets.map((preset) => {
      const id = `preset-${preset.id}`;
      return h('div', { class: 'preset' },
        h('input', {
          type: 'radio', name: 'preset', id, value: preset.id, 'data-testid': id, checked: draft.preset === preset.id,
          'aria-describedby': `${id}-text`,
          onchange: () => {
            applyPreset(draft, preset);
            render(id);
          },
        }),
        h('label', { for: id }, t(`home.preset.${preset.id}`)),
        h('p', { class: 'hint', id: `${id}-text` }, t(`home.preset.${preset.id}.text`)));
    })));
}

function runOfShow(): HTMLElement {
  const count = draft.workshops.length;
  return h('section', { class: 'panel run-of-show', 'aria-labelledby': 'ros-heading' },
    h('h2', { id: 'ros-heading' }, t('home.ros.heading')),
    presetChoice(),
    count === 0 ? h('p', { class: 'empty' }, t('home.ros.empty')) : null,
    h('ol', { class: 'workshops' }, ...draft.workshops.map((w, i) => h('li', null, workshopCard(draft, w, i, { move, remove: removeWorkshop })))),
    h('div', { class: 'add-buttons', role: 'group', 'aria-labelledby': 'add-label' },
      h('span', { id: 'add-label', class: 'add-label' }, t('home.ros.add')),
      ...formats.map((format: Format) => h('button', {
        type: 'button', class: `secondary small add-${format}`, 'data-testid': `add-${format}`, id: `add-${format}`,
        disabled: count >= maxWorkshops,
        onclick: () => {
          const w = newWorkshop(format);
          draft.workshops.push(w);
          render(firstFieldOf(w.id, format));
        },
      }, `+ ${t(`format.${format}`)}`))));
}

function firstFieldOf(workshopId: string, format: Format): string {
  return `${workshopId}-${format === 'emergence' ? 'challenge' : format === 'acceleration' ? 'pitch' : 'name'}`;
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
  render(next ? firstFieldOf(next.id, next.format) : 'add-emergence');
}

function howItWorks(): HTMLElement {
  return h('section', { class: 'how', 'aria-labelledby': 'how-heading' },
    h('h2', { id: 'how-heading' }, t('home.intro.heading')),
    h('p', null, t('home.intro.text')),
    h('ul', { class: 'formats' },
      ...formats.map((format) => h('li', { class: `format-card ${format}` },
        h('strong', null, t(`format.${format}`)), ' — ', t(`home.intro.${format}`)))));
}

// ---- Creation ----

function buildRequest(): CreateSessionRequest {
  const workshops: CreationWorkshopSpec[] = draft.workshops.map((w) => {
    const spec: CreationWorkshopSpec = { id: w.id, format: w.format, title: titleOf(w, draft.workshops) };
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
    // Every field to correct is shown, folded or not; the first one gets the cursor.
    for (const id of invalid) revealField(id);
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
    rememberSession({ sessionId: session.sessionId, title: request.title, createdAt: Date.now(), animatorUrl: session.animatorUrl, joinCodeDisplay: session.joinCodeDisplay });
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

// ---- Recent soirées (this device only) ----

function recentSection(): HTMLElement | null {
  const entries = loadRecent();
  if (entries.length === 0) return null;
  return h('section', { class: 'recent', 'data-testid': 'recent-sessions', 'aria-labelledby': 'recent-heading' },
    h('h2', { id: 'recent-heading' }, t('home.recent.heading')),
    h('p', { class: 'hint' }, t('home.recent.hint')),
    h('ul', null, ...entries.map((entry) => h('li', { class: 'recent-session', 'data-testid': 'recent-session', 'data-session-id': entry.sessionId },
      h('a', { href: entry.animatorUrl }, entry.title),
      h('span', { class: 'meta' }, t('home.recent.meta', { date: formatDateTime(entry.createdAt), code: entry.joinCodeDisplay })),
      h('button', {
        type: 'button', class: 'secondary small', 'data-testid': 'forget-session', 'aria-label': t('home.recent.forgetLabel', { title: entry.title }),
        onclick: () => {
          forgetSession(entry.sessionId);
          render(loadRecent().length > 0 ? undefined : 'session-title');
        },
      }, t('home.recent.forget'))))));
}

initLanguage();
// The rounds of each format come from the server; without them the form could not show round timings.
loadDefaultScripts().then(
  () => render(),
  (error: unknown) => replace(byId('app'), h('main', null, h('p', { class: 'error', role: 'alert' }, t('error.generic', { message: String(error) })))),
);
