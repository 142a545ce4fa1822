// 100,000 usage rows matched to 500 accounts, parsed and checked in a worker thread as the
// import page does (the same worker module), then fetched back in save-sized batches. Two
// figures: the wall time from file bytes to the last good row on the main thread, and the
// longest stretch the main thread was blocked meanwhile (a 1 ms timer's worst lateness: what
// the page would feel — receiving the report and the batches is on it).
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { addDays } from '../lib/time/index.ts';
import type { MatchableAccount } from '../lib/imports/match-accounts.ts';
import type { FromWorker, ToWorker } from '../lib/imports/worker-protocol.ts';
import { IMPORT_SAVE_BATCH } from '../lib/messages/messages.ts';
import { median, round2 } from './median.ts';

const ROWS = 100_000;
const ACCOUNTS = 500;
const RUNS = 5;

const accounts: MatchableAccount[] = Array.from({ length: ACCOUNTS }, (_, i) => ({
  accountKey: `salesforce:00DSa0000000001:001Sa${String(i).padStart(10, '0')}AAA`,
  id: `001Sa${String(i).padStart(10, '0')}AAA`,
  name: `Account ${i} Inc`,
  website: `account${i}.example`,
}));

/** An analytics export: a third of the rows name the account by id, a third by domain, a third by name. */
function usageCsv(): Uint8Array {
  const lines = ['account,period_start,period_end,active_users,seats'];
  for (let r = 0; r < ROWS; r++) {
    const a = accounts[r % ACCOUNTS]!;
    const week = Math.floor(r / ACCOUNTS);
    const start = addDays('2023-01-02', week * 7);
    const end = addDays(start, 6);
    const who = r % 3 === 0 ? a.id : r % 3 === 1 ? `https://www.${a.website}` : a.name;
    lines.push(`${who},${start},${end},${20 + (r % 80)},${100}`);
  }
  return new TextEncoder().encode('\uFEFF' + lines.join('\r\n'));
}

async function run(bytes: Uint8Array): Promise<{ ms: number; maxBlock: number; good: number }> {
  const worker = new Worker(new URL('./support/node-import-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
  await new Promise((resolve) => worker.once('message', resolve)); // 'ready': its modules are loaded
  const messages: FromWorker[] = [];
  let wake: (() => void) | null = null;
  worker.on('message', (m: FromWorker) => {
    messages.push(m);
    wake?.();
  });
  const next = async <T extends FromWorker['type']>(type: T): Promise<FromWorker & { type: T }> => {
    for (;;) {
      const at = messages.findIndex((m) => m.type === type);
      if (at >= 0) return messages.splice(at, 1)[0] as FromWorker & { type: T };
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  const send = (m: ToWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(m, transfer);

  let maxBlock = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxBlock = Math.max(maxBlock, now - last - 1);
    last = now;
  }, 1);
  const copy = bytes.slice().buffer;
  const started = performance.now();
  send({ type: 'read', file: 'usage.csv', bytes: copy }, [copy]);
  const read = await next('read');
  send({
    type: 'check',
    kind: 'usage',
    mapping: { account: 0, periodStart: 1, periodEnd: 2, activeUsers: 3, licensedSeats: 4 },
    accounts,
    importedAt: new Date().toISOString(),
  });
  const checked = await next('checked');
  let good = 0;
  for (let index = 0; index * IMPORT_SAVE_BATCH < checked.goodCount; index++) {
    send({ type: 'batch', index, size: IMPORT_SAVE_BATCH });
    good += (await next('batch')).rows.length;
  }
  const ms = performance.now() - started;
  clearInterval(timer);
  await worker.terminate();
  if (read.rowCount !== ROWS || good !== ROWS)
    throw new Error(`expected ${ROWS} good rows, got ${good} of ${read.rowCount} (${checked.bad.length} bad)`);
  return { ms, maxBlock, good };
}

/** The same timer with nothing to do for a while: the machine's own scheduling noise, for scale. */
async function idleMaxBlock(ms: number): Promise<number> {
  let maxBlock = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxBlock = Math.max(maxBlock, now - last - 1);
    last = now;
  }, 1);
  await new Promise((resolve) => setTimeout(resolve, ms));
  clearInterval(timer);
  return maxBlock;
}

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export default async function csvImport(): Promise<Record<string, number>> {
  const bytes = usageCsv();
  const times: number[] = [];
  const blocks: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    collectGarbage(); // the generator's own garbage is not the page's: collect it before the clock starts
    const r = await run(bytes);
    times.push(r.ms);
    blocks.push(r.maxBlock);
  }
  const idle = await idleMaxBlock(3000);
  return {
    rows: ROWS,
    accounts: ACCOUNTS,
    median_ms: round2(median(times)),
    max_block_ms: round2(Math.max(...blocks)),
    idle_max_block_ms: round2(idle),
  };
}
