import type { Note } from '../../lib/store/note-schema';
import { useFormat, useT } from '../i18n/i18n-context';
import { notesMessages } from './notes-messages';
import { ShareControl } from './share-control';

/** The notes shown, newest first as given, each with edit, delete and (where it can) share. */
export function NoteList({
  notes,
  filtered,
  shareProblems,
  onEdit,
  onDelete,
  onShare,
}: {
  notes: readonly Note[] | undefined;
  /** A filter is set: an empty list means "no match", not "no notes yet". */
  filtered: boolean;
  shareProblems: Record<string, string>;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
  /** Absent where the CRM connection cannot share a note; true once shared. */
  onShare?: (note: Note) => Promise<boolean>;
}) {
  const t = useT(notesMessages);
  const format = useFormat();
  return (
    <>
      {notes && notes.length === 0 ? <p className="sl-empty">{filtered ? t('noMatch') : t('empty')}</p> : null}
      <ul className="sl-note-list" aria-label={t('list')}>
        {(notes ?? []).map((note) => (
          <li key={note.id} className="sl-note">
            {/* Shown as text, never as HTML. */}
            <p className="sl-note-body">{note.body}</p>
            {note.quote ? <blockquote className="sl-quote">{note.quote}</blockquote> : null}
            <p className="sl-muted">
              {format.dateTime(note.createdAt)}
              {note.category ? ` · ${t(`category.${note.category}`)}` : ''}
              {note.tags.length ? ` · ${note.tags.map((tag) => `#${tag}`).join(' ')}` : ''}
            </p>
            <p>
              <button type="button" onClick={() => onEdit(note)}>
                {t('edit')}
              </button>{' '}
              <button type="button" onClick={() => onDelete(note)}>
                {t('delete')}
              </button>{' '}
              {onShare ? (
                <ShareControl note={note} onShare={onShare} />
              ) : note.remote ? (
                <span className="sl-chip">{t('shared')}</span>
              ) : null}
            </p>
            {shareProblems[note.id] ? (
              <p className="sl-error" role="alert">
                {shareProblems[note.id]} {t('keptLocal')}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
