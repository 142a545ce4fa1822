import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { useFormat, useT } from '../i18n/i18n-context';
import { issueWords, type FieldFormat } from './issue-words';
import { optionsMessages } from './options-messages';
import { validationMessages } from './validation-messages';

/** One editable setting: where it lives in the settings object and how it is typed in. */
export interface FieldSpec {
  path: readonly string[];
  label: string;
  kind: 'text' | 'number' | 'list';
  hint?: string;
  /** What a text field holds, so a badly formed value gets a sentence that says what fits. */
  format?: FieldFormat;
}

const getAt = (obj: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), obj);

function setAt<T>(obj: T, path: readonly string[], value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const container = obj as Record<string, unknown>;
  const next = rest.length ? setAt(container[head] ?? {}, rest, value) : value;
  // Arrays stay arrays (milestones are a list), objects stay objects.
  if (Array.isArray(obj)) return Object.assign([...obj], { [head]: next }) as T;
  return { ...container, [head]: next } as T;
}

const toText = (kind: FieldSpec['kind'], v: unknown) =>
  kind === 'list' && Array.isArray(v) ? v.join(', ') : v === undefined || v === null ? '' : String(v);
const fromText = (kind: FieldSpec['kind'], text: string): unknown =>
  kind === 'number'
    ? text.trim() === ''
      ? Number.NaN
      : Number(text)
    : kind === 'list'
      ? text
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : text.trim();

/**
 * A settings section edited as text fields and saved only when the whole section passes its
 * schema; each invalid field says what is wrong beside it, and nothing half-valid is stored.
 */
export function SettingsForm<S extends z.ZodType>({
  title,
  schema,
  value,
  fields,
  onSave,
  children,
}: {
  title: string;
  schema: S;
  value: z.infer<S>;
  fields: readonly FieldSpec[];
  onSave: (next: z.infer<S>) => Promise<void>;
  children?: ReactNode;
}) {
  const t = useT(optionsMessages);
  const v = useT(validationMessages);
  const format = useFormat();
  const formId = useId();
  const [texts, setTexts] = useState<string[]>(() => fields.map((f) => toText(f.kind, getAt(value, f.path))));
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid' | 'failed'>('idle');
  useEffect(() => setTexts(fields.map((f) => toText(f.kind, getAt(value, f.path)))), [value, fields]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let draft: unknown = value;
    fields.forEach((f, i) => (draft = setAt(draft, f.path, fromText(f.kind, texts[i]!))));
    const parsed = schema.safeParse(draft);
    if (!parsed.success) {
      const byField: Record<number, string> = {};
      for (const issue of parsed.error.issues) {
        const index = Math.max(
          0,
          fields.findIndex((f) => f.path.every((p, k) => String(issue.path[k]) === p)),
        );
        // The first complaint per field: the one to fix first.
        byField[index] ??= issueWords(issue, fields[index]?.format, v, (n) => format.number(n));
      }
      setErrors(byField);
      setStatus('invalid');
      return;
    }
    setErrors({});
    try {
      await onSave(parsed.data);
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <form className="sl-settings-form" aria-labelledby={`${formId}-title`} onSubmit={submit} noValidate>
      <h2 id={`${formId}-title`}>{title}</h2>
      {children}
      <div className="sl-fields">
        {fields.map((f, i) => {
          const id = `${formId}-field-${i}`;
          // Hint and error sit beside the field, outside its label: they describe it, they are not its name.
          const described = [f.hint ? `${id}-hint` : '', errors[i] ? `${id}-err` : ''].filter(Boolean).join(' ');
          return (
            <div key={f.path.join('.')} className="sl-field">
              <label htmlFor={id}>{f.label}</label>
              <input
                id={id}
                type={f.kind === 'number' ? 'number' : 'text'}
                value={texts[i]}
                aria-invalid={errors[i] ? true : undefined}
                aria-describedby={described || undefined}
                onChange={(e) => {
                  const next = [...texts];
                  next[i] = e.target.value;
                  setTexts(next);
                  setStatus('idle');
                }}
              />
              {f.hint ? <small id={`${id}-hint`}>{f.hint}</small> : null}
              {errors[i] ? (
                <small className="sl-field-error" id={`${id}-err`}>
                  {errors[i]}
                </small>
              ) : null}
            </div>
          );
        })}
      </div>
      <p role="status" className="sl-form-status">
        {status === 'saved' ? t('saved') : status === 'invalid' ? t('invalid') : status === 'failed' ? t('saveFailed') : ''}
      </p>
      <button type="submit">{t('save')}</button>
    </form>
  );
}
