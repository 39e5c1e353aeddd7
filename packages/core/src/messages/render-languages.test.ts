import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGES, DEFAULT_TEXTS } from '../default-texts.js';
import { formatDuration } from '../duration-format.js';
import { fjallbagerietDeclaration as draft } from '../fixtures/fjallbageriet.js';
import { buildPublishedConfig } from '../published-config.js';
import { renderDeclaration } from '../render.js';

const meta = { siteKey: 'fjallbageriet-key', version: 1, publishedAt: '2026-11-01T10:00:00.000Z' };

describe('a site in every default language (issue 19)', () => {
  const config = buildPublishedConfig(
    { ...draft, site: { ...draft.site, locales: [...DEFAULT_LANGUAGES] } },
    meta,
  );

  it('publishes complete texts for each language, starting from its defaults', () => {
    expect(Object.keys(config.texts).sort()).toEqual([...DEFAULT_LANGUAGES].sort());
    for (const l of DEFAULT_LANGUAGES) {
      expect(config.texts[l]!.banner.acceptAll, l).toBe(DEFAULT_TEXTS[l].banner.acceptAll);
    }
  });

  it.each(DEFAULT_LANGUAGES)('%s: the declaration renders in that language', (l) => {
    const html = renderDeclaration(config, { locale: l });
    const p = DEFAULT_TEXTS[l].policy;
    expect(html).toContain(`lang="${l}"`);
    expect(html).toContain(p.colDuration);
    // Each item's duration in the language's words (or its session/persistent label).
    const item = config.items.find((i) => i.duration.kind === 'seconds');
    if (item) {
      const words = formatDuration(item.duration, l, {
        session: p.durationSession,
        persistent: p.durationPersistent,
        unknown: p.durationUnknown,
      });
      expect(html).toContain(words);
    }
  });
});
