// A consultation as the server sends it (GET /api/consultations/{code}): plain data, the same for everyone but for
// what a visitor's own token adds (supportedByMe, mine) and what only the coordinator may read (contact).
import type { Contact } from '../../lib/contact';


export type ProposalKind = 'defi' | 'projetLocal' | 'projetAilleurs';
export const proposalKinds: ProposalKind[] = ['defi', 'projetLocal', 'projetAilleurs'];

export type OutcomeKey = 'recue' | 'retenue' | 'soiree' | 'piste' | 'groupe' | 'nonRetenue';

export interface Outcome {
  key: OutcomeKey;
  soireeTitle?: string | null;
  workshopTitle?: string | null;
  groupName?: string | null;
  groupId?: string | null;
}

export interface Comment {
  id: string;
  nickname?: string | null;
  text: string;
  at: string;
}

export interface Proposal {
  id: string;
  kind: ProposalKind;
  title: string;
  text: string;
  theme?: string | null;
  where?: string | null;
  link?: string | null;
  why?: string | null;
  holder?: string | null;
  /** The holder's contact, given with consent: only the coordinator's reading carries it. */
  contact?: Contact | null;
  supports: number;
  supportedByMe?: boolean;
  mine?: boolean;
  comments: Comment[];
  outcome: Outcome;
  at: string;
}

export interface ThemeSuggestion {
  label: string;
  proposalIds: string[];
}

export interface ConsultationPage {
  demarcheName: string;
  territory?: string | null;
  open: boolean;
  proposals: Proposal[];
  themes: ThemeSuggestion[];
}

/** The workshop format each kind of proposal becomes in the evening's run-of-show. */
export const formatOfKind: Record<ProposalKind, 'emergence' | 'acceleration' | 'essaimage'> = {
  defi: 'emergence',
  projetLocal: 'acceleration',
  projetAilleurs: 'essaimage',
};
