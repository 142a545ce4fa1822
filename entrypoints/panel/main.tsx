import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleRoot } from '../../components/i18n/locale-root';
import '../../components/panel/panel.css';
import { PanelApp } from './app';
import { createPanelQueryClient } from './query-client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={createPanelQueryClient()}>
      <LocaleRoot>
        <PanelApp />
      </LocaleRoot>
    </QueryClientProvider>
  </StrictMode>,
);
