import { useEffect, useRef, type ReactNode } from 'react';
import { FOCUS_PANEL_MESSAGE } from '../../lib/content/panel-state';
import type { Band } from '../../lib/metrics/health';
import { useT } from '../i18n/i18n-context';
import { BAND_ICON } from './band-label';
import { panelMessages } from './panel-messages';
import { ResizeHandle } from './resize-handle';

/** What the collapsed rail shows of the account. */
export interface RailSummary {
  score: number | null;
  band: Band | null;
  daysLeft: number | null;
}

/** The panel's frame: the page's main landmark, the account header and the collapse control. */
export function PanelShell({
  title,
  subtitle,
  collapsed,
  onToggleCollapsed,
  toolbar,
  rail,
  resize,
  children,
}: {
  /** The stored width and how to change it; no handle without it. */
  resize?: { width: number; onResize: (width: number) => void };
  title: string;
  subtitle?: string;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  toolbar?: ReactNode;
  rail?: RailSummary;
  children: ReactNode;
}) {
  const t = useT(panelMessages);
  const toggle = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const toggled = useRef(false);
  // After the CSM collapses or opens the panel, focus stays on the control that does it again,
  // never falling back to the CRM page.
  useEffect(() => {
    if (toggled.current) toggle.current?.focus();
  }, [collapsed]);
  // The focus command (relayed by the content script) lands on the account's name.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      // Only ever moves focus into this panel, so a message from the page can do no harm.
      if (event.data !== FOCUS_PANEL_MESSAGE) return;
      (heading.current ?? toggle.current)?.focus();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  const onToggle = () => {
    toggled.current = true;
    onToggleCollapsed();
  };
  if (collapsed) {
    // The button's name is its visible text plus words for what the icons only show, so
    // speech input ("click 11") and screen readers agree with the eye.
    return (
      <main className="sl-panel sl-collapsed" aria-label={t('landmark')}>
        <button ref={toggle} type="button" className="sl-tab" aria-expanded="false" onClick={onToggle} data-testid="rail">
          <span className="sl-visually-hidden">
            {t('expand')}: {title}
          </span>
          <span aria-hidden="true" className="sl-rail-open">
            ⟨
          </span>
          {rail?.score != null ? (
            <strong className="sl-rail-score" data-testid="rail-score">
              {rail.score}
            </strong>
          ) : null}
          {rail?.band ? (
            <span className={`sl-rail-icon sl-band-${rail.band}`}>
              <span aria-hidden="true">{BAND_ICON[rail.band]}</span>
              <span className="sl-visually-hidden">{t(`band.${rail.band}`)}</span>
            </span>
          ) : null}
          {rail?.daysLeft != null ? (
            <span className="sl-rail-days" data-testid="rail-days">
              {t('railDaysShort', { days: rail.daysLeft })}
            </span>
          ) : null}
        </button>
      </main>
    );
  }
  return (
    <main className="sl-panel" aria-label={t('landmark')}>
      {resize ? <ResizeHandle {...resize} /> : null}
      <header className="sl-panel-header">
        <div className="sl-title">
          <h1 ref={heading} tabIndex={-1} data-testid="account-name">
            {title}
          </h1>
          {subtitle ? <p className="sl-subtitle">{subtitle}</p> : null}
        </div>
        <div className="sl-toolbar">
          {toolbar}
          <button ref={toggle} type="button" aria-expanded="true" aria-label={t('collapse')} title={t('collapse')} onClick={onToggle}>
            <span aria-hidden="true">⟩</span>
          </button>
        </div>
      </header>
      <div className="sl-panel-body">{children}</div>
    </main>
  );
}
