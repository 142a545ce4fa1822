import { isCollapsed, PANEL_COLLAPSED_KEY } from '../content/panel-state';
import { LOCALE_KEY, type LocaleChoice } from '../i18n/locale';
import { storedValue } from './local-storage-item';

export const panelCollapsed = storedValue(PANEL_COLLAPSED_KEY, isCollapsed);

export const localeChoice = storedValue<LocaleChoice>(LOCALE_KEY, (raw) => (raw === 'en' || raw === 'ko' ? raw : 'auto'));
