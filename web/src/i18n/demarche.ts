// The démarche page's strings and the proposals' words it shares with the consultation, registered when its entry
// is evaluated (imported first, before any t()).
import { registerDictionaries } from '../lib/i18n';
import fr from './fr/demarche.json';
import en from './en/demarche.json';
import frProposals from './fr/proposals.json';
import enProposals from './en/proposals.json';
import frStages from './fr/stages.json';
import enStages from './en/stages.json';

registerDictionaries({ fr: { ...frProposals, ...frStages, ...fr }, en: { ...enProposals, ...enStages, ...en } });
