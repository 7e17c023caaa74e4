// The public page's strings and the stages' words, registered when its entry is evaluated (imported first).
import { registerDictionaries } from '../lib/i18n';
import fr from './fr/public.json';
import en from './en/public.json';
import frStages from './fr/stages.json';
import enStages from './en/stages.json';

registerDictionaries({ fr: { ...frStages, ...fr }, en: { ...enStages, ...en } });
