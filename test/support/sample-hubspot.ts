import { buildSampleBook } from '../sample-crm/book.ts';
import { createHubSpotApi, samplePortals, type HubSpotApiOptions } from '../sample-crm/hubspot-api.ts';
import { sampleRecords } from '../sample-crm/sample-records.ts';

/** A `fetch` that answers from the sample HubSpot portals in-process (no sockets), for unit tests of the connector. */
export function sampleHubSpot(options: HubSpotApiOptions & { today?: Date } = {}) {
  const book = buildSampleBook(options.today ?? new Date('2026-11-22T12:00:00Z'));
  const records = sampleRecords(book);
  const portals = samplePortals(
    book,
    records.hubspot.map((c) => c.id),
  );
  const api = createHubSpotApi(portals, options);
  const fetchFn: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    if (url.host !== 'api.hubapi.com') return new Response('Not found', { status: 404 });
    // The client passes headers as a plain object; lower-case them as an HTTP server sees them.
    const headers = Object.fromEntries(
      Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const answer = await api.handle({ method: init?.method ?? 'GET', url, headers, body: String(init?.body ?? '') });
    if (!answer) return new Response('Not found', { status: 404 });
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  };
  const [us, eu] = portals as [(typeof portals)[0], (typeof portals)[0]];
  return { book, records, portals, us, eu, api, fetch: fetchFn };
}
