// The working group's strings, registered when its entry is evaluated (imported first, before any t()).
import { registerDictionaries } from '../lib/i18n';
import fr from './fr/group.json';
import en from './en/group.json';

registerDictionaries({ fr, en });
