// From a piste to its working group, on the animator's console: one button creates the group (its origin quoted,
// the volunteers invited), then the hand-off: the group's code for everyone, each co-animator seat's secret link and
// each volunteer's personal link, with QR codes, shown once and masked like every secret of the console. A seat
// given to the wrong person, or a link lost, gets a new one; the old one stops opening the group.
import { api, type CreatedGroup, type GroupLink, type GroupSummary } from '../../lib/api';
import { h, svgFrom, type Child } from '../../lib/dom';
import { language, t } from '../../lib/i18n';
import { plural } from '../../lib/plural';
import type { Piste } from '../../live/model';
import { confirmButton } from '../../lib/confirm';
import { describeFailure, say, type Ctx } from './context';
import { linkLine } from './screens';
import { presenting } from './secret';

export interface GroupsUi {
  /** The groups born from this evening, as last listed (null: not read yet). */
  list: GroupSummary[] | null;
  /** Links made in this console, by group id: they are shown once and never stored. */
  links: Map<string, { seats: GroupLink[]; invitations: GroupLink[]; joinUrl: string }>;
  /** Pistes whose group is being created. */
  creating: Set<string>;
  loading: boolean;
}

export function emptyGroupsUi(): GroupsUi {
  return { list: null, links: new Map(), creating: new Set(), loading: false };
}

export function groupsSignature(ctx: Ctx): unknown {
  const g = ctx.ui.groups;
  return [g.list, Array.from(g.links.keys()), Array.from(g.creating), Array.from(ctx.ui.revealed), Array.from(ctx.ui.confirming), presenting(), language()];
}

async function refreshList(ctx: Ctx): Promise<void> {
  if (ctx.ui.groups.loading) return;
  ctx.ui.groups.loading = true;
  try {
    ctx.ui.groups.list = await api.groups(ctx.sessionId, ctx.token);
  } catch (error) {
    say(ctx, describeFailure(error));
  } finally {
    ctx.ui.groups.loading = false;
    ctx.refresh();
  }
}

async function create(ctx: Ctx, piste: Piste): Promise<void> {
  ctx.ui.groups.creating.add(piste.id);
  ctx.refresh();
  try {
    const created: CreatedGroup = await api.createGroup(ctx.sessionId, ctx.token, piste.id);
    ctx.ui.groups.links.set(created.groupId, { seats: created.seats, invitations: created.invitations, joinUrl: created.joinUrl });
    say(ctx, t('console.group.created', { name: created.name }), 'info');
    await refreshList(ctx);
  } catch (error) {
    say(ctx, describeFailure(error));
  } finally {
    ctx.ui.groups.creating.delete(piste.id);
    ctx.refresh();
  }
}

async function newSeatLink(ctx: Ctx, groupId: string, seat: number): Promise<void> {
  try {
    const link = await api.groupSeatLink(ctx.sessionId, ctx.token, groupId, seat);
    const kept = ctx.ui.groups.links.get(groupId) ?? { seats: [], invitations: [], joinUrl: '' };
    ctx.ui.groups.links.set(groupId, { ...kept, seats: [...kept.seats.filter((s) => s.seat !== seat), link].sort((a, b) => (a.seat ?? 0) - (b.seat ?? 0)) });
    say(ctx, t('console.group.seatRenewed', { seat }), 'info');
  } catch (error) {
    say(ctx, describeFailure(error));
  }
}

async function newInvitationLinks(ctx: Ctx, groupId: string): Promise<void> {
  try {
    const invitations = await api.groupInvitationLinks(ctx.sessionId, ctx.token, groupId);
    const kept = ctx.ui.groups.links.get(groupId) ?? { seats: [], invitations: [], joinUrl: '' };
    ctx.ui.groups.links.set(groupId, { ...kept, invitations });
    say(ctx, plural('console.group.invitationsRenewed', invitations.length), 'info');
  } catch (error) {
    say(ctx, describeFailure(error));
  }
}

/** The group's code as a QR code (public: it only leads to the page where one joins with a nickname). */
function qrOf(code: string): string {
  return `/api/groups/join/${encodeURIComponent(code)}/qr.svg`;
}

/** A secret link with its QR code, the code shown only while the link itself is shown. */
function linkWithQr(ctx: Ctx, key: string, testid: string, link: GroupLink): Child {
  const qr = ctx.ui.revealed.has(key) && !presenting() ? svgFrom(link.qrSvg) : null;
  return h('li', { class: 'group-link', 'data-testid': testid, 'data-seat': link.seat ?? null },
    h('span', { class: 'group-link-label' }, link.seat ? t('console.group.seatLabel', { seat: link.seat }) : link.label),
    linkLine(ctx, key, `${testid}-url`, link.url, null),
    qr ? h('div', { class: 'join-qr small-qr' }, qr) : null);
}

/**
 * The hand-off sheet on paper: the group's code, each seat's and each volunteer's link with its QR code, one per
 * row, to cut and give. It exists only in print (the screen keeps every link masked) and only while this console
 * holds the links.
 */
function printSheet(summary: GroupSummary, links: { seats: GroupLink[]; invitations: GroupLink[]; joinUrl: string }): HTMLElement {
  const row = (label: string, link: GroupLink) => h('li', { class: 'print-row' },
    h('div', { class: 'print-qr' }, svgFrom(link.qrSvg)),
    h('div', null, h('p', { class: 'print-label' }, label), h('p', { class: 'url' }, link.url), h('p', { class: 'muted' }, t('console.group.printKeep'))));
  return h('div', { class: 'handoff-print', 'data-testid': 'handoff-print', 'data-group-id': summary.groupId },
    h('h2', null, t('console.group.printTitle', { name: summary.name })),
    h('div', { class: 'print-row' },
      h('img', { class: 'print-qr', src: qrOf(summary.joinCode), alt: t('console.group.qrLabel', { code: summary.joinCode }), width: 132, height: 132 }),
      h('p', null, t('console.group.printCode', { code: summary.joinCode, url: links.joinUrl }))),
    h('ul', { class: 'print-rows' },
      ...links.seats.map((l) => row(t('console.group.seatLabel', { seat: l.seat ?? 1 }), l)),
      ...links.invitations.map((l) => row(t('console.group.printInvitation', { name: l.label }), l))));
}

function print(groupId: string): void {
  document.body.classList.add('print-handoff');
  document.querySelector(`.handoff-print[data-group-id="${CSS.escape(groupId)}"]`)?.classList.add('printing');
  const done = () => {
    document.body.classList.remove('print-handoff');
    document.querySelectorAll('.handoff-print.printing').forEach((el) => el.classList.remove('printing'));
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

function handOff(ctx: Ctx, summary: GroupSummary): Child {
  const links = ctx.ui.groups.links.get(summary.groupId);
  const joinUrl = links?.joinUrl || `${location.origin}/g/${summary.joinCode}`;
  return h('div', { class: 'group-handoff', 'data-testid': 'group-handoff', 'data-group-id': summary.groupId },
    h('p', null, h('strong', null, t('console.group.heading', { name: summary.name })), ' — ',
      plural('console.group.members', summary.members), summary.openInvitations > 0 ? ` · ${plural('console.group.openInvitations', summary.openInvitations)}` : ''),
    h('div', { class: 'group-join' },
      h('img', { class: 'group-qr', src: qrOf(summary.joinCode), alt: t('console.group.qrLabel', { code: summary.joinCode }), width: 120, height: 120, 'data-testid': 'group-join-qr' }),
      h('p', null, t('console.group.code'), ' ', h('strong', { class: 'group-code', 'data-testid': 'group-join-code' }, summary.joinCode), h('br'), h('span', { class: 'url', 'data-testid': 'group-join-url' }, joinUrl))),
    links && links.seats.length > 0
      ? h('div', null, h('h4', null, t('console.group.seats')), h('p', { class: 'muted' }, t('console.group.seatsHint')),
        h('ul', { class: 'group-links' }, ...links.seats.map((l) => linkWithQr(ctx, `group-seat-${summary.groupId}-${l.seat}`, 'group-seat', l))))
      : h('p', { class: 'muted' }, t('console.group.linksShownOnce')),
    links && links.invitations.length > 0
      ? h('div', null, h('h4', null, t('console.group.invitations')), h('p', { class: 'muted' }, t('console.group.invitationsHint')),
        h('ul', { class: 'group-links' }, ...links.invitations.map((l) => linkWithQr(ctx, `group-invitation-${l.invitationId}`, 'group-invitation', l))))
      : null,
    links && !presenting() ? printSheet(summary, links) : null,
    h('div', { class: 'inline group-renew' },
      links && !presenting()
        ? h('button', { type: 'button', class: 'small', 'data-testid': 'print-handoff', onclick: () => print(summary.groupId) }, t('console.group.print'))
        : null,
      ...[1, 2].map((seat) => confirmButton(ctx, {
        key: `renew-seat-${summary.groupId}-${seat}`, testid: 'renew-seat', label: t('console.group.renewSeat', { seat }), question: t('console.group.renewSeatConfirm', { seat }),
        attributes: { 'data-seat': seat }, onConfirm: () => void newSeatLink(ctx, summary.groupId, seat),
      })),
      summary.openInvitations > 0
        ? h('button', { type: 'button', class: 'secondary small', 'data-testid': 'renew-invitations', onclick: () => void newInvitationLinks(ctx, summary.groupId) }, t('console.group.renewInvitations'))
        : null));
}

/** The working group of a piste: the button that creates it, or its hand-off once it exists. */
export function pisteGroup(ctx: Ctx, piste: Piste): Child {
  if (!piste.groupId) {
    const creating = ctx.ui.groups.creating.has(piste.id);
    return h('button', {
      type: 'button', class: 'secondary small', 'data-testid': 'create-group', 'data-piste-id': piste.id, 'data-key': `create-group-${piste.id}`, disabled: creating,
      onclick: () => void create(ctx, piste),
    }, creating ? t('console.group.creating') : t('console.group.create'), h('span', { class: 'visually-hidden' }, ` : ${piste.title}`));
  }
  const summary = ctx.ui.groups.list?.find((g) => g.groupId === piste.groupId);
  if (!summary) {
    if (ctx.ui.groups.list === null || !ctx.ui.groups.list.some((g) => g.groupId === piste.groupId)) void Promise.resolve().then(() => refreshList(ctx));
    return h('p', { class: 'muted' }, t('console.group.loading'));
  }
  return handOff(ctx, summary);
}
