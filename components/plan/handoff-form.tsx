import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Contact } from '../../lib/crm/snapshot';
import type { Handoff } from '../../lib/plan/plan-schema';
import { useT } from '../i18n/i18n-context';
import { planMessages } from './plan-messages';
import type { SaveEdit } from './save-edit';

const EMPTY: Handoff = { promised: '', customerGoals: '', people: [], risks: '' };
const same = (a: Handoff | null, b: Handoff | null) => JSON.stringify(a ?? EMPTY) === JSON.stringify(b ?? EMPTY);

/** What sales handed over: filled once, editable; key people picked from the CRM's contacts. */
export function HandoffForm({ handoff, contacts, save }: { handoff: Handoff | null; contacts: readonly Contact[]; save: SaveEdit }) {
  const t = useT(planMessages);
  const listId = useId();
  const [draft, setDraft] = useState<Handoff>(handoff ?? EMPTY);
  const [base, setBase] = useState<Handoff | null>(handoff);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const dirty = !same(draft, base);

  // Another tab's save shows here while the CSM has nothing unsaved.
  useEffect(() => {
    if (!dirty && !same(handoff, base)) {
      setDraft(handoff ?? EMPTY);
      setBase(handoff);
    }
  }, [handoff, base, dirty]);

  const change = (patch: Partial<Handoff>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setMessage(null);
  };
  const setPerson = (i: number, patch: Partial<Handoff['people'][number]>) => {
    const people = draft.people.map((p, j) => (j === i ? { ...p, ...patch } : p));
    // A contact's name brings their title as the role, when none was typed.
    const contact = patch.name ? contacts.find((c) => c.name === patch.name) : undefined;
    if (contact?.title && !people[i]!.role) people[i] = { ...people[i]!, role: contact.title };
    change({ people });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = { ...draft, people: draft.people.filter((p) => p.name.trim()) };
    const result = await save({ kind: 'handoff', value, base });
    if (result.ok) {
      setDraft(value);
      setBase(value);
      setMessage({ text: t('handoffSaved'), alert: false });
    } else {
      if (result.current) setBase(result.current.handoff);
      setMessage({ text: result.message, alert: true });
    }
  };

  return (
    <form className="sl-plan-form" aria-label={t('handoff')} onSubmit={submit}>
      <label className="sl-field">
        <span>{t('promised')}</span>
        <textarea rows={3} value={draft.promised} onChange={(e) => change({ promised: e.target.value })} />
      </label>
      <label className="sl-field">
        <span>{t('customerGoals')}</span>
        <textarea rows={2} value={draft.customerGoals} onChange={(e) => change({ customerGoals: e.target.value })} />
      </label>
      <fieldset>
        <legend>{t('people')}</legend>
        <datalist id={listId}>
          {contacts.map((c) => (
            <option key={c.id} value={c.name} />
          ))}
        </datalist>
        {draft.people.map((person, i) => (
          <p key={i} className="sl-inline-form">
            <label className="sl-field">
              <span>{t('personName')}</span>
              <input list={listId} value={person.name} onChange={(e) => setPerson(i, { name: e.target.value })} />
            </label>
            <label className="sl-field">
              <span>{t('personRole')}</span>
              <input value={person.role} onChange={(e) => setPerson(i, { role: e.target.value })} />
            </label>
            <button type="button" onClick={() => change({ people: draft.people.filter((_, j) => j !== i) })}>
              {t('removePerson', { name: person.name || `#${i + 1}` })}
            </button>
          </p>
        ))}
        <button type="button" onClick={() => change({ people: [...draft.people, { name: '', role: '' }] })}>
          {t('addPerson')}
        </button>
      </fieldset>
      <label className="sl-field">
        <span>{t('risks')}</span>
        <textarea rows={2} value={draft.risks} onChange={(e) => change({ risks: e.target.value })} />
      </label>
      {message ? (
        <p className={message.alert ? 'sl-error' : 'sl-muted'} role={message.alert ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {message?.alert && base && !same(base, draft) ? <p className="sl-quote">{base.promised}</p> : null}
      <button type="submit" disabled={!dirty}>
        {t('saveHandoff')}
      </button>
    </form>
  );
}
