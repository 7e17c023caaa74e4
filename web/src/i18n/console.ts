// The console's strings, registered when its entry is evaluated (imported first, before any t()).
import { registerDictionaries } from '../lib/i18n';
import fr from './fr/console.json';
import en from './en/console.json';

registerDictionaries({ fr, en });
