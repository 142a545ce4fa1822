import type { ReactNode } from 'react';
import type { PartCut } from '../../lib/crm/snapshot';
import { CutNotice } from '../shown-count';

/** What a panel section can be showing; each section has its own, so one failure blanks only itself. */
export type SectionState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string; nextStep?: string; action?: { label: string; run: () => void } }
  | { kind: 'empty'; message: string }
  | { kind: 'ready' };

export function Section({
  id,
  title,
  state,
  asOf,
  cut,
  children,
}: {
  id: string;
  title: string;
  state: SectionState;
  asOf?: string;
  /** The CRM's answer was cut short: the section says so above what it shows. */
  cut?: PartCut;
  children?: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section className="sl-section" aria-labelledby={headingId} aria-busy={state.kind === 'loading'}>
      <header className="sl-section-header">
        <h2 id={headingId}>{title}</h2>
        {asOf && state.kind === 'ready' ? <span className="sl-as-of">{asOf}</span> : null}
      </header>
      {state.kind === 'loading' ? (
        <div className="sl-skeleton" role="status">
          <span className="sl-visually-hidden">{title} …</span>
        </div>
      ) : state.kind === 'error' ? (
        <div className="sl-error" role="alert">
          <p>{state.message}</p>
          {state.nextStep ? <p className="sl-next-step">{state.nextStep}</p> : null}
          {state.action ? (
            <button type="button" onClick={state.action.run}>
              {state.action.label}
            </button>
          ) : null}
        </div>
      ) : state.kind === 'empty' ? (
        <p className="sl-empty">{state.message}</p>
      ) : (
        <>
          {cut ? <CutNotice cut={cut} testId={`${id}-cut`} /> : null}
          {children}
        </>
      )}
    </section>
  );
}
