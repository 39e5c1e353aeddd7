import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLinkToUrl } from '../src/lib/remark-file-links';

const root = '/docs/content';
const from = join(root, 'guide.md');

describe('fileLinkToUrl', () => {
  it('turns relative Markdown file links into site URLs, keeping the anchor', () => {
    expect(fileLinkToUrl('publishing.md', from, root)).toBe('/publishing');
    expect(fileLinkToUrl('./banner.mdx#events', from, root)).toBe('/banner#events');
    expect(fileLinkToUrl('index.md', from, root)).toBe('/');
    expect(fileLinkToUrl('../content/a/index.md#x', from, root)).toBe('/a#x');
  });

  it('leaves other links alone, and files outside the content folder', () => {
    for (const href of ['https://example.se/a.md', '/publishing', '#top', 'mailto:x@y.se', 'x.png'])
      expect(fileLinkToUrl(href, from, root)).toBe(href);
    expect(fileLinkToUrl('../../README.md', from, root)).toBe('../../README.md');
  });
});
