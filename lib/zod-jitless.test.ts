import { afterEach, describe, expect, it, vi } from 'vitest';

// Under MV3's content security policy every `new Function` is refused and listed as an error on
// the extension's card. zod probes with one when its first object schema is made, unless jitless.
async function functionsBuiltWhileParsing(configure: boolean): Promise<number> {
  vi.resetModules();
  let built = 0;
  const RealFunction = Function;
  vi.stubGlobal(
    'Function',
    new Proxy(RealFunction, {
      construct(target, args) {
        built += 1;
        return Reflect.construct(target, args);
      },
    }),
  );
  if (configure) await import('./zod-jitless');
  const { z } = await import('zod');
  z.object({ name: z.string(), seats: z.number() }).parse({ name: 'Acme', seats: 40 });
  return built;
}

afterEach(() => vi.unstubAllGlobals());

describe('zod under the extension’s content security policy', () => {
  it('probes for eval when left to itself (what the policy refuses)', async () => {
    expect(await functionsBuiltWhileParsing(false)).toBeGreaterThan(0);
  });

  it('never builds a function once lib/zod-jitless has run', async () => {
    expect(await functionsBuiltWhileParsing(true)).toBe(0);
  });
});
