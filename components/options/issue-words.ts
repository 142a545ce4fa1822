import type { z } from 'zod';
import type { Translate } from '../../lib/i18n/translate';
import type { ValidationKey } from './validation-messages';

/** What kind of text a field holds, for the sentence a badly formed value gets. */
export type FieldFormat = 'fieldName' | 'propertyName' | 'currency';

const REASONS = new Set<string>([
  'healthyBelowAtRisk',
  'zeroBeforeTouch',
  'secondStepFirst',
  'noWeight',
  'duplicateMilestone',
  'enterpriseBelowMidMarket',
]);

/**
 * A schema's complaint about one field as a sentence the CSM can act on, in their language. The
 * schema's own message ("expected number, received NaN") never reaches the page.
 */
export function issueWords(
  issue: z.core.$ZodIssue,
  format: FieldFormat | undefined,
  t: Translate<ValidationKey>,
  number: (n: number) => string,
): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? t('whole') : t('number');
    case 'too_small':
      if (issue.origin === 'string') return t('required');
      return issue.inclusive ? t('atLeast', { min: number(Number(issue.minimum)) }) : t('moreThan', { min: number(Number(issue.minimum)) });
    case 'too_big':
      // A share (0–1) is the one upper bound of 1 among the settings.
      return Number(issue.maximum) === 1 ? t('fraction') : t('atMost', { max: number(Number(issue.maximum)) });
    case 'invalid_format':
      return format ? t(format) : t('other');
    case 'custom': {
      const reason = (issue.params as { reason?: unknown } | undefined)?.reason;
      return typeof reason === 'string' && REASONS.has(reason) ? t(`reason.${reason}` as ValidationKey) : t('other');
    }
    default:
      return t('other');
  }
}
