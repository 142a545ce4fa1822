import { useEffect, useRef, useState } from 'react';
import type { CrmResult } from '../../lib/crm/errors';
import type { NotesApi } from '../../lib/messages/notes-client';
import type { Note } from '../../lib/store/note-schema';
import { useT } from '../i18n/i18n-context';
import { NoteEditor } from './note-editor';
import { NoteFilters } from './note-filters';
import { NoteList } from './note-list';
import { notesMessages } from './notes-messages';
import { useNoteEditor } from './use-note-editor';
import { useNoteList, type NoteFilterState } from './use-note-list';

/** The account's notes and VOC: write (N), autosaved drafts, edit, delete with undo, filters. */
export function NotesSection({
  accountKey,
  accountName,
  sourceUrl,
  api,
  share,
}: {
  accountKey: string;
  accountName: string;
  sourceUrl: string;
  api: NotesApi;
  /** Shares a note with the team in the CRM; absent where the CRM connection cannot. */
  share?: (note: Note) => Promise<CrmResult<Note>>;
}) {
  const t = useT(notesMessages);
  const [filter, setFilter] = useState<NoteFilterState>({ category: 'all', text: '' });
  const list = useNoteList(api, accountKey, filter, share);
  const editor = useNoteEditor(api, { accountKey, accountName, sourceUrl }, () => void list.refresh());
  // Where focus goes once the editor closes or a note is deleted, so it never drops to the page.
  const newRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<'new' | 'undo' | null>(null);
  useEffect(() => {
    if (!focusAfter) return;
    (focusAfter === 'new' ? newRef : undoRef).current?.focus();
    setFocusAfter(null);
  }, [focusAfter]);
  const then = (work: Promise<unknown>, focus: 'new' | 'undo') => void work.then(() => setFocusAfter(focus));

  return (
    <div className="sl-notes">
      {editor.editing ? (
        <NoteEditor
          input={editor.editing.input}
          problem={editor.problem}
          draftSaved={editor.draftSaved}
          tagSuggestions={editor.tagSuggestions}
          textRef={editor.textRef}
          onChange={editor.change}
          onSave={(event) => then(editor.save(event), 'new')}
          onCancel={() => then(editor.cancel(), 'new')}
        />
      ) : (
        <p>
          <button ref={newRef} type="button" onClick={editor.startNew} aria-keyshortcuts="N">
            {t('newNote')}
          </button>{' '}
          <span className="sl-muted">{t('newNoteHint')}</span>
        </p>
      )}
      {list.deleted ? (
        <p role="status" className="sl-banner">
          {t('deleted')}{' '}
          <button ref={undoRef} type="button" onClick={() => then(list.undo(), 'new')}>
            {t('undo')}
          </button>
        </p>
      ) : null}
      <NoteFilters value={filter} onChange={setFilter} />
      <NoteList
        notes={list.notes}
        filtered={filter.category !== 'all' || filter.text !== ''}
        shareProblems={list.shareProblems}
        onEdit={(note) => editor.setEditing({ noteId: note.id, baseRevision: note.revision, input: { ...note } })}
        onDelete={(note) => then(list.remove(note), 'undo')}
        onShare={list.shareNote}
      />
    </div>
  );
}
