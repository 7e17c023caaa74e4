import { h, replace, byId } from '../lib/dom';
import { initLanguage, t } from '../lib/i18n';

initLanguage();
replace(byId('app'), h('p', null, t('app.name')));
