// The phone's strings, registered when its entry is evaluated (imported first, before any t()).
import { registerDictionaries } from '../lib/i18n';
import fr from './fr/phone.json';
import en from './en/phone.json';

registerDictionaries({ fr, en });
