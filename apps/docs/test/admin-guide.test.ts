// The admin guide shows exactly the screenshots that `pnpm screenshots` takes: none missing (the
// build would fail on it anyway), none left over from a screen the guide no longer shows, and
// every one named in the script, so a new screenshot cannot be forgotten in the guide.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const guide = readFileSync(join(root, 'content/admin-guide.mdx'), 'utf8');
const script = readFileSync(join(root, 'scripts/screenshots.ts'), 'utf8');

const shown = [...guide.matchAll(/!\[[^\]]+\]\(\/screenshots\/([a-z0-9-]+)\.png\)/g)].map(
  (m) => m[1],
);
const files = readdirSync(join(root, 'public/screenshots'))
  .filter((f) => f.endsWith('.png'))
  .map((f) => f.replace(/\.png$/, ''));
// shot(page, 'name') and section('path', 'name') calls in the script
const taken = [...script.matchAll(/(?:shot\(\w+|section\('[a-z-]+'), '([a-z0-9-]+)'/g)].map(
  (m) => m[1],
);

describe('the admin guide screenshots', () => {
  it('shows each screenshot once, every one taken by the script and on disk', () => {
    expect(shown.length).toBeGreaterThan(5);
    expect(new Set(shown).size).toBe(shown.length);
    expect([...shown].sort()).toEqual([...taken].sort());
    expect([...shown].sort()).toEqual([...files].sort());
  });

  it('gives every screenshot a description', () => {
    for (const [, alt] of guide.matchAll(/!\[([^\]]*)\]\(\/screenshots\//g))
      expect(alt!.trim().length).toBeGreaterThan(10);
  });
});
