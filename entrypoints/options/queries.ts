import { queryOptions, skipToken } from '@tanstack/react-query';
import { crmClient } from '../../lib/messages/crm-client';
import type { RecordRef } from '../../lib/pages/record-ref';

// The settings page's queries, one factory each.

/** The schema of the org behind a record, and that account's raw values (guided mapping); waits without a record. */
export const crmSchemaQuery = (ref: RecordRef | null) =>
  queryOptions({ queryKey: ['crm-schema', ref], queryFn: ref ? () => crmClient.readSchema(ref) : skipToken, staleTime: 60_000 });
