/**
 * SHA-256 of text, synchronous and identical in Node and every browser, behind config hashes,
 * material hashes and the integrity evidence of consent records. WebCrypto would do in browsers
 * but is async and absent on plain-HTTP pages, so the digest comes from `@noble/hashes`: audited,
 * pure JavaScript, no Node built-ins.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}
