import { IMPORT_KINDS, KIND_FIELDS, type ImportKind } from '../../lib/imports/kinds';
import type { ColumnMapping } from '../../lib/imports/columns';
import { useFormat, useT } from '../i18n/i18n-context';
import { importMessages, type ImportMessageKey } from './import-messages';

export interface ReadFile {
  name: string;
  headers: string[];
  preview: string[][];
  rowCount: number;
  delimiter: string;
  encoding: string;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma (,)', '\t': 'tab', ';': 'semicolon (;)', '|': 'bar (|)' };

/** The file's first rows, what it holds, and which column is which. */
export function ImportSetup({
  file,
  kind,
  mapping,
  remembered,
  onKind,
  onMap,
}: {
  file: ReadFile;
  kind: ImportKind;
  mapping: ColumnMapping;
  remembered: boolean;
  onKind: (kind: ImportKind) => void;
  onMap: (field: string, column: number | null) => void;
}) {
  const t = useT(importMessages);
  const format = useFormat();
  return (
    <>
      <p data-testid="import-file">
        {t('fileRead', {
          rows: format.number(file.rowCount),
          encoding: file.encoding === 'euc-kr' ? 'CP949 (EUC-KR)' : 'UTF-8',
          delimiter: DELIMITER_NAMES[file.delimiter] ?? file.delimiter,
        })}
      </p>
      <div className="sl-table-scroll">
        <table aria-label={t('preview')}>
          <thead>
            <tr>
              {file.headers.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {file.preview.map((row, r) => (
              <tr key={r}>
                {file.headers.map((_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label>
        {t('kind')}{' '}
        <select value={kind} onChange={(e) => onKind(e.target.value as ImportKind)}>
          {IMPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('mapping')}</legend>
        {remembered ? <p>{t('rememberedMapping')}</p> : null}
        {KIND_FIELDS[kind].map((f) => (
          <label key={f.id} className="sl-field">
            {t(`field.${f.id}` as ImportMessageKey)} {f.required ? t('required') : ''}{' '}
            <select value={mapping[f.id] ?? ''} onChange={(e) => onMap(f.id, e.target.value === '' ? null : Number(e.target.value))}>
              <option value="">{t('notMapped')}</option>
              {file.headers.map((h, i) => (
                <option key={i} value={i}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
    </>
  );
}
