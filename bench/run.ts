// Runs the benchmarks under bench/ (all, or the one named) and merges their figures into
// bench/results.json as { NAME: { figure: number } }. Each bench file is `NAME.bench.ts` and
// default-exports an async function that returns its figures (medians over repeated runs).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsPath = path.join(here, 'results.json');

const wanted = process.argv.slice(2);
const available = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace(/\.bench\.ts$/, ''));
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}
const names = wanted.length ? wanted : available;

let results: Record<string, Record<string, number>> = {};
try {
  results = JSON.parse(await readFile(resultsPath, 'utf8'));
} catch {
  // first run: no results yet
}

for (const name of names) {
  console.log(`▶ ${name}`);
  const mod = (await import(pathToFileURL(path.join(here, `${name}.bench.ts`)).href)) as {
    default: () => Promise<Record<string, number>>;
  };
  const figures = await mod.default();
  results[name] = figures;
  console.log(`  ${JSON.stringify(figures)}`);
  await writeFile(resultsPath, JSON.stringify(results, null, 2) + '\n');
}
