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

describe('a site that adds a language after its categories were made (issue 19)', () => {
  // Categories as a site created before issue 19 stored them: Swedish and English only.
  const svEnOnly = draft.categories.map((c) => ({
    ...c,
    name: { sv: c.name.sv!, en: c.name.en! },
    description: { sv: c.description.sv!, en: c.description.en! },
  }));
  const site = { ...draft.site, locales: ['sv', 'en', 'de', 'ja'] };

  it('publishes the standard categories with their German defaults', () => {
    const config = buildPublishedConfig({ ...draft, site, categories: svEnOnly }, meta);
    const necessary = config.categories.find((c) => c.key === 'necessary')!;
    expect(necessary.name.de).toBe('Notwendig');
    expect(necessary.name.sv).toBe(svEnOnly.find((c) => c.key === 'necessary')!.name.sv);
    // No defaults in Japanese: nothing is invented.
    expect(necessary.name.ja).toBeUndefined();
  });

  it('keeps what the editor wrote and leaves custom categories alone', () => {
    const edited = svEnOnly.map((c) =>
      c.key === 'statistics' ? { ...c, name: { ...c.name, de: 'Analyse' } } : c,
    );
    const custom = { ...svEnOnly[0]!, key: 'chat', order: 9, name: { sv: 'Chatt', en: 'Chat' } };
    const config = buildPublishedConfig({ ...draft, site, categories: [...edited, custom] }, meta);
    expect(config.categories.find((c) => c.key === 'statistics')!.name.de).toBe('Analyse');
    expect(config.categories.find((c) => c.key === 'chat')!.name.de).toBeUndefined();
  });
});
