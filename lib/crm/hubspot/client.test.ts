import { describe, expect, it } from 'vitest';
import { backoffMs, hubspotJson, hubspotRequest, MAX_RATE_RETRIES, type HubSpotHttp } from './client';
import { HsObjectSchema } from './schemas';

const TEN_SECONDLY = {
  status: 'error',
  message: 'You have reached your ten_secondly_rolling limit.',
  errorType: 'RATE_LIMIT',
  correlationId: 'x',
  policyName: 'TEN_SECONDLY_ROLLING',
};
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });

/** A client over scripted answers, with a fake sleep that records the waits. */
function scripted(answers: Array<Response | (() => Promise<Response>)>, extra: Partial<HubSpotHttp> = {}) {
  const waits: number[] = [];
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const http: HubSpotHttp = {
    token: 'pat-na1-test',
    fetch: async (input, init) => {
      calls.push({ url: String(input), init: init ?? {} });
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      return typeof next === 'function' ? next() : next;
    },
    sleep: async (ms) => void waits.push(ms),
    now: () => Date.parse('2026-11-22T12:00:00Z'),
    ...extra,
  };
  return { http, waits, calls };
}

describe('one call to the HubSpot API', () => {
  it('sends the token as a Bearer header to api.hubapi.com and never follows a redirect', async () => {
    const { http, calls } = scripted([answer(200, { id: '1', properties: { name: 'Acme' } })]);
    const result = await hubspotJson(http, '/crm/v3/objects/companies/1?properties=name', HsObjectSchema);
    expect(result).toEqual({ ok: true, value: { id: '1', properties: { name: 'Acme' } } });
    expect(calls[0]!.url).toBe('https://api.hubapi.com/crm/v3/objects/companies/1?properties=name');
    expect(calls[0]!.init).toMatchObject({ redirect: 'manual', credentials: 'omit', headers: { Authorization: 'Bearer pat-na1-test' } });
  });

  it('refuses paths outside the API families it uses', async () => {
    const { http, calls } = scripted([]);
    expect(await hubspotRequest(http, '@evil.example/steal')).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    expect(calls).toHaveLength(0);
  });

  it('retries a TEN_SECONDLY_ROLLING answer quietly after the wait the headers ask for', async () => {
    const { http, waits } = scripted([
      answer(429, TEN_SECONDLY, { 'retry-after': '2' }),
      answer(429, TEN_SECONDLY, { 'x-hubspot-ratelimit-interval-milliseconds': '10000', 'x-hubspot-ratelimit-max': '100' }),
      answer(200, { ok: 1 }),
    ]);
    expect(await hubspotRequest(http, '/crm/v3/owners')).toEqual({ ok: true, value: { ok: 1 } });
    expect(waits).toEqual([2000, 500]);
  });

  it('says it is rate-limited when the ten-second limit lasts past the retries', async () => {
    const { http, waits } = scripted(Array.from({ length: MAX_RATE_RETRIES + 1 }, () => answer(429, TEN_SECONDLY, { 'retry-after': '1' })));
    expect(await hubspotRequest(http, '/crm/v3/owners')).toMatchObject({
      ok: false,
      error: { kind: 'rate-limited', code: 'TEN_SECONDLY_ROLLING', retryAfterSeconds: 1 },
    });
    expect(waits).toHaveLength(MAX_RATE_RETRIES);
  });

  it('reports the DAILY limit at once: nothing changes before tomorrow', async () => {
    const { http, waits } = scripted([
      answer(429, { ...TEN_SECONDLY, policyName: 'DAILY', message: 'You have reached your daily limit.' }),
    ]);
    const result = await hubspotRequest(http, '/crm/v3/owners');
    expect(result).toMatchObject({ ok: false, error: { kind: 'rate-limited', code: 'DAILY', limit: 'daily' } });
    expect(!result.ok && result.error.retryAfterSeconds).toBeUndefined();
    expect(waits).toEqual([]);
  });

  it('backs off by the window’s share per request, doubling on each attempt', () => {
    const headers = new Headers({ 'x-hubspot-ratelimit-interval-milliseconds': '10000', 'x-hubspot-ratelimit-max': '190' });
    expect([0, 1, 2].map((n) => backoffMs(headers, n, 0))).toEqual([250, 500, 1000]);
  });

  it('turns 5xx, HTML pages, redirects, timeouts and network failures into typed errors', async () => {
    const html = answer(502, '<html>Bad gateway</html>', { 'content-type': 'text/html' });
    expect(
      await hubspotRequest(
        scripted([answer(500, { status: 'error', message: 'Internal error', category: 'INTERNAL_ERROR' })]).http,
        '/crm/v3/owners',
      ),
    ).toMatchObject({ ok: false, error: { kind: 'server-error', httpStatus: 500 } });
    expect(await hubspotRequest(scripted([html]).http, '/crm/v3/owners')).toMatchObject({
      ok: false,
      error: { kind: 'server-error', httpStatus: 502 },
    });
    expect(await hubspotRequest(scripted([answer(200, 'not json')]).http, '/crm/v3/owners')).toMatchObject({
      ok: false,
      error: { kind: 'bad-response' },
    });
    expect(
      await hubspotRequest(scripted([answer(302, '', { location: 'https://app.hubspot.com/login' })]).http, '/crm/v3/owners'),
    ).toMatchObject({ ok: false, error: { kind: 'bad-response', httpStatus: 302 } });
    const slow = scripted(
      [() => new Promise<Response>((_, reject) => setTimeout(() => reject(new DOMException('timed out', 'TimeoutError')), 5))],
      { timeoutMs: 1 },
    );
    expect(await hubspotRequest(slow.http, '/crm/v3/owners')).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    const down = scripted([() => Promise.reject(new TypeError('Failed to fetch'))]);
    expect(await hubspotRequest(down.http, '/crm/v3/owners')).toMatchObject({ ok: false, error: { kind: 'offline' } });
  });

  it('reports an answer out of its documented shape as bad-response naming where', async () => {
    const { http } = scripted([answer(200, { id: '1', properties: { name: 7 } })]);
    const result = await hubspotJson(http, '/crm/v3/objects/companies/1', HsObjectSchema);
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    expect(!result.ok && result.error.detail).toContain('properties.name');
  });
});
