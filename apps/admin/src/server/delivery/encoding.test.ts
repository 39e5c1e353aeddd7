import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressAnswer, negotiateEncoding } from './encoding';

describe('negotiateEncoding', () => {
  it.each([
    [null, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['deflate', 'identity'],
    ['br;q=0.5, gzip;q=1', 'br'],
    ['br;q=abc', 'identity'],
  ] as const)('%j → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
    // Asked again (now remembered): the same answer.
    expect(negotiateEncoding(header)).toBe(expected);
  });

  it('answers right after a flood of distinct made-up values', () => {
    for (let i = 0; i < 1000; i++)
      expect(negotiateEncoding(`x-${i}, gzip;q=${i % 2}`)).toBe(i % 2 ? 'gzip' : 'identity');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
  });
});

describe('compressAnswer', () => {
  it('gives brotli and gzip that decode to the same bytes, smaller for text', () => {
    const body = Buffer.from(
      'window.smula = { categories: ["necessary", "analytics"] };\n'.repeat(200),
    );
    const { brotli, gzip } = compressAnswer(body);
    expect(brotliDecompressSync(brotli).equals(body)).toBe(true);
    expect(gunzipSync(gzip).equals(body)).toBe(true);
    expect(brotli.length).toBeLessThan(gzip.length);
    expect(gzip.length).toBeLessThan(body.length / 10);
  });
});
