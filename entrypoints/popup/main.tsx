import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleRoot } from '../../components/i18n/locale-root';
import '../../components/panel/panel.css';
import { PopupApp } from './app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } })}>
      <LocaleRoot>
        <PopupApp />
      </LocaleRoot>
    </QueryClientProvider>
  </StrictMode>,
);
