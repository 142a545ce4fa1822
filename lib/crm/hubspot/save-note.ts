import { z } from 'zod';
import type { ConnectorCache, SharedNote } from '../connector';
import { crmError, type CrmResult } from '../errors';
import { hubspotJson, type HubSpotHttp } from './client';
import { HsObjectSchema } from './schemas';

/** HubSpot-defined association type "note to company". */
export const NOTE_TO_COMPANY = 190;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A short stable digest (cyrb53) of a note: its idempotency key. */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export const noteKey = (portalId: string, companyId: string, note: SharedNote) =>
  `hubspot:${portalId}:note:${companyId}:${digest(`${note.title}\u0000${note.body}`)}`;

const Saved = z.object({ id: z.string().min(1) });
// Saves in flight, by key: a second click or a second tab waits for the first instead of posting again.
const inFlight = new Map<string, Promise<CrmResult<{ id: string }>>>();

/** A note's body as HubSpot keeps it: HTML, the title in bold, the CSM's text escaped line by line. */
const noteHtml = (note: SharedNote) =>
  [`<p><strong>${escapeHtml(note.title)}</strong></p>`, ...note.body.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`)].join('');

/** The request body of a note on a company. */
export function noteRequest(companyId: string, note: SharedNote, now: Date) {
  const html = noteHtml(note);
  return {
    properties: { hs_timestamp: now.toISOString(), hs_note_body: html },
    // Numeric, as the documented request has it (HubSpot ids stay far below 2^53).
    associations: [
      { to: { id: Number(companyId) }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: NOTE_TO_COMPANY }] },
    ],
  };
}

/**
 * Shares a note with the team as a HubSpot note on the company, once: the same note (same
 * company, title and body) returns the note made the first time, from the connector cache, and a
 * save already under way is awaited rather than repeated.
 */
export async function saveNoteToHubSpot(
  http: HubSpotHttp,
  cache: ConnectorCache,
  target: { portalId: string; companyId: string },
  note: SharedNote,
  now: Date,
): Promise<CrmResult<{ id: string }>> {
  const key = noteKey(target.portalId, target.companyId, note);
  const running = inFlight.get(key);
  if (running) return running;
  const work = (async (): Promise<CrmResult<{ id: string }>> => {
    const saved = Saved.safeParse(await cache.get(key).catch(() => undefined));
    if (saved.success) return { ok: true, value: { id: saved.data.id } };
    const created = await hubspotJson(http, '/crm/v3/objects/notes', HsObjectSchema, {
      method: 'POST',
      body: noteRequest(target.companyId, note, now),
    });
    if (!created.ok) return created;
    await cache.set(key, { id: created.value.id }).catch(() => undefined);
    return { ok: true, value: { id: created.value.id } };
  })();
  inFlight.set(key, work);
  try {
    return await work;
  } finally {
    inFlight.delete(key);
  }
}

/**
 * Rewrites a shared note in place (PATCH /crm/v3/objects/notes/{id}); its association to the
 * company and its timestamp stay. A note deleted in the portal answers 404.
 */
export async function updateNoteInHubSpot(http: HubSpotHttp, noteId: string, note: SharedNote): Promise<CrmResult<{ id: string }>> {
  if (!/^\d+$/.test(noteId)) return { ok: false, error: crmError('bad-request', `Not a HubSpot note id: ${noteId.slice(0, 40)}`) };
  const updated = await hubspotJson(http, `/crm/v3/objects/notes/${noteId}`, HsObjectSchema, {
    method: 'PATCH',
    body: { properties: { hs_note_body: noteHtml(note) } },
  });
  return updated.ok ? { ok: true, value: { id: updated.value.id } } : updated;
}
