// Pistes d'activité and sign-ups ("je m'y engage"), with explicit consent before any contact detail is asked for.
import { h, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import { refusalOf } from '../../live/errors';
import { Section } from '../../lib/render';
import type { Ctx, PisteForm } from './context';
import { loadContact, saveConsents, saveContact } from './storage';
import { sentence } from './text';

const maxContact = 120;

export function pistesSection(ctx: Ctx): Section {
  const ui = ctx.ui;
  const el = h('section', { class: 'card pistes', 'aria-labelledby': ctx.id('pistes-heading') });

  function form(pisteId: string): PisteForm {
    const known = ui.pisteForms.get(pisteId);
    if (known) return known;
    const draft = loadContact(ctx.contactKey);
    const field = (name: 'name' | 'email' | 'phone', type: string, autocomplete: string) => h('input', {
      id: ctx.id(`contact-${name}-${pisteId}`), type, 'data-testid': `contact-${name}`, maxlength: maxContact, autocomplete, value: draft[name],
    });
    const name = field('name', 'text', 'name');
    const email = field('email', 'email', 'email');
    const phone = field('phone', 'tel', 'tel');
    const consent = h('input', { id: ctx.id(`consent-${pisteId}`), type: 'checkbox', 'data-testid': 'consent', class: 'consent', checked: ctx.consents.has(pisteId) });
    const fields = h('div', { class: 'contact-fields' },
      h('p', { class: 'hint', 'data-text': 'phone.pistes.optional' }),
      h('label', { for: name.id, 'data-text': 'phone.pistes.name' }), name,
      h('label', { for: email.id, 'data-text': 'phone.pistes.email' }), email,
      h('label', { for: phone.id, 'data-text': 'phone.pistes.phone' }), phone);
    fields.hidden = !consent.checked;
    consent.addEventListener('change', () => {
      fields.hidden = !consent.checked;
    });
    const made = { consent, name, email, phone, fields };
    ui.pisteForms.set(pisteId, made);
    return made;
  }

  const items = () => {
    const v = ctx.view;
    if (!v) return [];
    const w = v.workshop;
    // During a round, the workshop's pistes; between rounds and at the clôture, all of them.
    const list = v.round ? v.s.pistes.filter((p) => p.workshopId === w?.id) : v.s.pistes;
    const mine = new Set(v.s.signUps.filter((x) => x.participantId === v.meId).map((x) => x.pisteId));
    const counts = new Map<string, number>();
    for (const x of v.s.signUps) counts.set(x.pisteId, (counts.get(x.pisteId) ?? 0) + 1);
    return list.map((p) => ({
      id: p.id, title: p.title, workshop: v.round ? '' : v.s.workshops.find((x) => x.id === p.workshopId)?.title ?? '',
      signed: mine.has(p.id), count: counts.get(p.id) ?? 0,
    }));
  };

  const signature = () => {
    const list = items();
    return list.length === 0 ? 'none' : JSON.stringify([language(), ctx.view?.open, ctx.view?.workshop?.format, list, Array.from(ui.pisteErrors), Array.from(ui.busyPistes)]);
  };

  const build = (): Child[] => {
    const list = items();
    if (list.length === 0) return [];
    const open = !!ctx.view?.open;
    // In a working group's "Plan d'action", the cards become the group's actions, not working groups.
    const actions = ctx.view?.workshop?.format === 'planAction';
    return [
      h('h2', { id: ctx.id('pistes-heading') }, t(actions ? 'phone.pistes.titleActions' : 'phone.pistes.title')),
      h('p', { class: 'hint' }, t(actions ? 'phone.pistes.helpActions' : 'phone.pistes.help')),
      h('ul', { class: 'piste-list' }, ...list.map((item) => {
        const f = form(item.id);
        f.fields.hidden = !f.consent.checked;
        for (const node of Array.from(f.fields.querySelectorAll<HTMLElement>('[data-text]'))) node.textContent = t(node.dataset.text!);
        const error = ui.pisteErrors.get(item.id);
        const busy = ui.busyPistes.has(item.id);
        return h('li', { class: item.signed ? 'piste signed' : 'piste', 'data-testid': 'piste', 'data-piste-id': item.id, 'data-signed': String(item.signed) },
          h('h3', null, item.title),
          item.workshop ? h('p', { class: 'meta' }, item.workshop) : null,
          h('p', { class: 'meta' }, plural('phone.pistes.count', item.count)),
          item.signed ? h('p', { class: 'ok signed-state' }, `✓ ${t(actions ? 'phone.pistes.signedAction' : 'phone.pistes.signed')}`) : null,
          open && !actions ? h('div', { class: 'consent-row' }, f.consent, h('label', { for: f.consent.id }, t('phone.pistes.consent'))) : null,
          open ? f.fields : null,
          open ? h('div', { class: 'actions' },
            h('button', { type: 'button', class: 'big', 'data-testid': 'sign-up', 'data-key': `sign-up-${item.id}`, disabled: busy, onclick: () => void signUp(item.id) },
              item.signed ? t('phone.pistes.update') : t('phone.pistes.signUp')),
            item.signed ? h('button', { type: 'button', class: 'secondary', 'data-testid': 'withdraw-sign-up', 'data-key': `withdraw-${item.id}`, disabled: busy, onclick: () => void withdraw(item.id) }, t('phone.pistes.withdraw')) : null) : null,
          error ? h('p', { class: 'error', role: 'alert' }, error) : null);
      })),
    ];
  };

  async function signUp(pisteId: string): Promise<void> {
    const f = form(pisteId);
    const consent = f.consent.checked;
    const clean = (input: HTMLInputElement) => input.value.replace(/\s+/g, ' ').trim();
    const name = consent ? clean(f.name) : '';
    const email = consent ? clean(f.email) : '';
    const phone = consent ? clean(f.phone) : '';
    if (email && (!email.includes('@') || /\s/.test(email))) {
      ui.pisteErrors.set(pisteId, t('phone.pistes.badEmail'));
      ctx.refresh();
      f.email.focus();
      return;
    }
    if (phone && !/^[0-9 +.()-]+$/.test(phone)) {
      ui.pisteErrors.set(pisteId, t('phone.pistes.badPhone'));
      ctx.refresh();
      f.phone.focus();
      return;
    }
    if (consent) saveContact(ctx.contactKey, { name, email, phone });
    // Remember the consent given here, so that updating a sign-up later does not silently drop the contact.
    if (consent) ctx.consents.add(pisteId);
    else ctx.consents.delete(pisteId);
    saveConsents(ctx.consentKey, ctx.consents);
    ui.busyPistes.add(pisteId);
    ui.pisteErrors.delete(pisteId);
    ctx.refresh();
    try {
      await ctx.session.invoke('SignUp', pisteId, consent, name || null, email || null, phone || null);
      ctx.say(t('phone.pistes.thanks'), 'info');
    } catch (error) {
      ui.pisteErrors.set(pisteId, sentence(refusalOf(error)));
    }
    ui.busyPistes.delete(pisteId);
    ctx.refresh();
  }

  async function withdraw(pisteId: string): Promise<void> {
    ui.busyPistes.add(pisteId);
    ui.pisteErrors.delete(pisteId);
    ctx.refresh();
    try {
      await ctx.session.invoke('WithdrawSignUp', pisteId);
    } catch (error) {
      ui.pisteErrors.set(pisteId, sentence(refusalOf(error)));
    }
    ui.busyPistes.delete(pisteId);
    ctx.refresh();
  }

  return new Section(el, signature, build, { hideWhenEmpty: true });
}
