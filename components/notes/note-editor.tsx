import { useId, type FormEvent, type RefObject } from 'react';
import type { NoteInput, VocCategory } from '../../lib/store/note-schema';
import { useT } from '../i18n/i18n-context';
import { CategorySelect } from './category-select';
import { notesMessages } from './notes-messages';
import type { EditorProblem } from './use-note-editor';

/** The form of the note being written or edited; state and saving live in useNoteEditor. */
export function NoteEditor({
  input,
  problem,
  draftSaved,
  tagSuggestions,
  textRef,
  onChange,
  onSave,
  onCancel,
}: {
  input: NoteInput;
  problem: EditorProblem | null;
  draftSaved: boolean;
  tagSuggestions: readonly string[];
  textRef: RefObject<HTMLTextAreaElement | null>;
  onChange: (patch: Partial<NoteInput>) => void;
  onSave: (event: FormEvent) => void;
  onCancel: () => void;
}) {
  const t = useT(notesMessages);
  const formId = useId();
  const problemText = !problem
    ? null
    : 'kind' in problem
      ? t('bodyRequired')
      : problem.error.kind === 'quota-exceeded'
        ? t('quota')
        : problem.error.kind === 'conflict'
          ? t('conflict')
          : t('failed', { detail: 'detail' in problem.error ? problem.error.detail : problem.error.kind });

  return (
    <form
      className="sl-note-editor"
      aria-label={t('editor')}
      onSubmit={onSave}
      onKeyDown={(e) => e.key === 'Escape' && !e.nativeEvent.isComposing && onCancel()}
    >
      <label className="sl-field">
        <span>{t('note')}</span>
        <textarea ref={textRef} rows={4} value={input.body} onChange={(e) => onChange({ body: e.target.value })} />
      </label>
      {input.quote ? <blockquote className="sl-quote">{input.quote}</blockquote> : null}
      <CategorySelect
        label={t('category')}
        value={input.category ?? ''}
        first={{ value: '', label: t('category.none') }}
        onChange={(v) => onChange({ category: (v || null) as VocCategory | null })}
      />
      <label className="sl-field">
        <span>{t('tags')}</span>
        <input
          list={`${formId}-tags`}
          value={input.tags.join(', ')}
          onChange={(e) => onChange({ tags: e.target.value.split(',').map((s) => s.trimStart()) })}
        />
        <datalist id={`${formId}-tags`}>
          {tagSuggestions.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </label>
      <label className="sl-field">
        <span>{t('sentiment')}</span>
        <select value={input.sentiment ?? ''} onChange={(e) => onChange({ sentiment: (e.target.value || null) as NoteInput['sentiment'] })}>
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
        <button type="submit">{t('save')}</button>{' '}
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>{' '}
        <span className="sl-muted" role="status">
          {draftSaved ? t('draftSaved') : ''}
        </span>
      </p>
    </form>
  );
}
