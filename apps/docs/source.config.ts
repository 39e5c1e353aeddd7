import { resolve } from 'node:path';
import { pageSchema } from 'fumadocs-core/source/schema';
import { defineConfig, defineDocs } from 'fumadocs-mdx/config';
import { z } from 'zod';
import { remarkFileLinks } from './src/lib/remark-file-links';
import { remarkTitleFromHeading } from './src/lib/remark-title';

// Every page in content/ is one docs page. The pages are plain Markdown that starts with a
// `# Title` (they read well on GitHub too), so the title is optional in frontmatter and taken from
// that heading instead (see remark-title.ts).
export const docs = defineDocs({
  dir: 'content',
  docs: {
    schema: pageSchema.extend({ title: z.string().optional() }),
  },
});

export default defineConfig({
  mdxOptions: {
    // Paths are resolved from apps/docs, where next and fumadocs-mdx run.
    remarkPlugins: [remarkTitleFromHeading, [remarkFileLinks, { root: resolve('content') }]],
  },
});
