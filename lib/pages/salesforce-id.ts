const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID15 = /^[a-zA-Z0-9]{15}$/;
const ID18 = /^[a-zA-Z0-9]{18}$/;

/** The three check characters Salesforce appends to a case-sensitive 15-char id. */
function checksum(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return suffix;
}

/**
 * The 18-char form of a Salesforce id, or null when the text is not one.
 * An 18-char id whose check characters do not match its first 15 is rejected.
 */
export function toId18(id: string): string | null {
  if (ID15.test(id)) return id + checksum(id);
  if (ID18.test(id)) {
    const head = id.slice(0, 15);
    return checksum(head) === id.slice(15).toUpperCase() ? head + checksum(head) : null;
  }
  return null;
}

/** The SObjects the panel opens on, by key prefix (the first three characters of an id). */
export const KEY_PREFIXES: Readonly<Record<string, string>> = {
  '001': 'Account',
  '003': 'Contact',
  '006': 'Opportunity',
  '500': 'Case',
  '800': 'Contract',
};

export const SUPPORTED_SOBJECTS = new Set(Object.values(KEY_PREFIXES));

export function objectTypeFromId(id: string): string | null {
  return KEY_PREFIXES[id.slice(0, 3)] ?? null;
}
