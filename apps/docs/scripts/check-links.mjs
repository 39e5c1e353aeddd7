// The docs' link check, run after `next build` (see package.json) and by the site test. Exits 1
// and names every problem when an internal link or #anchor goes nowhere. Two passes:
//  1. source: every relative link in content/*.md(x) points at a file that exists, and its
//     #anchor at a heading of that file. Clear errors that name the file you edit.
//  2. built site (with --built, or whenever .next/ holds a build): every internal href in every
//     prerendered page (sidebar, table of contents, page bodies) answers with a page or file of
//     the build, and every #anchor is an id on that page. This is what a reader clicks.
// External links are not checked: the check must work offline.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// --root DIR checks another docs folder (the checker's own test uses a broken fixture).
const rootArg = process.argv.indexOf('--root');
const root =
  rootArg > 0
    ? resolve(process.argv[rootArg + 1])
    : join(dirname(fileURLToPath(import.meta.url)), '..');
const content = join(root, 'content');
const built = join(root, '.next', 'server', 'app');
const requireBuilt = process.argv.includes('--built');

/** Heading ids as the site makes them (github-slugger's rules for the characters we use). */
const slug = (h) =>
  h
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
const anchors = (file) =>
  new Set(
    [
      ...readFileSync(file, 'utf8')
        .replace(/```[\s\S]*?```/g, '')
        .matchAll(/^#{1,6} (.+)$/gm),
    ].map((m) => slug(m[1])),
  );

const problems = [];

// 1. Source files.
const pages = readdirSync(content).filter((f) => /\.mdx?$/.test(f));
for (const page of pages) {
  const text = readFileSync(join(content, page), 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) continue; // external or site path (pass 2)
    const [path, hash] = target.split('#');
    const file = path ? resolve(content, path) : join(content, page);
    if (!existsSync(file)) problems.push(`content/${page}: broken link ${target}`);
    else if (hash && /\.mdx?$/.test(file) && !anchors(file).has(hash))
      problems.push(`content/${page}: no heading for #${hash} in ${relative(content, file)}`);
  }
}

// 2. The built site.
let builtPages = 0;
if (existsSync(built)) {
  /** URL path → prerendered HTML (or route body) of the build. */
  const routes = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(html|body)$/.test(name)) {
        const path = `/${relative(built, file).replace(/\.(html|body)$/, '')}`;
        routes.set(path === '/index' ? '/' : path, file);
      }
    }
  };
  walk(built);
  const publicDir = join(root, 'public');
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file))
      ids.set(
        file,
        new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])),
      );
    return ids.get(file);
  };
  for (const [path, file] of routes) {
    if (!file.endsWith('.html') || path.startsWith('/_')) continue; // Next's own error pages
    builtPages++;
    const html = readFileSync(file, 'utf8');
    for (const [, raw] of html.matchAll(/\shref="([^"]*)"/g)) {
      const href = raw.replace(/&amp;/g, '&');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('/_next/'))
        continue;
      if (!href.startsWith('/') && !href.startsWith('#')) {
        problems.push(`${path}: link ${href} is relative (an unresolved file link?)`);
        continue;
      }
      const [target, hash] = href.split('#');
      const targetPath = (target || path).split('?')[0].replace(/\/$/, '') || '/';
      const targetFile = routes.get(targetPath);
      if (!targetFile) {
        if (!existsSync(join(publicDir, targetPath))) problems.push(`${path}: broken link ${href}`);
        continue;
      }
      if (hash && !idsOf(targetFile).has(decodeURIComponent(hash)))
        problems.push(`${path}: link ${href} has no element with id "${hash}"`);
    }
  }
} else if (requireBuilt) {
  problems.push('no build in .next/server/app: run `next build` first');
}

if (problems.length) {
  console.error(`docs link check failed:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `docs: ${pages.length} source pages${builtPages ? ` and ${builtPages} built pages` : ''}, all internal links resolve`,
);
