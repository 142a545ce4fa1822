import { useId, useRef, useState, type FormEvent } from 'react';
import type { NoteInput, VocCategory } from '../../lib/store/note-schema';
import { CategorySelect } from '../notes/category-select';
import { useT } from '../i18n/i18n-context';
import { vocMessages } from './voc-messages';

export interface AccountChoice {
  accountKey: string;
  accountName: string;
}

/**
 * A quote captured from another page (or an NPS comment), to be filed as VOC for an account the
 * CSM picks. No category is chosen for them: a guessed one would skew the product team's counts.
 */
export function CaptureForm({
  draft,
  accounts,
  onSave,
  onClose,
}: {
  draft: NoteInput;
  accounts: readonly AccountChoice[];
  /** Saves the VOC: 'saved', 'quota' (storage full), or a sentence saying why it failed. */
  onSave: (input: NoteInput) => Promise<'saved' | 'quota' | string>;
  /** Closes the capture window once the VOC is saved; absent where there is nothing to close. */
  onClose?: () => void;
}) {
  const t = useT(vocMessages);
  const missingId = useId();
  const [accountKey, setAccountKey] = useState(draft.accountKey);
  const [body, setBody] = useState(draft.body);
  const [category, setCategory] = useState<VocCategory | ''>(draft.category ?? '');
  const [tags, setTags] = useState(draft.tags.join(', '));
  const [state, setState] = useState<'editing' | 'saving' | 'saved'>('editing');
  const [status, setStatus] = useState<string | null>(null);
  // Set before the first await: a second click or Enter while a save runs (or after it) files nothing.
  const busy = useRef(false);
  const account = accounts.find((a) => a.accountKey === accountKey);
  const missing = !account && !category ? 'missing.both' : !account ? 'missing.account' : !category ? 'missing.category' : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current || !account || !category) return;
    busy.current = true;
    setState('saving');
    const result = await onSave({ ...draft, ...account, body, category, tags: tags.split(',') });
    if (result === 'saved') {
      setState('saved');
      setStatus(t('saved', { account: account.accountName }));
      return;
    }
    busy.current = false;
    setState('editing');
    setStatus(result === 'quota' ? t('quota') : result);
  };
  return (
    <form className="sl-settings-form" aria-label={t('captureTitle')} onSubmit={(e) => void submit(e)}>
      <h2>{t('captureTitle')}</h2>
      {draft.quote ? <blockquote className="sl-quote">{draft.quote}</blockquote> : null}
      {draft.sourceUrl ? (
        <p className="sl-muted">
          {t('source')}: {draft.sourceUrl}
        </p>
      ) : null}
      <label className="sl-field">
        <span>{t('account')}</span>
        <select value={accountKey} onChange={(e) => setAccountKey(e.target.value)} disabled={state !== 'editing'}>
          <option value="">{t('chooseAccount')}</option>
          {accounts.map((a) => (
            <option key={a.accountKey} value={a.accountKey}>
              {a.accountName}
            </option>
          ))}
        </select>
      </label>
      <CategorySelect
        label={t('category')}
        value={category}
        first={{ value: '', label: t('chooseCategory') }}
        onChange={(v) => setCategory(v as VocCategory | '')}
      />
      <label className="sl-field">
        <span>{t('note')}</span>
        <textarea rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <label className="sl-field">
        <span>{t('tags')}</span>
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      {missing && state === 'editing' ? (
        <p className="sl-hint" id={missingId}>
          {t(missing)}
        </p>
      ) : null}
      <p role="status">{state === 'saving' ? t('saving') : status}</p>
      <button type="submit" disabled={missing !== null || state !== 'editing'} aria-describedby={missing ? missingId : undefined}>
        {t('save')}
      </button>
      {state === 'saved' && onClose ? (
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      ) : null}
    </form>
  );
}
