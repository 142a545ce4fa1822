import { z } from 'zod';
import type { CrmResult } from '../crm/errors';
import { AccountSnapshotSchema, type AccountSnapshot } from '../crm/snapshot';
import { CrmSchemaSchema, type CrmSchema } from '../crm/schema';
import type { ConnectionInfo } from '../crm/connector';
import type { Crm, RecordRef } from '../pages/record-ref';
import { NoteSchema, SharedPlanSchema, type Note, type SharedPlan } from '../store/note-schema';
import { ask } from './ask';

// The CRM as extension pages see it: every call goes through the background, which holds the
// sessions and tokens and makes the requests. Answers are parsed on arrival like any boundary.

const ConnectionInfoSchema = z.object({ source: z.string(), apiHost: z.string(), details: z.record(z.string(), z.string()).optional() });
const ConnectionsSchema = z.array(ConnectionInfoSchema);

export const crmClient = {
  loadSnapshot: (ref: RecordRef): Promise<CrmResult<AccountSnapshot>> => ask({ type: 'snapshot-load', ref }, AccountSnapshotSchema),
  shareNote: (id: string, ref: RecordRef): Promise<CrmResult<Note>> => ask({ type: 'note-share', id, ref }, NoteSchema),
  /** The account plan's summary as the account's one plan note in the CRM, updated in place on later saves. */
  sharePlan: (ref: RecordRef, plan: { accountKey: string; accountName: string }, body: string): Promise<CrmResult<SharedPlan>> =>
    ask({ type: 'plan-share', ref, accountKey: plan.accountKey, accountName: plan.accountName, body }, SharedPlanSchema),
  checkConnection: (crm: Crm, host: string, source?: string): Promise<CrmResult<ConnectionInfo>> =>
    ask({ type: 'connection-check', crm, host, ...(source ? { source } : {}) }, ConnectionInfoSchema),
  readSchema: (ref: RecordRef): Promise<CrmResult<{ schema: CrmSchema; accountValues: Record<string, unknown> | null }>> =>
    ask({ type: 'crm-schema', ref }, z.object({ schema: CrmSchemaSchema, accountValues: z.record(z.string(), z.unknown()).nullable() })),
  connect: (crm: Crm, token: string): Promise<CrmResult<ConnectionInfo>> => ask({ type: 'crm-connect', crm, token }, ConnectionInfoSchema),
  /** OAuth sign-in in the browser's sign-in window (the background runs it and keeps the tokens). */
  signIn: (crm: Crm, host: string, clientId: string): Promise<CrmResult<ConnectionInfo>> =>
    ask({ type: 'crm-sign-in', crm, host, clientId }, ConnectionInfoSchema),
  disconnect: (crm: Crm, source: string): Promise<CrmResult<null>> => ask({ type: 'crm-disconnect', crm, source }, z.null()),
  connections: (crm: Crm): Promise<CrmResult<ConnectionInfo[]>> => ask({ type: 'crm-connections', crm }, ConnectionsSchema),
};
