import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useStoredValue } from '../../components/hooks/use-stored-value';
import { useFormat, useT } from '../../components/i18n/i18n-context';
import { importMessages, type ImportMessageKey } from '../../components/import/import-messages';
import { ImportProgress, ImportReport } from '../../components/import/import-report';
import { ImportSetup, type ReadFile } from '../../components/import/import-setup';
import { downloadText } from '../../lib/browser/download-file';
import { importMappings } from '../../lib/browser/stored-keys';
import type { BadRow } from '../../lib/imports/check-rows';
import { guessMapping, headerShape, missingFields, type ColumnMapping } from '../../lib/imports/columns';
import type { ImportKind } from '../../lib/imports/kinds';
import type { FromWorker } from '../../lib/imports/worker-protocol';
import { IMPORT_SAVE_BATCH } from '../../lib/messages/messages';
import { importsClient } from '../../lib/messages/imports-client';
import { startImportWorker, type ImportWorker } from './import-worker-client';
import { importAccountsQuery } from './queries';

type Checked = { goodCount: number; bad: BadRow[]; matchedAccounts: number; badCsv: string };
type Phase =
  | { step: 'idle' | 'reading' | 'read' }
  | { step: 'checking'; done: number; total: number }
  | { step: 'checked'; checked: Checked }
  | { step: 'saving'; checked: Checked; done: number }
  | { step: 'done'; message: string };

export function ImportApp() {
  const t = useT(importMessages);
  const format = useFormat();
  const accounts = useQuery(importAccountsQuery());
  const [saved, setSaved] = useStoredValue(importMappings);
  const worker = useRef<ImportWorker | null>(null);
  const batchWaiters = useRef(new Map<number, (rows: FromWorker & { type: 'batch' }) => void>());
  const cancelled = useRef(false);
  const [file, setFile] = useState<ReadFile | null>(null);
  const [kind, setKind] = useState<ImportKind>('usage');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [remembered, setRemembered] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  useEffect(() => () => worker.current?.stop(), []);

  const header = (field: string) =>
    mapping[field] !== undefined && file ? (file.headers[mapping[field]!] ?? field) : t(`field.${field}` as ImportMessageKey);

  function onWorker(m: FromWorker, name: string) {
    if (m.type === 'read') {
      const known = saved?.[headerShape(m.headers)];
      const nextKind = known?.kind ?? kind;
      setFile({ name, headers: m.headers, preview: m.preview, rowCount: m.rowCount, delimiter: m.delimiter, encoding: m.encoding });
      setKind(nextKind);
      setMapping(known?.mapping ?? guessMapping(m.headers, nextKind));
      setRemembered(Boolean(known));
      setPhase({ step: 'read' });
    } else if (m.type === 'progress') setPhase({ step: 'checking', done: m.done, total: m.total });
    else if (m.type === 'checked') setPhase({ step: 'checked', checked: m });
    else batchWaiters.current.get(m.index)?.(m);
  }

  async function chooseFile(chosen: File) {
    worker.current?.stop();
    setFile(null);
    setPhase({ step: 'reading' });
    try {
      const bytes = await chosen.arrayBuffer();
      worker.current = startImportWorker((m) => onWorker(m, chosen.name));
      worker.current.send({ type: 'read', file: chosen.name, bytes }, [bytes]);
    } catch {
      setPhase({ step: 'done', message: t('readFailed') });
    }
  }

  function check() {
    if (!file || !worker.current) return;
    setSaved({ ...(saved ?? {}), [headerShape(file.headers)]: { kind, mapping } });
    setPhase({ step: 'checking', done: 0, total: file.rowCount });
    worker.current.send({ type: 'check', kind, mapping, accounts: accounts.data ?? [], importedAt: new Date().toISOString() });
  }

  function cancel() {
    cancelled.current = true;
    worker.current?.stop();
    worker.current = null;
    setFile(null);
    setPhase((p) => ({
      step: 'done',
      message: p.step === 'saving' ? t('cancelledSaving', { count: format.number(p.done) }) : t('cancelled'),
    }));
  }

  async function save(checked: Checked) {
    const current = worker.current;
    if (!current) return;
    cancelled.current = false;
    const totals = { added: 0, replaced: 0, unchanged: 0 };
    for (let index = 0; index * IMPORT_SAVE_BATCH < checked.goodCount; index++) {
      setPhase({ step: 'saving', checked, done: index * IMPORT_SAVE_BATCH });
      const batch = await new Promise<FromWorker & { type: 'batch' }>((resolve) => {
        batchWaiters.current.set(index, resolve);
        current.send({ type: 'batch', index, size: IMPORT_SAVE_BATCH });
      });
      batchWaiters.current.delete(index);
      if (cancelled.current) return;
      const answer = await importsClient.save(batch.rows);
      if (cancelled.current) return;
      if (!answer.ok) return setPhase({ step: 'done', message: t('saveFailed', { kind: answer.error.kind }) });
      totals.added += answer.value.added;
      totals.replaced += answer.value.replaced;
      totals.unchanged += answer.value.unchanged;
    }
    setPhase({
      step: 'done',
      message: t('saved', {
        added: format.number(totals.added),
        replaced: format.number(totals.replaced),
        unchanged: format.number(totals.unchanged),
      }),
    });
  }

  const missing = file ? missingFields(kind, mapping) : [];
  return (
    <main aria-label={t('title')} className="sl-options">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('accountsNote', { count: accounts.data?.length ?? '…' })}</p>
      <label>
        {t('file')}{' '}
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            // Cleared so that choosing the same file again (next month's re-import) reads it again.
            e.target.value = '';
            if (chosen) void chooseFile(chosen);
          }}
        />
      </label>
      {file && (phase.step === 'read' || phase.step === 'checked') ? (
        <>
          <ImportSetup
            file={file}
            kind={kind}
            mapping={mapping}
            remembered={remembered}
            onKind={(k) => {
              setKind(k);
              setMapping(guessMapping(file.headers, k));
              setRemembered(false);
              setPhase({ step: 'read' });
            }}
            onMap={(field, column) => {
              const { [field]: _old, ...rest } = mapping;
              setMapping(column === null ? rest : { ...rest, [field]: column });
              setPhase({ step: 'read' });
            }}
          />
          {missing.length ? (
            <p role="alert">{t('missing', { fields: missing.map((f) => t(`field.${f}` as ImportMessageKey)).join(', ') })}</p>
          ) : null}
          <button type="button" onClick={check} disabled={missing.length > 0 || !accounts.data}>
            {t('check')}
          </button>
        </>
      ) : null}
      {phase.step === 'reading' ? <ImportProgress label={t('checking')} done={0} total={1} onCancel={cancel} /> : null}
      {phase.step === 'checking' ? <ImportProgress label={t('checking')} done={phase.done} total={phase.total} onCancel={cancel} /> : null}
      {phase.step === 'saving' ? (
        <ImportProgress label={t('saving')} done={phase.done} total={phase.checked.goodCount} onCancel={cancel} />
      ) : null}
      {phase.step === 'checked' || phase.step === 'saving' ? (
        <ImportReport
          {...phase.checked}
          header={header}
          saving={phase.step === 'saving'}
          onSave={() => void save(phase.checked)}
          onDownloadBad={() =>
            downloadText(
              `${file?.name.replace(/\.[^.]+$/, '') ?? 'import'}-rows-with-problems.csv`,
              phase.checked.badCsv,
              'text/csv;charset=utf-8',
            )
          }
        />
      ) : null}
      {phase.step === 'done' ? <p role="status">{phase.message}</p> : null}
    </main>
  );
}
