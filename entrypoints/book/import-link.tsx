import { ImportLink } from '../../components/import/import-link';
import { importPageUrl } from '../../lib/messages/imports-client';

/** The link to the import page, in a chunk of its own: the first rows do not wait for its words or client. */
export function BookImportLink() {
  return <ImportLink href={importPageUrl()} />;
}
