// A démarche as the server sends it (GET /api/demarches/{id}): plain data; a named animator's reading carries no
// partner contacts. The portfolio (GET …/portfolio) is read apart, since it is heavier and changes less often.
import type { Contact } from '../../lib/contact';
import type { ProposalKind } from '../consultation/model';

export type Role = 'coordinateur' | 'animateur';
export type PhaseKey = 'mobilisation' | 'soiree' | 'groupes' | 'lancement';
export type PhaseStatus = 'aFaire' | 'enCours' | 'fait';
export type Format = 'emergence' | 'acceleration' | 'essaimage';

export const universKeys = ['associations', 'entreprises', 'collectivites', 'citoyens', 'emploiFormation', 'financeurs'] as const;
export type UniversKey = (typeof universKeys)[number];
export type Circle = 'premier' | 'rejoint';
export const circles: Circle[] = ['premier', 'rejoint'];
export type AnimatorRole = 'animateur' | 'coAnimateur';
export const animatorRoles: AnimatorRole[] = ['animateur', 'coAnimateur'];

export interface Phase {
  number: number;
  key: PhaseKey;
  status: PhaseStatus;
  counts: Record<string, number>;
}

export interface Partner {
  id: string;
  name: string;
  univers: UniversKey;
  circle: Circle;
  /** As the server keeps it; null for a named animator, who sees no contact. */
  contact?: Contact | null;
}

export interface Animator {
  id: string;
  name: string;
  role: AnimatorRole;
}

export interface PlanPick {
  proposalId: string;
  kind: ProposalKind;
  title: string;
  format: Format;
}

export interface Plan {
  title: string;
  date?: string | null;
  picks: PlanPick[];
}

export interface SoireeSummary {
  sessionId: string;
  title: string;
  createdAt: string;
  participants: number;
  pistes: number;
}

export interface GroupSummary {
  groupId: string;
  name: string;
  stage: string;
  theme?: string | null;
}

export interface DemarchePage {
  id: string;
  name: string;
  territory?: string | null;
  language: string;
  version: number;
  me: { role: Role; animatorId?: string | null };
  phases: Phase[];
  partners: Partner[];
  univers: Array<{ key: UniversKey; partners: number }>;
  animators: Animator[];
  consultation: { id: string; code: string; url: string; open: boolean; proposals: number; supports: number; comments: number };
  plan: Plan;
  soirees: SoireeSummary[];
  groups: GroupSummary[];
}

/** The body of PUT …/plan: the run-of-show in order, by proposal. */
export interface PlanBody {
  title: string;
  date: string | null;
  picks: string[];
}

export interface CreatedSoiree {
  sessionId: string;
  animatorToken: string;
  consoleUrl: string;
  holders: Array<{ proposalId: string; nickname: string; url: string }>;
}

export interface Practice {
  sessionId: string;
  animatorToken: string;
  consoleUrl: string;
  phoneUrl: string;
}

// ---- Portfolio (GET /api/demarches/{id}/portfolio) ----

export type PortfolioStage = 'piste' | 'groupe' | 'modeleEconomique' | 'lancement' | 'enActivite' | 'arrete';
export const portfolioStages: PortfolioStage[] = ['piste', 'groupe', 'modeleEconomique', 'lancement', 'enActivite', 'arrete'];

export interface PortfolioExchange {
  id: string;
  kind?: 'need' | 'offer';
  category: string;
  text: string;
}

export interface PortfolioMilestone {
  title: string;
  due?: string | null;
  status: string;
}

export interface PortfolioProject {
  id: string;
  groupId?: string | null;
  name: string;
  promise?: string | null;
  theme?: string | null;
  stage: PortfolioStage;
  stopReason?: string | null;
  milestones?: PortfolioMilestone[];
  lastActivity?: string | null;
  needs?: PortfolioExchange[];
  offers?: PortfolioExchange[];
  published?: boolean;
}

export interface PortfolioLink {
  needProjectId: string;
  needId: string;
  offerProjectId: string;
  offerId: string;
  category: string;
  why?: string | null;
}

export interface Portfolio {
  projects: PortfolioProject[];
  themes: Array<{ key: string; label: string; count: number }>;
  links: PortfolioLink[];
}
