import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { useStoredValue } from '../../components/hooks/use-stored-value';
import { useFormat, useT } from '../../components/i18n/i18n-context';
import { notesMessages } from '../../components/notes/notes-messages';
import { CaptureForm, type AccountChoice } from '../../components/voc/capture-form';
import { vocMessages } from '../../components/voc/voc-messages';
import { VocReportView } from '../../components/voc/voc-report-view';
import { ChurnReasonsView } from '../../components/voc/churn-reasons-view';
import { reasonCounts } from '../../lib/plan/reasons';
import { downloadText } from '../../lib/browser/download-file';
import { lastAccount, notesChanged, plansChanged } from '../../lib/browser/stored-keys';
import { readBackupFile } from '../../lib/store/backup-file';
import type { Note, NoteInput, VocCategory } from '../../lib/store/note-schema';
import { CategorySelect } from '../../components/notes/category-select';
import { backupApi, captureApi } from '../../lib/messages/notes-client';
import { matchesQuery } from '../../lib/store/search';
import { dayInTimeZone, userTimeZone } from '../../lib/time';
import { vocCsv } from '../../lib/store/voc-csv';
import { vocReport } from '../../lib/store/voc-report';
import { allNotesQuery, captureQuery } from './queries';
import { allPlansQuery } from '../../components/plan/queries';
import { planApi } from '../../lib/messages/plan-client';

const captureId = () => /capture=([\w-]+)/.exec(location.hash)?.[1] ?? null;

/** The capture window (opened small by the background) or the whole VOC page. */
export function VocApp() {
  const id = captureId();
  return id ? <CaptureWindow id={id} /> : <VocPage />;
}

/** The accounts a capture can be filed under: the one viewed last, and every account with notes. */
function useAccountChoices(notes: readonly Note[] | undefined): AccountChoice[] {
  const [last] = useStoredValue(lastAccount);
  return useMemo(() => {
    const map = new Map<string, string>();
    if (last) map.set(last.accountKey, last.accountName);
    for (const note of notes ?? []) map.set(note.accountKey, note.accountName);
    return [...map].map(([accountKey, accountName]) => ({ accountKey, accountName }));
  }, [notes, last]);
}

function CaptureWindow({ id }: { id: string }) {
  const t = useT(vocMessages);
  const all = useQuery(allNotesQuery());
  const capture = useQuery(captureQuery(id));
  const accounts = useAccountChoices(all.data);
  const save = async (input: NoteInput) => {
    const result = await captureApi.save(id, input);
    if (result.ok) return 'saved';
    return result.error.kind === 'quota-exceeded'
      ? 'quota'
      : t('captureFailed', { detail: 'detail' in result.error ? result.error.detail : result.error.kind });
  };
  return (
    <main aria-label="Success Lens" className="sl-options sl-capture-window">
      <h1>{t('title')}</h1>
      {capture.data ? <CaptureForm draft={capture.data} accounts={accounts} onSave={save} onClose={() => window.close()} /> : null}
      {capture.isFetched && !capture.data ? <p className="sl-empty">{t('captureGone')}</p> : null}
    </main>
  );
}

function VocPage() {
  const t = useT(vocMessages);
  const n = useT(notesMessages);
  const format = useFormat();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [category, setCategory] = useState<VocCategory | 'all'>('all');
  const [message, setMessage] = useState<string | null>(null);
  // The background is the store's one writer; this page asks it like the panel does.
  const all = useQuery(allNotesQuery());
  useEffect(() => notesChanged.watch(() => void client.invalidateQueries({ queryKey: allNotesQuery().queryKey })), [client]);
  // Churn and downsize reasons from the account plans, counted beside the VOC categories.
  const plans = useQuery(allPlansQuery(planApi));
  useEffect(() => plansChanged.watch(() => void client.invalidateQueries({ queryKey: allPlansQuery(planApi).queryKey })), [client]);

  const voc = useMemo(() => (all.data ?? []).filter((note) => note.category !== null), [all.data]);
  const shown = useMemo(
    () => voc.filter((note) => (category === 'all' || note.category === category) && matchesQuery(note, text)),
    [voc, category, text],
  );
  const report = useMemo(() => vocReport(shown), [shown]);

  const restore = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = await readBackupFile(file);
    if (!read.ok)
      return setMessage(t(`invalid.${read.problem.reason}` as keyof typeof vocMessages.en, { detail: read.problem.detail ?? '' }));
    const result = await backupApi.restore(read.raw);
    if (result.ok) {
      const signals = (result.value.signalsAdded ?? 0) + (result.value.signalsUpdated ?? 0);
      setMessage(signals > 0 ? `${t('restored', result.value)} ${t('restoredSignals', result.value)}` : t('restored', result.value));
    } else if (result.error.kind === 'invalid-backup')
      setMessage(t(`invalid.${result.error.reason}` as keyof typeof vocMessages.en, { detail: result.error.detail ?? '' }));
    else setMessage(t('restoreFailed', { detail: result.error.kind }));
  };

  // The export's file name carries the CSM's day, not the UTC one.
  const stamp = dayInTimeZone(new Date(), userTimeZone());
  return (
    <main aria-label="Success Lens" className="sl-options">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="sl-inline-form">
        <button type="button" onClick={() => downloadText(`success-lens-voc-${stamp}.csv`, vocCsv(shown), 'text/csv;charset=utf-8')}>
          {t('exportCsv')}
        </button>
        <button
          type="button"
          onClick={() =>
            void backupApi
              .exportBackup()
              .then((b) => downloadText(`success-lens-backup-${stamp}.json`, JSON.stringify(b), 'application/json'))
          }
        >
          {t('exportBackup')}
        </button>
        <label className="sl-file-button">
          {t('restore')}
          <input type="file" accept="application/json,.json" onChange={(e) => void restore(e)} />
        </label>
      </div>
      <p role="status">{message}</p>
      <div className="sl-note-filters">
        <label className="sl-field">
          <span>{t('search')}</span>
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <CategorySelect
          label={t('category')}
          value={category}
          first={{ value: 'all', label: t('all') }}
          onChange={(v) => setCategory(v as VocCategory | 'all')}
        />
      </div>
      {all.data && voc.length === 0 ? <p className="sl-empty">{t('none')}</p> : <VocReportView report={report} />}
      {plans.data ? <ChurnReasonsView report={reasonCounts(plans.data)} /> : null}
      <ul className="sl-note-list" aria-label={t('notes')}>
        {shown.map((note) => (
          <li key={note.id} className="sl-note">
            <p className="sl-note-body">{note.body}</p>
            {note.quote ? <blockquote className="sl-quote">{note.quote}</blockquote> : null}
            <p className="sl-muted">
              {note.accountName} · {n(`category.${note.category!}`)} · {format.dateTime(note.createdAt)}
              {note.tags.length ? ` · ${note.tags.map((tag) => `#${tag}`).join(' ')}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
