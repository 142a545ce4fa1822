import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// "Today" sliced from a UTC ISO string is the wrong day in Seoul every morning before 9. Days
// come from lib/time (dayInTimeZone, addDays…); only lib/time itself and the tests may slice.

const root = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['lib', 'components', 'entrypoints', 'bench'];
const EXEMPT = ['lib/time/', 'test/'];

/** Files allowed to slice, with how many times: none (an entry that no longer matches fails too). */
const ALLOWED: Record<string, number> = {};

const UTC_DAY = [/\.toISOString\(\)\s*\.\s*(?:slice|substring|substr)\(\s*0\s*,\s*10\s*\)/g, /\.split\(\s*(['"`])T\1\s*\)\s*\[\s*0\s*\]/g];

export function utcDaySlices(source: string): number {
  return UTC_DAY.reduce((n, re) => n + (source.match(re)?.length ?? 0), 0);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [rel] : [];
  });
}

describe('days come from lib/time, never from a UTC ISO string', () => {
  it('recognises every way of slicing a UTC day', () => {
    expect(utcDaySlices('const d = now.toISOString().slice(0, 10);')).toBe(1);
    expect(utcDaySlices('x.toISOString().substring(0,10) + y.toISOString().split("T")[0]')).toBe(2);
    expect(utcDaySlices("new Date().toISOString().split('T')[0]")).toBe(1);
    expect(utcDaySlices('dayInTimeZone(now, timeZone); iso.slice(0, 10)')).toBe(0);
  });

  it('finds no slicing outside lib/time and the tests, but for the listed files', () => {
    const found: Record<string, number> = {};
    for (const file of SCANNED.flatMap(sourceFiles).concat(readdirSync(root).filter((f) => /\.(ts|js|mjs)$/.test(f)))) {
      if (EXEMPT.some((e) => file.startsWith(e))) continue;
      const n = utcDaySlices(readFileSync(path.join(root, file), 'utf8'));
      if (n) found[file] = n;
    }
    expect(
      found,
      'take the day from lib/time (dayInTimeZone, addDays) instead; an allowed file that no longer slices leaves ALLOWED',
    ).toEqual(ALLOWED);
  });
});
