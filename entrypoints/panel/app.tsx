import { useStoredValue } from '../../components/hooks/use-stored-value';
import { useT } from '../../components/i18n/i18n-context';
import { panelMessages } from '../../components/panel/panel-messages';
import { PanelShell } from '../../components/panel/panel-shell';
import { Section } from '../../components/panel/section';
import { panelCollapsed } from '../../lib/browser/ui-state';
import { useHashRecord } from './use-hash-record';

export function PanelApp() {
  const t = useT(panelMessages);
  const ref = useHashRecord();
  const [collapsed, setCollapsed] = useStoredValue(panelCollapsed);
  if (!ref) {
    return <p className="sl-empty">{t('noRecord')}</p>;
  }
  const typeLabel = t(`object.${ref.objectType}` as keyof typeof panelMessages.en);
  const title = t('recordFallback', { type: typeLabel, id: ref.recordId });
  const empty = { kind: 'empty', message: t('loading') } as const;
  return (
    <PanelShell title={title} collapsed={collapsed ?? false} onToggleCollapsed={() => setCollapsed(!collapsed)}>
      <Section id="health" title={t('health')} state={empty} />
      <Section id="renewal" title={t('renewal')} state={empty} />
      <Section id="tickets" title={t('tickets')} state={empty} />
      <Section id="nps" title={t('nps')} state={empty} />
      <Section id="notes" title={t('notes')} state={empty} />
    </PanelShell>
  );
}
