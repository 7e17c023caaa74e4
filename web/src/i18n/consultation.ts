// The consultation page's strings and the proposals' words it shares with the démarche's page, registered when its
// entry is evaluated (imported first, before any t()).
import { registerDictionaries } from '../lib/i18n';
import fr from './fr/consultation.json';
import en from './en/consultation.json';
import frProposals from './fr/proposals.json';
import enProposals from './en/proposals.json';

registerDictionaries({ fr: { ...frProposals, ...fr }, en: { ...enProposals, ...en } });
