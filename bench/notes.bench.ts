import 'fake-indexeddb/auto';
import { closeStore, openStore } from '../lib/store/db.ts';
import { VOC_CATEGORIES, type Note } from '../lib/store/note-schema.ts';
import { listAllNotes, listNotes, listVocNotes } from '../lib/store/notes.ts';
import { buildSearchIndex } from '../lib/store/search.ts';
import { vocCsv } from '../lib/store/voc-csv.ts';
import { mulberry32 } from '../test/support/prng.ts';
import { median, round2 } from './median.ts';

const NOTES = 50_000;
const ACCOUNTS = 300;
const RUNS = 15;

const PHRASES = [
  'SSO 로그인이 자주 끊긴다고 함',
  '가격이 재계약 때 부담된다는 의견',
  'Export to CSV is slow for large reports',
  '대시보드 로딩이 느림',
  'Wants a mobile app for field staff',
  '권한 설정 방법을 모름 — how do I give read-only access?',
  'Champion is moving to another team next quarter',
  '동기화 오류: 모바일에서 저장이 안 됨',
  'Loves the new reporting, asked for a case study',
  'API rate limits hit during nightly sync',
  '"=cmd" pasted from the customer\'s ticket, with a comma, and a\nline break',
];
const TAGS = ['sso', 'billing', 'export', 'dashboard', 'mobile', 'api', '권한', '동기화', 'reporting', 'onboarding', '가격', 'renewal'];

/** 50,000 notes over 300 accounts, the same every run (seeded), a third of them plain notes. */
function generateNotes(): Note[] {
  const random = mulberry32(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const start = Date.parse('2025-11-22T00:00:00Z');
  return Array.from({ length: NOTES }, (_, i) => {
    const account = i % ACCOUNTS;
    const at = new Date(start + Math.floor(random() * 365 * 86_400_000)).toISOString();
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      accountKey: `salesforce:00D5g00000${String(account).padStart(5, '0')}:001${String(account).padStart(15, '0')}`,
      accountName: account % 2 ? `Account ${account} Inc.` : `고객사 ${account}`,
      body: `${pick(PHRASES)} (${i})`,
      category: random() < 1 / 3 ? null : pick(VOC_CATEGORIES),
      tags: [...new Set([pick(TAGS), pick(TAGS)])],
      sentiment: pick(['positive', 'neutral', 'negative', null] as const),
      quote: random() < 0.2 ? pick(PHRASES) : null,
      sourceUrl: random() < 0.2 ? `https://acme.lightning.force.com/lightning/r/Case/500${i}/view` : null,
      createdAt: at,
      updatedAt: at,
      deletedAt: random() < 0.01 ? at : null,
      revision: 1,
      remote: null,
    };
  });
}

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  await run(); // warm-up (JIT, and fake-indexeddb's first index walk)
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return round2(median(samples));
}

/**
 * 50,000 stored notes over 300 accounts (fake-indexeddb, which is slower than a browser's):
 * - open: one account's notes as the panel lists them (read by index, parsed, sorted);
 * - search: a two-term Korean + English query over every note, as the VOC page runs it on the
 *   notes it has loaded (the folded texts are built once when the page loads them);
 * - export: the whole VOC CSV, reading the notes from the store included.
 */
export default async function notes(): Promise<Record<string, number>> {
  const db = await openStore();
  const tx = db.transaction('notes', 'readwrite');
  for (const note of generateNotes()) void tx.store.put(note);
  await tx.done;

  const open_median_ms = await time(() => listNotes('salesforce:00D5g0000000042:001000000000000042'));
  const index = buildSearchIndex(await listAllNotes());
  let found = 0;
  const search_median_ms = await time(() => (found = index.search('가격 SSO').length));
  if (found === 0) throw new Error('the search benchmark found nothing: its query no longer matches the generated notes');
  const export_median_ms = await time(async () => vocCsv(await listVocNotes()));
  await closeStore();
  return { notes: NOTES, open_median_ms, search_median_ms, export_median_ms };
}
