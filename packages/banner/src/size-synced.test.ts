// The size budget lives in package.json (size-limit); the README states it. Keep them in step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (f: string) => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8');

describe('size budget', () => {
  it('README states the limit that size-limit enforces', () => {
    const [entry] = JSON.parse(read('package.json'))['size-limit'] as { limit: string }[];
    const bytes = Number.parseInt(entry!.limit, 10);
    expect(bytes).toBe(7168);
    expect(read('README.md')).toContain(
      `${(bytes / 1024).toFixed(0)} KiB gzip** (${bytes.toLocaleString('en')} B)`,
    );
  });
});
