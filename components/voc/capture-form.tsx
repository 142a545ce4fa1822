import { useState, type FormEvent } from 'react';
import type { NoteInput, VocCategory } from '../../lib/store/note-schema';
import { CategorySelect } from '../notes/category-select';
import { useT } from '../i18n/i18n-context';
import { vocMessages } from './voc-messages';

export interface AccountChoice {
  accountKey: string;
  accountName: string;
}

/** A quote captured from another page, to be filed as VOC for an account the CSM picks. */
export function CaptureForm({
  draft,
  accounts,
  onSave,
}: {
  draft: NoteInput;
  accounts: readonly AccountChoice[];
  /** Saves the VOC: 'saved', 'quota' (storage full), or a sentence saying why it failed. */
  onSave: (input: NoteInput) => Promise<'saved' | 'quota' | string>;
}) {
  const t = useT(vocMessages);
  const [accountKey, setAccountKey] = useState(draft.accountKey);
  const [body, setBody] = useState(draft.body);
  const [category, setCategory] = useState<VocCategory>(draft.category ?? 'feature-request');
  const [tags, setTags] = useState(draft.tags.join(', '));
  const [status, setStatus] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const account = accounts.find((a) => a.accountKey === accountKey);
    if (!account) return setStatus(t('needAccount'));
    const result = await onSave({ ...draft, ...account, body, category, tags: tags.split(',') });
    setStatus(result === 'saved' ? t('saved', { account: account.accountName }) : result === 'quota' ? t('quota') : result);
  };
  return (
    <form className="sl-settings-form" aria-label={t('captureTitle')} onSubmit={submit}>
      <h2>{t('captureTitle')}</h2>
      <blockquote className="sl-quote">{draft.quote}</blockquote>
      {draft.sourceUrl ? (
        <p className="sl-muted">
          {t('source')}: {draft.sourceUrl}
        </p>
      ) : null}
      <label className="sl-field">
        <span>{t('account')}</span>
        <select value={accountKey} onChange={(e) => setAccountKey(e.target.value)}>
          <option value="">{t('chooseAccount')}</option>
          {accounts.map((a) => (
            <option key={a.accountKey} value={a.accountKey}>
              {a.accountName}
            </option>
          ))}
        </select>
      </label>
      <CategorySelect label={t('category')} value={category} onChange={(v) => setCategory(v as VocCategory)} />
      <label className="sl-field">
        <span>{t('note')}</span>
        <textarea rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <label className="sl-field">
        <span>{t('tags')}</span>
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <p role="status">{status}</p>
      <button type="submit">{t('save')}</button>
    </form>
  );
}
