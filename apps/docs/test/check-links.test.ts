// The link checker must fail on what it exists to catch. It runs here on small docs folders
// written for the test: one whose links all resolve, one with every kind of broken link.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../scripts/check-links.mjs');
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function docs(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'smula-docs-links-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const check = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, '--root', root, ...args], { encoding: 'utf8' });

const html = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

describe('scripts/check-links.mjs', () => {
  it('passes when every source link, built link and anchor resolves', () => {
    const root = docs({
      'content/a.md': '# A\n\nSee [B](b.md#second-part) and [top](#a).\n',
      'content/b.md': '# B\n\n## Second part\n',
      '.next/server/app/index.html': html('<a href="/b#second-part">b</a><a href="/a">a</a>'),
      '.next/server/app/a.html': html(
        '<h1 id="a">A</h1><a href="#a">top</a><a href="/api/search">search</a><a href="/shot.png">img</a>',
      ),
      '.next/server/app/b.html': html('<h2 id="second-part">Second part</h2>'),
      '.next/server/app/api/search.body': '{}',
      'public/shot.png': 'png',
    });
    const r = check(root, '--built');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 source pages and 3 built pages');
  });

  it('fails, naming each problem, on missing files, anchors, pages and ids', () => {
    const root = docs({
      'content/a.md': '# A\n\n[gone](missing.md), [bad anchor](b.md#nope)\n',
      'content/b.md': '# B\n',
      '.next/server/app/index.html': html(
        '<a href="/nowhere">x</a><a href="/b#nope">y</a><a href="b.md">z</a>',
      ),
      '.next/server/app/b.html': html('<h1 id="b">B</h1>'),
    });
    const r = check(root, '--built');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/a.md: broken link missing.md');
    expect(r.stderr).toContain('content/a.md: no heading for #nope in b.md');
    expect(r.stderr).toContain('/: broken link /nowhere');
    expect(r.stderr).toContain('/: link /b#nope has no element with id "nope"');
    expect(r.stderr).toContain('/: link b.md is relative');
  });

  it('with --built, fails when there is no build to check', () => {
    const root = docs({ 'content/a.md': '# A\n' });
    expect(check(root).status).toBe(0);
    const r = check(root, '--built');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no build in .next/server/app');
  });
});
