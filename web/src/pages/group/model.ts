// A working group's space as the server sends it (GET /api/groups/{id}): plain data, redacted for the caller.
import type { Contact } from '../../lib/contact';

export type Stage = 'exploration' | 'businessModel' | 'strategy' | 'readyToLaunch' | 'launched' | 'active' | 'stopped';
/** Every stage a co-animator may set, in order; "stopped" ends the road at any point, with why. */
export const stages: Stage[] = ['exploration', 'businessModel', 'strategy', 'readyToLaunch', 'launched', 'active', 'stopped'];
/** The road to launch and after it, as the header counts it ("3/6 · Stratégie"); a stopped project is off it. */
export const road: Stage[] = ['exploration', 'businessModel', 'strategy', 'readyToLaunch', 'launched', 'active'];
export type ExchangeKind = 'need' | 'offer';
export const exchangeCategories = ['lieu', 'financement', 'competences', 'debouches', 'benevoles', 'materiel', 'autre'] as const;
export type ExchangeCategory = (typeof exchangeCategories)[number];
export type MilestoneStatus = 'planned' | 'inProgress' | 'reached' | 'dropped';
export const milestoneStatuses: MilestoneStatus[] = ['planned', 'inProgress', 'reached', 'dropped'];

/** The blocks of the canvas, in the order a phone lists them; the laptop lays them out as the canonical canvas. */
export const blocks = ['proposition', 'segments', 'relations', 'canaux', 'activites', 'ressources', 'partenaires', 'couts', 'revenus', 'impact'] as const;
export type Block = (typeof blocks)[number];

export type { Contact };

export interface CanvasItem {
  id: string;
  block: Block;
  text: string;
  authorId: string;
  changedAt: string;
  source: string | null;
}

export interface CanvasVersion {
  number: number;
  label: string;
  seq: number;
  at: string;
  items: CanvasItem[];
}

/** What the project needs from others, or offers them: the portfolio matches one project's need with another's offer. */
export interface Exchange {
  id: string;
  kind: ExchangeKind;
  category: ExchangeCategory;
  text: string;
}

/** What the group shows on the territory's public page, if anything. */
export interface Publication {
  published: boolean;
  publicText: string | null;
  showNeeds: boolean;
  showMilestones: boolean;
}

export interface Member {
  id: string;
  nickname: string;
  kind: 'member' | 'resource';
  skills: string | null;
  contact: Contact | null;
  joinedAt: string;
  left: boolean;
  erased: boolean;
}

export interface Invitation {
  id: string;
  nickname: string;
  contact: Contact | null;
  accepted: boolean;
}

export interface Milestone {
  id: string;
  title: string;
  due: string | null;
  status: MilestoneStatus;
  note: string | null;
}

export interface ActionItem {
  id: string;
  what: string;
  ownerId: string | null;
  ownerName: string | null;
  due: string | null;
  done: boolean;
  changedAt: string;
}

export interface Meeting {
  id: string;
  title: string;
  startsAt: string;
  durationMinutes: number;
  place: string;
  agenda: string;
  minutes: string;
  decisions: string[];
  liveSessionId: string | null;
  liveJoinCode: string | null;
}

export interface Change {
  seq: number;
  at: string;
  area: string;
  itemId: string;
  kind: string;
  text: string;
  authorId: string | null;
  block: string | null;
}

export interface OriginNote {
  id: string;
  text: string;
  column: string | null;
  votes: number;
  starred: boolean;
}

export interface Origin {
  sessionId: string;
  sessionTitle: string;
  sessionDate: string;
  workshopTitle: string;
  pisteTitle: string;
  clusters: Array<{ id: string; title: string; votes: number; starred: boolean; notes: OriginNote[] }>;
  averageRating: number | null;
  ratingCount: number;
}

export interface Group {
  id: string;
  version: number;
  name: string;
  promise: string;
  stage: Stage;
  /** A seed theme's key, or the group's own words; null before anyone chose. */
  theme: string | null;
  /** Why the project stopped, when its stage is "stopped". */
  stopReason: string | null;
  exchanges: Exchange[];
  publication: Publication;
  language: string;
  joinCode: string;
  createdAt: string;
  closedAt: string | null;
  closedReason: string | null;
  origin: Origin | null;
  members: Member[];
  invitations: Invitation[];
  canvas: CanvasItem[];
  canvasVersions: CanvasVersion[];
  milestones: Milestone[];
  actions: ActionItem[];
  meetings: Meeting[];
  /** Every change, oldest first. */
  history: Change[];
}

export interface Me {
  role: 'coAnimator' | 'member' | 'invited';
  id: string;
  seat: number | null;
  invitedAs: string | null;
}

export interface GroupPage {
  me: Me;
  group: Group;
  changes: Change[];
  lastMeetingId: string | null;
}

export interface GroupLink {
  kind: string;
  label: string;
  url: string;
  qrSvg: string;
  seat: number | null;
  invitationId: string | null;
}

/** Members still in the group (erased ones never reach a page), members first, then resource people. */
export function activeMembers(g: Group): Member[] {
  return g.members.filter((m) => !m.left);
}

export function memberName(g: Group, id: string | null): string | null {
  if (!id) return null;
  return g.members.find((m) => m.id === id)?.nickname ?? null;
}

export { contactText } from '../../lib/contact';
