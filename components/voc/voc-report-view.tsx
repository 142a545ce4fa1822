import type { VocReport } from '../../lib/store/voc-report';
import { useT } from '../i18n/i18n-context';
import { notesMessages } from '../notes/notes-messages';
import { vocMessages } from './voc-messages';
import { ShownCount } from '../shown-count';

/** The most used tags only: a long tail of one-off tags would bury the ones many accounts share. */
const SHOWN_TAGS = 30;

/** Counts by category and by tag, with how many accounts raised each. */
export function VocReportView({ report }: { report: VocReport }) {
  const t = useT(vocMessages);
  const n = useT(notesMessages);
  return (
    <div className="sl-voc-report">
      <table aria-label={t('byCategory')}>
        <caption>{t('byCategory')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('category')}</th>
            <th scope="col">{t('notes')}</th>
            <th scope="col">{t('accounts')}</th>
          </tr>
        </thead>
        <tbody>
          {report.byCategory.map(({ category, count }) => (
            <tr key={category} data-testid={`voc-category-${category}`}>
              <th scope="row">{n(`category.${category}`)}</th>
              <td>{count.notes}</td>
              <td>{count.accounts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-label={t('byTag')}>
        <caption>{t('byTag')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('notes')}</th>
            <th scope="col">{t('accounts')}</th>
          </tr>
        </thead>
        <tbody>
          {report.byTag.slice(0, SHOWN_TAGS).map(({ tag, count }) => (
            <tr key={tag} data-testid={`voc-tag-${tag}`}>
              <th scope="row">#{tag}</th>
              <td>{count.notes}</td>
              <td>{count.accounts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShownCount shown={Math.min(SHOWN_TAGS, report.byTag.length)} total={report.byTag.length} testId="voc-tags-shown" />
    </div>
  );
}
