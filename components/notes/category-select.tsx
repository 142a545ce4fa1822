import { VOC_CATEGORIES } from '../../lib/store/note-schema';
import { useT } from '../i18n/i18n-context';
import { notesMessages } from './notes-messages';

/** A labelled choice of VOC category, with one extra first option (none, or all). */
export function CategorySelect({
  label,
  value,
  first,
  onChange,
}: {
  label: string;
  value: string;
  first?: { value: string; label: string };
  onChange: (value: string) => void;
}) {
  const t = useT(notesMessages);
  return (
    <label className="sl-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {first ? <option value={first.value}>{first.label}</option> : null}
        {VOC_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`category.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
