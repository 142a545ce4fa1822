import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { round2 } from './median.ts';

const BUDGET_KB = 15;

/** Gzipped size of the built content script (run after `wxt build`); fails over budget. */
export default async function contentScriptSize(): Promise<Record<string, number>> {
  const file = path.resolve(import.meta.dirname, '../.output/chrome-mv3/content-scripts/crm.js');
  const source = await readFile(file).catch(() => {
    throw new Error(`${file} is missing: run \`npx wxt build\` first.`);
  });
  const gzipKb = round2(gzipSync(source, { level: 9 }).length / 1024);
  if (gzipKb > BUDGET_KB) throw new Error(`The content script is ${gzipKb} KB gzipped, over the ${BUDGET_KB} KB budget.`);
  return { gzip_kb: gzipKb };
}
