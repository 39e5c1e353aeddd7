import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('agrees with node:crypto across block boundaries and non-ASCII text', () => {
    const samples = ['å', 'Nödvändiga cookies 🍪', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64)];
    for (let n = 0; n < 300; n += 7) samples.push('ä'.repeat(n) + String(n));
    for (const s of samples) expect(sha256Hex(s), s).toBe(nodeSha(s));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    const a = canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } });
    expect(a).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
  });

  it('is the same for the same data built in another key order', () => {
    expect(canonicalJson({ x: 'å', y: [true, null] })).toBe(
      canonicalJson({ y: [true, null], x: 'å' }),
    );
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/no JSON form/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });
});
