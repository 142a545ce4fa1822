import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';
import { panelMessages } from './panel-messages';

/** The panel's frame: the named landmark, the account header and the collapse control. */
export function PanelShell({
  title,
  subtitle,
  collapsed,
  onToggleCollapsed,
  toolbar,
  children,
}: {
  title: string;
  subtitle?: string;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  toolbar?: ReactNode;
  children: ReactNode;
}) {
  const t = useT(panelMessages);
  if (collapsed) {
    return (
      <aside className="sl-panel sl-collapsed" aria-label={t('landmark')}>
        <button type="button" className="sl-tab" aria-expanded="false" aria-label={t('expand')} onClick={onToggleCollapsed}>
          <span aria-hidden="true">SL</span>
        </button>
      </aside>
    );
  }
  return (
    <aside className="sl-panel" aria-label={t('landmark')}>
      <header className="sl-panel-header">
        <div className="sl-title">
          <h1 data-testid="account-name">{title}</h1>
          {subtitle ? <p className="sl-subtitle">{subtitle}</p> : null}
        </div>
        <div className="sl-toolbar">
          {toolbar}
          <button type="button" aria-expanded="true" aria-label={t('collapse')} title={t('collapse')} onClick={onToggleCollapsed}>
            <span aria-hidden="true">⟩</span>
          </button>
        </div>
      </header>
      <div className="sl-panel-body">{children}</div>
    </aside>
  );
}
