import { useEffect, useId, useRef, useState } from 'react';
import type { Note } from '../../lib/store/note-schema';
import { useT } from '../i18n/i18n-context';
import { notesMessages } from './notes-messages';

type Step = 'idle' | 'confirming' | 'sharing' | 'shared';

/**
 * "Save to CRM" with a confirmation first: a note in the CRM is read by everyone on the account,
 * so one stray click (or a click a page tricked out of the CSM) must not publish it. Escape or
 * Cancel takes the focus back to the button; a double click on the confirmation shares once.
 */
export function ShareControl({ note, onShare }: { note: Note; onShare: (note: Note) => Promise<boolean> }) {
  const t = useT(notesMessages);
  const questionId = useId();
  const [step, setStep] = useState<Step>('idle');
  const button = useRef<HTMLButtonElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const chip = useRef<HTMLSpanElement>(null);
  const busy = useRef(false);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    if (step === 'confirming') yes.current?.focus();
    else if (step === 'shared') chip.current?.focus();
    else if (step === 'idle') button.current?.focus();
  }, [step]);

  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };
  const confirm = async () => {
    if (busy.current) return;
    busy.current = true;
    setStep('sharing');
    const ok = await onShare(note);
    busy.current = false;
    go(ok ? 'shared' : 'idle');
  };
  const cancel = () => {
    if (!busy.current) go('idle');
  };

  if (note.remote || step === 'shared') {
    return (
      <span ref={chip} tabIndex={-1} className="sl-chip">
        {t('shared')}
      </span>
    );
  }
  return (
    <>
      <button ref={button} type="button" aria-expanded={step !== 'idle'} onClick={() => step === 'idle' && go('confirming')}>
        {t('share')}
      </button>
      {step === 'confirming' || step === 'sharing' ? (
        <span
          role="group"
          aria-labelledby={questionId}
          className="sl-confirm"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            cancel();
          }}
        >
          <span id={questionId}>{t('shareConfirm')}</span>{' '}
          <button ref={yes} type="button" className="sl-primary" aria-disabled={step === 'sharing'} onClick={() => void confirm()}>
            {step === 'sharing' ? t('sharing') : t('shareConfirmYes')}
          </button>{' '}
          <button type="button" aria-disabled={step === 'sharing'} onClick={cancel}>
            {t('cancel')}
          </button>
        </span>
      ) : null}
    </>
  );
}
