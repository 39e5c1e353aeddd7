// Pages link to each other as relative Markdown files (`[Publishing](publishing.md#history)`), so
// the links also work when the Markdown is read on GitHub. This rewrites them at compile time to
// the site's URLs (`/publishing#history`), mirroring how the source loader turns file paths into
// slugs: `a/b.md` → `/a/b`, `index.md` → `/`. A link to a file outside the content folder is left
// as it is, and the link check then reports it.
import { dirname, relative, resolve, sep } from 'node:path';

/** An href to another content file: `quick-start.md`, `./banner.md#events`, `../x.mdx`. */
const FILE_LINK = /^(?![a-z][a-z0-9+.-]*:|\/|#)([^#?]+\.mdx?)(#.*)?$/i;

interface TNode {
  type: string;
  url?: string;
  children?: TNode[];
}
interface TFile {
  path?: string;
}

export function fileLinkToUrl(href: string, fromFile: string, root: string): string {
  const m = FILE_LINK.exec(href);
  if (!m) return href;
  const target = relative(root, resolve(dirname(fromFile), m[1]!));
  if (target.startsWith('..')) return href;
  const segments = target.replace(/\.mdx?$/i, '').split(sep);
  if (segments.at(-1) === 'index') segments.pop();
  return `/${segments.join('/')}${m[2] ?? ''}`;
}

export function remarkFileLinks(options: { root: string }) {
  const visit = (node: TNode, file: string) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url)
      node.url = fileLinkToUrl(node.url, file, options.root);
    for (const child of node.children ?? []) visit(child, file);
  };
  return (tree: TNode, file: TFile) => {
    if (file.path) visit(tree, file.path);
  };
}
