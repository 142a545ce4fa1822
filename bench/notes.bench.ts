import 'fake-indexeddb/auto';
import { openStore } from '../lib/store/db.ts';
import { VOC_CATEGORIES, type Note } from '../lib/store/note-schema.ts';
import { listAllNotes, listNotes } from '../lib/store/notes.ts';
import { matchesQuery } from '../lib/store/search.ts';
import { vocCsv } from '../lib/store/voc-csv.ts';
import { median, round2 } from './median.ts';

const NOTES = 50_000;
const ACCOUNTS = 300;
const RUNS = 15;
const WORDS = ['SSO', 'export', 'slow', 'dashboard', '가격', '재계약', 'billing', '동기화', 'API', 'mobile', 'report', '권한'];

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return round2(median(samples));
}

/**
 * 50,000 stored notes over 300 accounts: listing one account's notes (the panel), a full-text
 * search across every note as the VOC page runs it (over the notes it has loaded), and the CSV
 * export of all of them.
 */
export default async function notes(): Promise<Record<string, number>> {
  const db = await openStore();
  const base = Date.parse('2026-01-01T00:00:00Z');
  const tx = db.transaction('notes', 'readwrite');
  for (let i = 0; i < NOTES; i++) {
    const at = new Date(base + i * 60_000).toISOString();
    const note: Note = {
      id: `n${i}`,
      accountKey: `salesforce:org:acct${i % ACCOUNTS}`,
      accountName: `Account ${i % ACCOUNTS}`,
      body: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} note number ${i} about the customer's rollout`,
      category: i % 3 === 0 ? null : VOC_CATEGORIES[i % VOC_CATEGORIES.length]!,
      tags: [WORDS[i % 5]!.toLowerCase(), `area-${i % 17}`],
      sentiment: null,
      quote: i % 10 === 0 ? '가격이 너무 비싸다는 의견' : null,
      sourceUrl: null,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      revision: 1,
    };
    void tx.store.put(note);
  }
  await tx.done;

  const open_median_ms = await time(() => listNotes('salesforce:org:acct42'));
  const loaded = await listAllNotes();
  const search_median_ms = await time(() => loaded.filter((n) => matchesQuery(n, '가격 재계약')));
  const export_median_ms = await time(() => vocCsv(loaded));
  return { notes: NOTES, open_median_ms, search_median_ms, export_median_ms };
}
