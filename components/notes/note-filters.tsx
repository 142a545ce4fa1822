import type { VocCategory } from '../../lib/store/note-schema';
import { useT } from '../i18n/i18n-context';
import { CategorySelect } from './category-select';
import { notesMessages } from './notes-messages';
import type { NoteFilterState } from './use-note-list';

/** Which notes to show: a VOC category (or all) and a search text. */
export function NoteFilters({ value, onChange }: { value: NoteFilterState; onChange: (next: NoteFilterState) => void }) {
  const t = useT(notesMessages);
  return (
    <div className="sl-note-filters">
      <CategorySelect
        label={t('filterCategory')}
        value={value.category}
        first={{ value: 'all', label: t('filter.all') }}
        onChange={(v) => onChange({ ...value, category: v as VocCategory | 'all' })}
      />
      <label className="sl-field">
        <span>{t('search')}</span>
        <input type="search" value={value.text} onChange={(e) => onChange({ ...value, text: e.target.value })} />
      </label>
    </div>
  );
}
