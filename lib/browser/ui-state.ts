import { isCollapsed, PANEL_COLLAPSED_KEY, PANEL_WIDTH_KEY, panelWidthOf } from '../content/panel-state';
import { LOCALE_KEY, type LocaleChoice } from '../i18n/locale';
import { storedValue } from './local-storage-item';

export const panelCollapsed = storedValue(PANEL_COLLAPSED_KEY, isCollapsed);

export const panelWidth = storedValue(PANEL_WIDTH_KEY, panelWidthOf);

export const localeChoice = storedValue<LocaleChoice>(LOCALE_KEY, (raw) => (raw === 'en' || raw === 'ko' ? raw : 'auto'));
