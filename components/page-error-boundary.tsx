import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './i18n/i18n-context';
import type { Dictionary } from '../lib/i18n/translate';

const messages = {
  en: {
    title: 'Something went wrong on this page.',
    body: 'Your notes and settings are safe: they are stored apart from this page. Try again; if it keeps happening, reload the page or the extension.',
    retry: 'Try again',
  },
  ko: {
    title: '이 페이지에서 문제가 생겼습니다.',
    body: '메모와 설정은 이 페이지와 따로 저장되어 있어 안전합니다. 다시 시도하고, 계속되면 페이지나 확장 프로그램을 다시 로드하세요.',
    retry: '다시 시도',
  },
} satisfies Dictionary<string>;

function Fallback({ onRetry }: { onRetry: () => void }) {
  const t = useT(messages);
  return (
    <div role="alert" className="sl-error">
      <p>
        <strong>{t('title')}</strong>
      </p>
      <p>{t('body')}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}

/**
 * One per extension page: an error nobody caught while rendering ends as a sentence with Retry,
 * never a blank page. Retry renders the page again (and lets the caller refetch its data).
 */
export class PageErrorBoundary extends Component<{ children: ReactNode; onRetry?: () => void }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[Success Lens] page failed to render', error, info.componentStack);
  }

  private retry = () => {
    this.props.onRetry?.();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    return this.state.failed ? <Fallback onRetry={this.retry} /> : this.props.children;
  }
}
