import { createHash } from 'node:crypto';
import { canonicalJson } from '@smula/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainContent, chainHash, type TChainedFields } from './chain';

/** The chain's definition as first written (and as verifiers outside Smula can write it): the
 * record as an object, canonical JSON of it, SHA-256 after the previous hash and a newline. */
function reference(prevHash: string, r: TChainedFields): string {
  const { model, ...rest } = r;
  const content = canonicalJson({
    ...rest,
    ...(model ? { model } : {}),
    createdAt: r.createdAt.toISOString(),
    clientTime: r.clientTime ? r.clientTime.toISOString() : null,
    expiresAt: r.expiresAt.toISOString(),
  });
  return createHash('sha256').update(`${prevHash}\n${content}`).digest('hex');
}

const date = fc.date({
  min: new Date('1970-01-01T00:00:00.000Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});
// Any text, including quotes, backslashes, control characters and non-BMP characters.
const text = fc.string({ unit: 'binary', maxLength: 40 });

const record: fc.Arbitrary<TChainedFields> = fc.record({
  id: fc.uuid(),
  siteId: fc.uuid(),
  createdAt: date,
  seq: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  consentId: text,
  action: fc.constantFrom('accept_all', 'reject_all', 'custom', 'withdraw'),
  choices: fc.dictionary(text, fc.boolean(), { maxKeys: 8 }),
  configVersion: fc.integer({ min: 1, max: 1_000_000_000 }),
  configHash: text,
  textHash: text,
  locale: text,
  gpc: fc.boolean(),
  pagePath: text,
  userAgent: fc.option(text),
  ipTruncated: fc.option(text),
  region: fc.option(text),
  model: fc.option(fc.constantFrom('opt-in', 'opt-out', 'none', '')),
  clientTime: fc.option(date),
  expiresAt: date,
});

describe('chainHash', () => {
  it('hashes exactly what the canonical JSON of the record hashes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
        record,
        (prev, r) => {
          expect(chainHash(prev, r)).toBe(reference(prev, r));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves out a model that is not set, and writes a missing client time as null', () => {
    const r = fc.sample(record, { numRuns: 1, seed: 7 })[0]!;
    const content = chainContent({ ...r, model: null, clientTime: null });
    expect(content).not.toContain('"model"');
    expect(content).toContain('"clientTime":null');
    expect(chainContent({ ...r, model: 'opt-out' })).toContain('"model":"opt-out"');
  });

  it('changes when any hashed field changes', () => {
    const r = fc.sample(record, { numRuns: 1, seed: 11 })[0]!;
    const base = chainHash('0'.repeat(64), r);
    expect(chainHash('0'.repeat(64), { ...r, gpc: !r.gpc })).not.toBe(base);
    expect(chainHash('0'.repeat(64), { ...r, seq: r.seq + 1 })).not.toBe(base);
    expect(chainHash('0'.repeat(64), { ...r, pagePath: `${r.pagePath}x` })).not.toBe(base);
    expect(chainHash('1'.repeat(64), r)).not.toBe(base);
  });
});
