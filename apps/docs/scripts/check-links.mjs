// Until the docs site lands, "building" the docs means checking them: every relative link in
// content/*.md must point at a file that exists (and an #anchor at a heading in it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const content = join(dirname(fileURLToPath(import.meta.url)), '..', 'content');
const slug = (h) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
const anchors = (file) =>
  new Set([...readFileSync(file, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));

const problems = [];
const pages = readdirSync(content).filter((f) => f.endsWith('.md'));
for (const page of pages) {
  const text = readFileSync(join(content, page), 'utf8');
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue; // external: not checked offline
    const [path, hash] = target.split('#');
    const file = path ? resolve(content, path) : join(content, page);
    if (!existsSync(file)) problems.push(`${page}: broken link ${target}`);
    else if (hash && file.endsWith('.md') && !anchors(file).has(hash))
      problems.push(`${page}: no heading for #${hash}`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`docs: ${pages.length} pages, all internal links resolve`);
