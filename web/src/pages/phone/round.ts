// The workshop and its current round: the workshop's name, its input as a short summary that opens in full, the
// round and its countdown on the server's clock. The countdown is updated in place four times a second.
import { h, type Child } from '../../lib/dom';
import { formatCountdown, language, t } from '../../lib/i18n';
import { remainingMs, type Round, type Workshop } from '../../live/model';
import { Section } from '../../lib/render';
import { writeState, type Ctx } from './context';

/** The input's parts in full, and a one-line summary of it. */
function input(w: Workshop): { summary: string; parts: Child[] } {
  const i = w.input;
  const parts: Child[] = [];
  let summary = '';
  if (i.challenge) {
    summary = t(w.format === 'emergence' ? 'phone.input.challengeSummary' : 'phone.input.focusSummary', { text: i.challenge.text });
    parts.push(h('p', { class: 'challenge' }, i.challenge.text));
    if (i.challenge.theme) parts.push(h('p', { class: 'meta' }, t('phone.input.theme', { theme: i.challenge.theme })));
  }
  if (i.projectCard) {
    const card = i.projectCard;
    summary = t('phone.input.pitchSummary', { text: card.pitch });
    if (card.holder) parts.push(h('p', { class: 'meta' }, t('phone.input.holder', { holder: card.holder })));
    parts.push(h('p', { class: 'label' }, t('phone.input.pitch')), h('p', { class: 'pitch' }, card.pitch));
    if (card.needs) parts.push(h('p', { class: 'label' }, t('phone.input.needs')), h('p', { class: 'needs' }, card.needs));
  }
  if (i.externalProject) {
    const project = i.externalProject;
    summary = t('phone.input.projectSummary', { text: project.name });
    parts.push(h('p', { class: 'project-name' }, project.name));
    if (project.originTerritory) parts.push(h('p', { class: 'meta' }, t('phone.input.origin', { origin: project.originTerritory })));
    if (project.description) parts.push(h('p', { class: 'description' }, project.description));
    if (project.successFactors.length > 0) {
      parts.push(h('p', { class: 'label' }, t('phone.input.successFactors')),
        h('ul', { class: 'factors' }, ...project.successFactors.map((f) => h('li', null, f))));
    }
  }
  return { summary, parts };
}

export interface RoundPart {
  section: Section;
  tick(): void;
}

export function roundPart(ctx: Ctx): RoundPart {
  const el = h('section', { class: 'card round', 'aria-labelledby': ctx.id('round-heading') });
  let countdown: HTMLElement | null = null;
  let timerState: HTMLElement | null = null;
  // The summary stays open across rebuilds once the person opened it.
  let inputOpen = false;

  const signature = () => {
    const v = ctx.view;
    const w = v?.workshop;
    const r = v?.round;
    if (!v) return JSON.stringify([language(), 'loading']);
    if (v.needsTable) return JSON.stringify([language(), 'table']);
    return JSON.stringify([language(), v.s.state, w?.id, w?.title, w?.format, w?.input, r?.id, r?.name, r?.instructions, r?.status]);
  };

  const build = (): Child[] => {
    countdown = null;
    timerState = null;
    const v = ctx.view;
    const heading = ctx.id('round-heading');
    if (!v) return [h('h2', { id: heading }, t('phone.loading.title')), h('p', null, t('phone.loading.text'))];
    // Choosing a table comes first; the table's workshop shows once chosen.
    if (v.needsTable) return [];
    if (v.s.state === 'closed') return [h('h2', { id: heading }, t('phone.closed.title')), h('p', { class: 'calm' }, t('phone.closed.text'))];
    const w = v.workshop;
    if (!w) return [h('h2', { id: heading }, t('phone.workshop.none')), h('p', null, t('phone.workshop.noneText'))];
    const { summary, parts } = input(w);
    const details = parts.length > 0
      ? h('details', { class: 'workshop-input', 'data-testid': 'workshop-input' },
        h('summary', null, h('span', { class: 'summary-text' }, summary)),
        h('div', { class: 'input-body' }, ...parts))
      : null;
    if (details) {
      details.open = inputOpen;
      details.addEventListener('toggle', () => {
        inputOpen = details.open;
      });
    }
    const head = h('p', { class: 'workshop-line' },
      h('span', { class: 'format' }, t(`format.${w.format}`)), ' · ',
      h('span', { class: 'workshop-title', 'data-testid': 'workshop-title' }, w.title));
    const r = v.round;
    if (!r) {
      return [head, details, h('h2', { id: heading }, t('phone.waiting.title')), h('p', { class: 'calm' }, t('phone.waiting.text'))];
    }
    timerState = h('span', { class: 'timer-state' });
    countdown = h('span', { class: 'countdown', 'data-testid': 'countdown', role: 'timer', 'aria-label': t('phone.timer.label') });
    return [
      head,
      details,
      h('h2', { id: heading, 'data-testid': 'round-name' }, r.name),
      r.instructions ? h('p', { class: 'instructions' }, r.instructions) : null,
      h('div', { class: 'timer' }, countdown, timerState),
    ];
  };

  const section = new Section(el, signature, build, { hideWhenEmpty: true, afterBuild: () => tick() });

  function tick(): void {
    const r: Round | undefined = ctx.view?.round;
    if (!r || !countdown || !timerState) return;
    const ms = remainingMs(r, ctx.session.serverNow());
    const text = formatCountdown(ms);
    if (countdown.textContent !== text) countdown.textContent = text;
    countdown.dataset.remainingMs = String(Math.round(ms));
    const writing = writeState(ctx);
    const state = r.status === 'paused' ? 'paused' : ms > 0 ? (ms <= 30_000 ? 'soon' : 'running') : writing === 'grace' ? 'grace' : 'over';
    if (timerState.dataset.state !== state) {
      timerState.dataset.state = state;
      timerState.textContent = t(`phone.timer.${state}`);
      countdown.parentElement?.setAttribute('data-state', state);
    }
  }

  return { section, tick };
}
