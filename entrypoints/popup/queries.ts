import { queryOptions } from '@tanstack/react-query';
import { latestSnapshotPerAccount } from '../../lib/store/snapshot-list';

// The popup's own queries, one factory each; the renewal checklist is the panel's
// (entrypoints/panel/queries.ts checklistQuery), so both pages key it alike.

/** The latest stored snapshot of every account: the popup reads the extension's IndexedDB itself. */
export const portfolioQuery = () => queryOptions({ queryKey: ['portfolio'], queryFn: latestSnapshotPerAccount });
