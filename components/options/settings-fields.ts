import type { Translate } from '../../lib/i18n/translate';
import { SALESFORCE_FIELD_SETTINGS } from '../../lib/settings/salesforce-settings';
import type { FieldSpec } from './settings-form';
import type { optionsMessages } from './options-messages';

type T = Translate<keyof typeof optionsMessages.en>;

export function salesforceMappingFields(t: T): FieldSpec[] {
  return [
    { path: ['renewalOpportunityTypes'], kind: 'list', label: t('map.renewalOpportunityTypes') },
    { path: ['churnedAccountTypes'], kind: 'list', label: t('map.churnedAccountTypes') },
    { path: ['urgentCasePriorities'], kind: 'list', label: t('map.urgentCasePriorities') },
    { path: ['renewalRecordTypeNames'], kind: 'list', label: t('map.renewalRecordTypeNames') },
    { path: ['caseHistoryDays'], kind: 'number', label: t('map.caseHistoryDays') },
    { path: ['defaultCurrency'], kind: 'text', label: t('map.defaultCurrency'), format: 'currency' },
    ...SALESFORCE_FIELD_SETTINGS.map((f) => ({
      path: ['fields', f],
      kind: 'text' as const,
      label: t(`map.${f}`),
      format: 'fieldName' as const,
    })),
  ];
}

// In the order of the default milestones (DESIGN §2); their offsets are days before the renewal.
const MILESTONES = ['risk-review', 'qbr', 'proposal', 'commercial', 'signed'] as const;

export function scorecardFields(t: T): FieldSpec[] {
  return [
    ...(['usage', 'adoption', 'nps', 'support', 'finance', 'relationship'] as const).map((m) => ({
      path: ['weights', m],
      kind: 'number' as const,
      label: t(`weight.${m}`),
    })),
    { path: ['bands', 'atRiskBelow'], kind: 'number', label: t('bands.atRiskBelow') },
    { path: ['bands', 'healthyFrom'], kind: 'number', label: t('bands.healthyFrom') },
    { path: ['segments', 'enterpriseFrom'], kind: 'number', label: t('segments.enterpriseFrom'), hint: t('segments.hint') },
    { path: ['segments', 'midMarketFrom'], kind: 'number', label: t('segments.midMarketFrom'), hint: t('segments.hint') },
    ...(['urgent', 'high', 'medium', 'low'] as const).map((p) => ({ path: ['slaDays', p], kind: 'number' as const, label: t(`sla.${p}`) })),
    { path: ['ticketWindowDays'], kind: 'number', label: t('ticketWindowDays') },
    { path: ['npsWindowMonths'], kind: 'number', label: t('npsWindowMonths') },
    ...MILESTONES.map((id, i) => ({ path: ['milestones', String(i), 'offsetDays'], kind: 'number' as const, label: t(`milestone.${id}`) })),
  ];
}
