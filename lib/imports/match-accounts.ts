import { z } from 'zod';

/** An account rows can be matched to: what the CSM's cached snapshots know of it. */
export const MatchableAccountSchema = z.object({
  accountKey: z.string().min(1),
  id: z.string().min(1),
  name: z.string(),
  website: z.string().nullable(),
});
export type MatchableAccount = z.infer<typeof MatchableAccountSchema>;

export type AccountMatch = { kind: 'one'; accountKey: string } | { kind: 'none' } | { kind: 'several'; accountKeys: string[] };

/** `https://www.Acme.com/about` and `acme.com` and `jo@acme.com` all read as `acme.com`. */
export function domainOf(text: string): string | null {
  let t = text.trim().toLowerCase();
  const at = t.lastIndexOf('@');
  if (at >= 0) t = t.slice(at + 1);
  t = t
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#:].*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(t) ? t : null;
}

const nameKey = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

function add(map: Map<string, Set<string>>, key: string | null, accountKey: string) {
  if (!key) return;
  const set = map.get(key) ?? new Set<string>();
  set.add(accountKey);
  map.set(key, set);
}

/**
 * Matches a cell to accounts by CRM id (a Salesforce 18-char id also by its 15-char form), then
 * by web domain, then by the exact name (case and spacing aside). The first rule that finds
 * something decides: an id never falls through to a name that happens to look alike.
 */
export function accountMatcher(accounts: readonly MatchableAccount[]): (cell: string) => AccountMatch {
  const byId = new Map<string, Set<string>>();
  const byDomain = new Map<string, Set<string>>();
  const byName = new Map<string, Set<string>>();
  for (const a of accounts) {
    add(byId, a.id, a.accountKey);
    if (a.id.length === 18) add(byId, a.id.slice(0, 15), a.accountKey);
    add(byDomain, a.website ? domainOf(a.website) : null, a.accountKey);
    add(byName, nameKey(a.name) || null, a.accountKey);
  }
  const memo = new Map<string, AccountMatch>();
  return (cell) => {
    const seen = memo.get(cell);
    if (seen) return seen;
    const text = cell.trim();
    const domain = domainOf(text);
    const found = byId.get(text) ?? (domain ? byDomain.get(domain) : undefined) ?? byName.get(nameKey(text));
    const match: AccountMatch = !found
      ? { kind: 'none' }
      : found.size === 1
        ? { kind: 'one', accountKey: [...found][0]! }
        : { kind: 'several', accountKeys: [...found].sort() };
    memo.set(cell, match);
    return match;
  };
}
