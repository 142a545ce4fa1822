// PKCE (RFC 7636) for the OAuth sign-in: the extension is a public client with no secret, so the
// code is bound to a verifier only this sign-in knows.

/** Bytes as base64url without padding (RFC 7636 §3 / Appendix A). */
export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes as a 43-character verifier (the shortest RFC 7636 allows, all of it entropy). */
export function createCodeVerifier(random: Uint8Array = crypto.getRandomValues(new Uint8Array(32))): string {
  return base64Url(random);
}

/** The S256 challenge of a verifier: base64url(SHA-256(ASCII(verifier))). */
export async function codeChallengeS256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** A value to match the answer to the request it belongs to (the OAuth `state`). */
export const createState = (): string => base64Url(crypto.getRandomValues(new Uint8Array(16)));
