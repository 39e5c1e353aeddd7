// What the banner benchmarks share: the example shop's published config, the article page each
// script is measured on, and the median.
import { buildPublishedConfig } from '@smula/core';
import { fjallbagerietDeclaration } from '@smula/core/fixtures';

/** The example shop published as version 1, optionally with site settings changed. */
export const benchConfig = (site = {}) =>
  buildPublishedConfig(
    { ...fjallbagerietDeclaration, site: { ...fjallbagerietDeclaration.site, ...site } },
    { siteKey: 'bench', version: 1, publishedAt: new Date().toISOString() },
  );

const ARTICLE = `<main><h1>Fjällbageriet</h1>${'<p>Sourdough, cardamom buns and rye, baked every morning in Umeå since 1987. Our ovens are wood-fired and our flour is stone-ground.</p>'.repeat(12)}</main>`;
/** The article page, with `head` at the end of <head> and `body` after the article. */
export const page = (head, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Bench</title>${head}</head><body>${ARTICLE}${body}</body></html>`;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
