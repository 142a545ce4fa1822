import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Note, NoteInput, VocCategory } from '../../lib/store/note-schema';
import { CategorySelect } from './category-select';
import type { StoreError } from '../../lib/store/store-errors';
import type { NotesApi } from '../../lib/messages/notes-client';
import { useFormat, useT } from '../i18n/i18n-context';
import { useCrmErrorText } from '../panel/use-crm-error-text';
import type { CrmResult } from '../../lib/crm/errors';
import { notesMessages } from './notes-messages';

type Editing = { noteId: string | null; baseRevision: number; input: NoteInput };

const DRAFT_DELAY_MS = 300;

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
  const format = useFormat();
  const client = useQueryClient();
  const formId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const newRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  // Where focus goes after the editor closes or a note is deleted, so it never drops to the page.
  const [focusAfter, setFocusAfter] = useState<'new' | 'undo' | null>(null);
  useEffect(() => {
    if (!focusAfter) return;
    (focusAfter === 'new' ? newRef.current : undoRef.current)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);
  const [category, setCategory] = useState<VocCategory | 'all'>('all');
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [problem, setProblem] = useState<{ error: StoreError } | { message: string } | null>(null);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [draftSaved, setDraftSaved] = useState(false);
  const [shareProblems, setShareProblems] = useState<Record<string, string>>({});
  const errorText = useCrmErrorText();
  const filter = { ...(category === 'all' ? {} : { category }), ...(text ? { text } : {}) };
  const notes = useQuery({ queryKey: ['notes', accountKey, filter], queryFn: () => api.list(accountKey, filter) });
  const suggestions = useQuery({ queryKey: ['tag-suggestions'], queryFn: () => api.tagSuggestions(''), staleTime: 30_000 });
  const refresh = useCallback(() => client.invalidateQueries({ queryKey: ['notes', accountKey] }), [client, accountKey]);

  const blank = useCallback(
    (): NoteInput => ({ accountKey, accountName, body: '', category: null, tags: [], sentiment: null, quote: null, sourceUrl }),
    [accountKey, accountName, sourceUrl],
  );

  // A draft left by a reload or a crash comes back as it was.
  useEffect(() => {
    let alive = true;
    void api.loadDraft(accountKey).then((draft) => {
      if (!alive || !draft) return;
      const { noteId, savedAt: _savedAt, ...input } = draft;
      setEditing({ noteId, baseRevision: 0, input });
    });
    return () => {
      alive = false;
    };
  }, [api, accountKey]);

  const startNew = useCallback(() => {
    setEditing((current) => current ?? { noteId: null, baseRevision: 0, input: blank() });
    setProblem(null);
    requestAnimationFrame(() => textRef.current?.focus());
  }, [blank]);

  // One keystroke starts a note: N anywhere in the panel outside a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      // By physical key: with a Korean input method on, `key` is 'ㅜ' (or 'Process'), never 'n'.
      if (event.code !== 'KeyN' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      event.preventDefault();
      startNew();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [startNew]);

  // Every change is kept as a draft shortly after the CSM stops typing.
  useEffect(() => {
    if (!editing) return;
    setDraftSaved(false);
    const timer = setTimeout(() => {
      void api.saveDraft(accountKey, { ...editing.input, noteId: editing.noteId, savedAt: new Date().toISOString() }).then(() => setDraftSaved(true));
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, accountKey, editing]);

  const change = (patch: Partial<NoteInput>) => setEditing((e) => (e ? { ...e, input: { ...e.input, ...patch } } : e));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    if (!editing.input.body.trim() && !editing.input.quote) return setProblem({ message: t('bodyRequired') });
    const result = editing.noteId ? await api.update(editing.noteId, editing.input, editing.baseRevision) : await api.create(editing.input);
    if (!result.ok) {
      if (result.error.kind === 'conflict') setEditing({ ...editing, baseRevision: result.error.current.revision });
      return setProblem({ error: result.error });
    }
    await api.clearDraft(accountKey);
    setEditing(null);
    setProblem(null);
    setFocusAfter('new');
    void refresh();
    void client.invalidateQueries({ queryKey: ['tag-suggestions'] });
  };

  const cancel = async () => {
    await api.clearDraft(accountKey);
    setEditing(null);
    setProblem(null);
    setFocusAfter('new');
  };

  const remove = async (note: Note) => {
    const result = await api.remove(note.id);
    if (result.ok) {
      setDeleted(note);
      setFocusAfter('undo');
    }
    void refresh();
  };

  const undo = async () => {
    if (!deleted) return;
    await api.restore(deleted.id);
    setDeleted(null);
    setFocusAfter('new');
    void refresh();
  };

  const shareNote = async (note: Note) => {
    if (!share) return;
    const result = await share(note);
    const { [note.id]: _cleared, ...rest } = shareProblems;
    if (result.ok) setShareProblems(rest);
    else setShareProblems({ ...rest, [note.id]: `${errorText(result.error).message} ${errorText(result.error).nextStep}` });
    void refresh();
  };

  const problemText = problem
    ? 'message' in problem
      ? problem.message
      : problem.error.kind === 'quota-exceeded'
        ? t('quota')
        : problem.error.kind === 'conflict'
          ? t('conflict')
          : t('failed', { detail: 'detail' in problem.error ? problem.error.detail : problem.error.kind })
    : null;

  return (
    <div className="sl-notes">
      {editing ? (
        <form
          className="sl-note-editor"
          aria-label={t('editor')}
          onSubmit={save}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !e.nativeEvent.isComposing) void cancel();
          }}
        >
          <label className="sl-field">
            <span>{t('note')}</span>
            <textarea ref={textRef} rows={4} value={editing.input.body} onChange={(e) => change({ body: e.target.value })} />
          </label>
          {editing.input.quote ? (
            <blockquote className="sl-quote">
              {editing.input.quote}
            </blockquote>
          ) : null}
          <CategorySelect
            label={t('category')}
            value={editing.input.category ?? ''}
            first={{ value: '', label: t('category.none') }}
            onChange={(v) => change({ category: (v || null) as VocCategory | null })}
          />
          <label className="sl-field">
            <span>{t('tags')}</span>
            <input
              list={`${formId}-tags`}
              value={editing.input.tags.join(', ')}
              onChange={(e) => change({ tags: e.target.value.split(',').map((s) => s.trimStart()) })}
            />
            <datalist id={`${formId}-tags`}>
              {(suggestions.data ?? []).map((tag) => (
                <option key={tag} value={tag} />
              ))}
            </datalist>
          </label>
          <label className="sl-field">
            <span>{t('sentiment')}</span>
            <select value={editing.input.sentiment ?? ''} onChange={(e) => change({ sentiment: (e.target.value || null) as NoteInput['sentiment'] })}>
              <option value="">{t('sentiment.none')}</option>
              <option value="positive">{t('sentiment.positive')}</option>
              <option value="neutral">{t('sentiment.neutral')}</option>
              <option value="negative">{t('sentiment.negative')}</option>
            </select>
          </label>
          {problemText ? (
            <p className="sl-error" role="alert">
              {problemText}
            </p>
          ) : null}
          {problem && 'error' in problem && problem.error.kind === 'conflict' ? <p className="sl-quote">{problem.error.current.body}</p> : null}
          <p className="sl-note-actions">
            <button type="submit">{t('save')}</button> <button type="button" onClick={() => void cancel()}>{t('cancel')}</button>{' '}
            <span className="sl-muted" role="status">
              {draftSaved ? t('draftSaved') : ''}
            </span>
          </p>
        </form>
      ) : (
        <p>
          <button ref={newRef} type="button" onClick={startNew} aria-keyshortcuts="N">
            {t('newNote')}
          </button>{' '}
          <span className="sl-muted">{t('newNoteHint')}</span>
        </p>
      )}
      {deleted ? (
        <p role="status" className="sl-banner">
          {t('deleted')}{' '}
          <button ref={undoRef} type="button" onClick={() => void undo()}>
            {t('undo')}
          </button>
        </p>
      ) : null}
      <div className="sl-note-filters">
        <CategorySelect
          label={t('filterCategory')}
          value={category}
          first={{ value: 'all', label: t('filter.all') }}
          onChange={(v) => setCategory(v as VocCategory | 'all')}
        />
        <label className="sl-field">
          <span>{t('search')}</span>
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      </div>
      {notes.data && notes.data.length === 0 ? <p className="sl-empty">{category === 'all' && !text ? t('empty') : t('noMatch')}</p> : null}
      <ul className="sl-note-list" aria-label={t('list')}>
        {(notes.data ?? []).map((note) => (
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
              <button type="button" onClick={() => setEditing({ noteId: note.id, baseRevision: note.revision, input: { ...note } })}>
                {t('edit')}
              </button>{' '}
              <button type="button" onClick={() => void remove(note)}>
                {t('delete')}
              </button>{' '}
              {note.remote ? (
                <span className="sl-chip">{t('shared')}</span>
              ) : share ? (
                <button type="button" onClick={() => void shareNote(note)}>
                  {t('share')}
                </button>
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
    </div>
  );
}
