import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DraftSchema, NoteSchema, type Draft, type Note, type NoteInput } from '../store/note-schema';
import type { NoteFilter } from '../store/notes';
import type { StoreResult } from '../store/store-errors';
import type { Request } from './messages';

// The panel's notes, kept by the background (the panel frame may not open IndexedDB itself).
const send = (request: Request) => browser.runtime.sendMessage(request) as Promise<unknown>;

const StoreErrorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quota-exceeded') }),
  z.object({ kind: z.literal('conflict'), current: NoteSchema }),
  z.object({ kind: z.literal('not-found') }),
  z.object({ kind: z.literal('failed'), detail: z.string() }),
  z.object({ kind: z.literal('invalid'), detail: z.string() }),
]);
const NoteResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: NoteSchema }),
  z.object({ ok: z.literal(false), error: StoreErrorSchema }),
]);

async function noteResult(request: Request): Promise<StoreResult<Note>> {
  const parsed = NoteResultSchema.safeParse(await send(request));
  return parsed.success ? parsed.data : { ok: false, error: { kind: 'failed', detail: 'unexpected answer from the background' } };
}

export const notesApi = {
  async list(accountKey: string, filter: NoteFilter = {}): Promise<Note[]> {
    return z.array(NoteSchema).parse(await send({ type: 'notes-list', accountKey, filter }));
  },
  create: (input: NoteInput) => noteResult({ type: 'note-create', input }),
  update: (id: string, input: NoteInput, baseRevision: number) => noteResult({ type: 'note-update', id, input, baseRevision }),
  remove: (id: string) => noteResult({ type: 'note-delete', id }),
  restore: (id: string) => noteResult({ type: 'note-restore', id }),
  async listAll(): Promise<Note[]> {
    return z.array(NoteSchema).parse(await send({ type: 'notes-list-all' }));
  },
  async tagSuggestions(prefix: string): Promise<string[]> {
    const parsed = z.array(z.string()).safeParse(await send({ type: 'tag-suggestions', prefix }));
    return parsed.success ? parsed.data : [];
  },
  async saveDraft(key: string, draft: Draft): Promise<void> {
    await send({ type: 'draft-save', key, draft });
  },
  async loadDraft(key: string): Promise<Draft | null> {
    const parsed = DraftSchema.nullable().safeParse(await send({ type: 'draft-load', key }));
    return parsed.success ? parsed.data : null;
  },
  async clearDraft(key: string): Promise<void> {
    await send({ type: 'draft-clear', key });
  },
};
export type NotesApi = typeof notesApi;

/** VOC captures: a small window on a quote, filed once. */
export const captureApi = {
  /** Opens the capture window on a quote; false when the background did not. */
  async open(capture: Extract<Request, { type: 'voc-capture' }>['capture']): Promise<boolean> {
    return z.object({ ok: z.literal(true) }).safeParse(await send({ type: 'voc-capture', capture })).success;
  },
  /** Files a capture once, however often it is sent. */
  save: (captureId: string, input: NoteInput) => noteResult({ type: 'capture-save', captureId, input }),
};

const RestoreAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.record(z.string(), z.number()) }),
  z.object({ ok: z.literal(false), error: z.object({ kind: z.string(), reason: z.string().optional(), detail: z.string().optional() }) }),
]);

/** Backups are made and merged by the background, the store's one writer. */
export const backupApi = {
  async exportBackup(): Promise<unknown> {
    return send({ type: 'backup-export' });
  },
  async restore(backup: unknown): Promise<z.infer<typeof RestoreAnswerSchema>> {
    const parsed = RestoreAnswerSchema.safeParse(await send({ type: 'backup-restore', backup }));
    return parsed.success ? parsed.data : { ok: false, error: { kind: 'failed', detail: 'unexpected answer from the background' } };
  },
};
