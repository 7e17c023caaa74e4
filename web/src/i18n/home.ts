// The home page's strings, registered when its entry is evaluated (imported first, before any t()).
import { registerDictionaries } from '../lib/i18n';
import fr from './fr/home.json';
import en from './en/home.json';

registerDictionaries({ fr, en });
