import type { Note, VocCategory } from './note-schema';

export interface VocCount {
  notes: number;
  /** How many different accounts raised it: repeats across customers are the signal. */
  accounts: number;
}

export interface VocReport {
  byCategory: Array<{ category: VocCategory; count: VocCount }>;
  byTag: Array<{ tag: string; count: VocCount }>;
}

function tally<K>(entries: Array<[K, string]>): Map<K, VocCount> {
  const accounts = new Map<K, Set<string>>();
  const notes = new Map<K, number>();
  for (const [key, account] of entries) {
    notes.set(key, (notes.get(key) ?? 0) + 1);
    let set = accounts.get(key);
    if (!set) accounts.set(key, (set = new Set()));
    set.add(account);
  }
  return new Map([...notes].map(([k, n]) => [k, { notes: n, accounts: accounts.get(k)!.size }]));
}

/** Counts of VOC notes by category and by tag, most widespread first. */
export function vocReport(notes: readonly Note[]): VocReport {
  const voc = notes.filter((n) => n.category !== null && n.deletedAt === null);
  const order = (a: VocCount, b: VocCount) => b.accounts - a.accounts || b.notes - a.notes;
  return {
    byCategory: [...tally(voc.map((n) => [n.category!, n.accountKey]))].map(([category, count]) => ({ category, count })).sort((a, b) => order(a.count, b.count)),
    byTag: [...tally(voc.flatMap((n) => n.tags.map((t) => [t, n.accountKey] as [string, string])))].map(([tag, count]) => ({ tag, count })).sort((a, b) => order(a.count, b.count) || a.tag.localeCompare(b.tag)),
  };
}
