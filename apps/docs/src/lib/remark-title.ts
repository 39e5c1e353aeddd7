// The content pages start with a Markdown `# Title`. The layout renders the title itself (and the
// sidebar and search need it as data), so this moves the first level-1 heading into
// `frontmatter.title` and drops it from the body, unless the frontmatter already has a title.

interface TNode {
  type: string;
  depth?: number;
  value?: string;
  children?: TNode[];
}
/** A vfile: fumadocs-mdx keeps the page's frontmatter on `data.frontmatter`. */
interface TFile {
  data: object;
}

const text = (node: TNode): string =>
  node.value ?? (node.children ?? []).map((child) => text(child)).join('');

export function remarkTitleFromHeading() {
  return (tree: TNode, file: TFile) => {
    const children = tree.children ?? [];
    const index = children.findIndex((n) => n.type === 'heading' && n.depth === 1);
    if (index === -1) return;
    const data = file.data as { frontmatter?: Record<string, unknown> };
    data.frontmatter ??= {};
    const frontmatter = data.frontmatter;
    if (frontmatter.title) return;
    frontmatter.title = text(children[index]!).trim();
    children.splice(index, 1);
  };
}
