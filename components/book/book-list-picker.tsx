import { useQuery } from '@tanstack/react-query';
import { bookSourceKey, type BookList, type BookSource } from '../../lib/crm/book';
import { crmError } from '../../lib/crm/errors';
import type { BookListsApi } from '../../lib/messages/book-lists-client';
import type { BookSettings } from '../../lib/settings/book-settings';
import { useT } from '../i18n/i18n-context';
import { useCrmErrorText } from '../panel/use-crm-error-text';
import { bookMessages } from './book-messages';
import { bookListsQuery, bookSourcesQuery } from './list-queries';
import { useBookPlace } from './use-book-place';

type Api = Pick<BookListsApi, 'sources' | 'lists'>;

/** One org's or portal's list: a select filled from the CRM when it shows, with its loading, error and empty states in words. */
function SourceListPicker({
  api,
  source,
  chosen,
  onChoose,
}: {
  api: Api;
  source: BookSource;
  chosen: BookList | undefined;
  onChoose: (list: BookList) => void;
}) {
  const t = useT(bookMessages);
  const place = useBookPlace();
  const errorText = useCrmErrorText(source.crm);
  const where = place.ofSource(source);
  const words = place.listWords(source.crm);
  const lists = useQuery(bookListsQuery(api, source));
  const id = `book-list-${bookSourceKey(source).replace(/[^\w-]/g, '-')}`;
  if (lists.isPending) return <p role="status">{t('listsLoading', { list: words.list, place: where })}</p>;
  const answer = lists.isError ? { ok: false as const, error: crmError('internal', String(lists.error)) } : lists.data;
  if (!answer.ok) {
    const { message, nextStep } = errorText(answer.error);
    return (
      <p role="alert" data-testid="book-list-error">
        {t('listsFailed', { list: words.list, place: where, message, next: nextStep })}
      </p>
    );
  }
  const offered = answer.value;
  if (offered.length === 0) return <p data-testid="book-list-empty">{`${where}: ${words.none}`}</p>;
  // A list chosen before that the CRM no longer offers stays visible as chosen, said to be gone.
  const gone = chosen && !offered.some((l) => l.id === chosen.id) ? chosen : null;
  return (
    <p>
      <label htmlFor={id}>{t('listFor', { list: words.list, place: where })}</label>{' '}
      <select
        id={id}
        value={chosen?.id ?? ''}
        onChange={(e) => {
          const list = offered.find((l) => l.id === e.target.value);
          if (list) onChoose(list);
        }}
      >
        {chosen ? null : (
          <option value="" disabled>
            {t('listChoose', { list: words.list })}
          </option>
        )}
        {gone ? <option value={gone.id}>{t('listGone', { label: gone.label })}</option> : null}
        {offered.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </select>
    </p>
  );
}

/**
 * The "list" scope's choices: for each org and portal a refresh reads, the list it reads, chosen
 * from what the CRM offers (read only while this shows, through our own page: never from a frame).
 */
export function BookListPicker({ api, value, onChange }: { api: Api; value: BookSettings; onChange: (next: BookSettings) => void }) {
  const t = useT(bookMessages);
  const sources = useQuery(bookSourcesQuery(api));
  const answer = sources.isError ? { ok: false as const, error: crmError('internal', String(sources.error)) } : sources.data;
  let body;
  if (!answer) body = <p role="status">{t('sourcesLoading')}</p>;
  else if (!answer.ok) body = <p role="alert">{t('sourcesFailed', { detail: answer.error.detail })}</p>;
  else if (answer.value.length === 0) body = <p>{t('noSources')}</p>;
  else
    body = answer.value.map((source) => {
      const key = bookSourceKey(source);
      return (
        <SourceListPicker
          key={key}
          api={api}
          source={source}
          chosen={value.lists[key]}
          onChoose={(list) => onChange({ ...value, lists: { ...value.lists, [key]: list } })}
        />
      );
    });
  return (
    <fieldset data-testid="book-lists">
      <legend>{t('listsTitle')}</legend>
      {body}
    </fieldset>
  );
}
