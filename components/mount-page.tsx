import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleRoot } from './i18n/locale-root';
import { PageErrorBoundary } from './page-error-boundary';
import { createQueryClient } from './query-client';
import './panel/panel.css';

/**
 * Renders an extension page: strict mode, the one query client set-up, the user's language, an
 * error boundary. `prefetch` starts queries before the first render (a read already under way).
 */
export function mountPage(app: ReactNode, prefetch?: (client: QueryClient) => void): void {
  const queries = createQueryClient();
  prefetch?.(queries);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queries}>
        <LocaleRoot>
          {/* Retry starts the page's queries over as well: a failed answer may be what broke it. */}
          <PageErrorBoundary onRetry={() => queries.resetQueries()}>{app}</PageErrorBoundary>
        </LocaleRoot>
      </QueryClientProvider>
    </StrictMode>,
  );
}
