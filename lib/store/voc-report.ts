import { ROUTED_TO, type Note, type VocCategory, type VocRoute } from './note-schema.ts';

export interface VocCount {
  notes: number;
  /** How many different accounts raised it: feedback repeated across customers is the signal. */
  accounts: number;
}

export interface VocReport {
  /** Categories present, most widespread first (accounts, then notes). */
  byCategory: Array<{ category: VocCategory; routedTo: VocRoute; count: VocCount }>;
  /** Tags of VOC notes, most widespread first, then alphabetically. */
  byTag: Array<{ tag: string; count: VocCount }>;
  total: VocCount;
}

class Tally<K> {
  private readonly notes = new Map<K, number>();
  private readonly accounts = new Map<K, Set<string>>();
  add(key: K, accountKey: string): void {
    this.notes.set(key, (this.notes.get(key) ?? 0) + 1);
    let set = this.accounts.get(key);
    if (!set) this.accounts.set(key, (set = new Set()));
    set.add(accountKey);
  }
  entries(): Array<[K, VocCount]> {
    return [...this.notes].map(([key, notes]) => [key, { notes, accounts: this.accounts.get(key)!.size }]);
  }
}

const widespreadFirst = (a: VocCount, b: VocCount) => b.accounts - a.accounts || b.notes - a.notes;

/** Counts of the VOC notes (categorised, not deleted) by category and by tag. Pure. */
export function vocReport(notes: readonly Note[]): VocReport {
  const categories = new Tally<VocCategory>();
  const tags = new Tally<string>();
  const accounts = new Set<string>();
  let total = 0;
  for (const note of notes) {
    if (note.category === null || note.deletedAt !== null) continue;
    total += 1;
    accounts.add(note.accountKey);
    categories.add(note.category, note.accountKey);
    // A note is counted once per tag even if an old record repeats one.
    for (const tag of new Set(note.tags)) tags.add(tag, note.accountKey);
  }
  return {
    byCategory: categories
      .entries()
      .map(([category, count]) => ({ category, routedTo: ROUTED_TO[category], count }))
      .sort((a, b) => widespreadFirst(a.count, b.count)),
    byTag: tags
      .entries()
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => widespreadFirst(a.count, b.count) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)),
    total: { notes: total, accounts: accounts.size },
  };
}
