// The compliance page's "Where each item lives in the code" table must match the repository:
// every path it names exists, every test it names mentions the item, and every checklist item
// the code mentions (comments, test titles) is in the table.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const page = readFileSync(join(import.meta.dirname, '../content/compliance.md'), 'utf8');
const ID = /\b[ABDNPRST]-\d{2}\b/g;

const section = page.split('## Where each item lives in the code')[1] ?? '';
const rows = section
  .split('\n')
  .filter((l) => /^\| [A-Z]-\d{2} \|/.test(l))
  .map((l) => {
    const [id, implemented, tested] = l
      .split('|')
      .slice(1, 4)
      .map((c) => c.trim()) as [string, string, string];
    const paths = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    return { id, implemented: paths(implemented), tested: paths(tested) };
  });

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (['node_modules', 'dist', '.next', '.source', 'coverage', '.data'].includes(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|tsx|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

describe('the compliance map', () => {
  it('has a row for every item of the checklist tables above it', () => {
    const listed = new Set(rows.map((r) => r.id));
    const inTables = new Set(
      [...page.split('## Where each item lives')[0]!.matchAll(/\*\*([A-Z]-\d{2})\*\*/g)].map(
        (m) => m[1]!,
      ),
    );
    expect(inTables.size).toBeGreaterThan(30);
    expect([...inTables].filter((id) => !listed.has(id))).toEqual([]);
  });

  it('names only files that exist, and tests that mention their item', () => {
    const problems: string[] = [];
    for (const row of rows) {
      for (const p of [...row.implemented, ...row.tested])
        if (!existsSync(join(root, p))) problems.push(`${row.id}: ${p} does not exist`);
      for (const p of row.tested)
        if (existsSync(join(root, p)) && !readFileSync(join(root, p), 'utf8').includes(row.id))
          problems.push(`${row.id}: ${p} does not mention ${row.id}`);
    }
    expect(problems).toEqual([]);
  });

  it('lists every item the code refers to', () => {
    const listed = new Set(rows.map((r) => r.id));
    const unknown: string[] = [];
    for (const base of ['packages', 'apps', 'examples'])
      for (const file of sourceFiles(join(root, base))) {
        if (file.endsWith('compliance-map.test.ts')) continue;
        for (const [id] of readFileSync(file, 'utf8').matchAll(ID))
          if (!listed.has(id)) unknown.push(`${relative(root, file)}: ${id}`);
      }
    expect(unknown).toEqual([]);
  });
});
