// The board's strings, registered when its entry is evaluated (imported first, before any t()).
import { registerDictionaries } from '../lib/i18n';
import fr from './fr/board.json';
import en from './en/board.json';

registerDictionaries({ fr, en });
