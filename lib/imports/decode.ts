export type TextEncodingName = 'utf-8' | 'euc-kr';

/**
 * A file's text. UTF-8 (a BOM is dropped) when the bytes are valid UTF-8; otherwise CP949 /
 * EUC-KR, which Korean Excel still writes for "CSV". The WHATWG `euc-kr` decoder is CP949 (it
 * includes the extended Hangul), and browsers and Node both have it.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('euc-kr').decode(bytes), encoding: 'euc-kr' };
  }
}
