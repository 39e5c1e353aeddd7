import { describe, expect, it } from 'vitest';
import { bannerTextHash, checkRecordAgainstConfig, consentExpiry } from './consent.js';
import { fjallbagerietDeclaration as draft } from './fixtures/fjallbageriet.js';
import { buildPublishedConfig } from './published-config.js';
import { consentBodyProblem, formatIssues, ZConsentRecordBodySchema } from './schema/index.js';

const config = buildPublishedConfig(draft, {
  siteKey: 'fjallbageriet-key',
  version: 3,
  publishedAt: '2026-11-01T10:00:00.000Z',
});
const required = config.categories.find((c) => c.required)!;
const optional = config.categories.filter((c) => !c.required);
const locale = config.site.defaultLocale;

const body = {
  recordId: '019ae3c0-7b7a-7c3d-9a4e-0123456789ab',
  consentId: 'a'.repeat(32),
  siteKey: 'fjallbageriet-key',
  configVersion: 3,
  configHash: config.hash,
  action: 'custom' as const,
  choices: { [required.key]: true, [optional[0]!.key]: true },
  locale,
  gpc: false,
  pagePath: '/om-oss',
  clientTime: '2026-11-02T08:00:00.000Z',
};

describe('ZConsentRecordBodySchema', () => {
  it('accepts what the banner sends and drops unknown fields', () => {
    const parsed = ZConsentRecordBodySchema.parse({ ...body, expiresAt: 'x', extra: 1 });
    expect(parsed).toEqual(body);
  });

  it.each([
    ['recordId', 'not-a-uuid', 'recordId'],
    ['consentId', 'ABC', 'consentId'],
    ['action', 'scroll', 'action'],
    ['pagePath', '/a?b=1', 'pagePath'],
    ['pagePath', `/${'x'.repeat(3000)}`, 'pagePath'],
    ['configVersion', 0, 'configVersion'],
    ['gpc', 'yes', 'gpc'],
    ['choices', { Statistics: true }, 'choices'],
  ])('refuses a bad %s (%j) naming the field', (field, value, path) => {
    const result = ZConsentRecordBodySchema.safeParse({ ...body, [field]: value });
    expect(result.success).toBe(false);
    expect(formatIssues(result.error!).join('\n')).toContain(path);
  });
});

describe('what PostgreSQL cannot store exactly is refused with a specific code', () => {
  // Each of these passed validation before and then failed a whole group-commit batch (NUL,
  // years 0 and 10000) or broke the day's hash chain (a lone surrogate stored as U+FFFD).
  it.each([
    ['pagePath', '/a\u0000b', 'invalid_text', 'NUL'],
    ['pagePath', '/\ud800', 'invalid_text', 'well-formed'],
    ['pagePath', '/x\udc00y', 'invalid_text', 'well-formed'],
    ['clientTime', '0000-01-01T00:00:00Z', 'invalid_time', 'clientTime'],
    ['clientTime', '9999-12-31T23:30:00-05:00', 'invalid_time', 'clientTime'],
    ['clientTime', '1969-12-31T23:59:59Z', 'invalid_time', 'clientTime'],
  ])('%s %j → %s', (field, value, code, words) => {
    const result = ZConsentRecordBodySchema.safeParse({ ...body, [field]: value });
    expect(result.success).toBe(false);
    const problem = consentBodyProblem(result.error!);
    expect(problem.code).toBe(code);
    expect(problem.message).toContain(field);
    expect(problem.message).toContain(words);
  });

  it('keeps well-formed text, pairs of surrogates and the edges of the time range', () => {
    for (const [field, value] of <[string, string][]>[
      ['pagePath', '/smörgås/😀/\u2028'],
      ['clientTime', '1970-01-01T00:00:00Z'],
      ['clientTime', '9999-12-31T23:59:59.999Z'],
      ['clientTime', '2026-12-03T09:15:00+14:00'],
    ])
      expect(ZConsentRecordBodySchema.safeParse({ ...body, [field]: value }).success).toBe(true);
  });

  it('refuses a "__proto__" category instead of dropping it', () => {
    const parsed = JSON.parse(`{"choices":{"__proto__":true,"${required.key}":true}}`) as {
      choices: unknown;
    };
    const result = ZConsentRecordBodySchema.safeParse({ ...body, choices: parsed.choices });
    expect(result.success).toBe(false);
    expect(consentBodyProblem(result.error!)).toMatchObject({
      code: 'unknown_category',
      message: expect.stringContaining('__proto__'),
    });
  });

  it('answers invalid_record for any other problem', () => {
    const result = ZConsentRecordBodySchema.safeParse({ ...body, gpc: 'yes' });
    expect(consentBodyProblem(result.error!).code).toBe('invalid_record');
  });
});

describe('checkRecordAgainstConfig', () => {
  it('passes a record that fits its version', () => {
    expect(checkRecordAgainstConfig(body, config)).toBeNull();
  });

  it('names each way a record can disagree with its version', () => {
    expect(checkRecordAgainstConfig({ ...body, configHash: 'f'.repeat(64) }, config)?.code).toBe(
      'hash_mismatch',
    );
    expect(checkRecordAgainstConfig({ ...body, choices: { nope: true } }, config)?.code).toBe(
      'unknown_category',
    );
    expect(
      checkRecordAgainstConfig({ ...body, choices: { [required.key]: false } }, config)?.code,
    ).toBe('required_category_refused');
    expect(checkRecordAgainstConfig({ ...body, locale: 'de' }, config)?.code).toBe(
      'unknown_locale',
    );
  });
});

describe('consentExpiry', () => {
  const at = new Date('2026-01-31T12:00:00.000Z');
  it('uses the accept lifetime when an optional category is granted', () => {
    const e = consentExpiry(config, { [optional[0]!.key]: true }, at);
    const expected = new Date(at);
    expected.setUTCMonth(expected.getUTCMonth() + config.site.consentLifetimes.acceptMonths);
    expect(e.toISOString()).toBe(expected.toISOString());
  });
  it('uses the reject lifetime when only required categories are on', () => {
    const e = consentExpiry(config, { [required.key]: true }, at);
    const expected = new Date(at);
    expected.setUTCMonth(expected.getUTCMonth() + config.site.consentLifetimes.rejectMonths);
    expect(e.toISOString()).toBe(expected.toISOString());
  });
});

describe('bannerTextHash', () => {
  it('changes when a shown string changes and not otherwise', () => {
    const h = bannerTextHash(config, locale);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(bannerTextHash(structuredClone(config), locale)).toBe(h);
    const edited = structuredClone(config);
    (edited.texts[locale]!.banner as { title: string }).title += '!';
    expect(bannerTextHash(edited, locale)).not.toBe(h);
  });
  it('refuses a locale the config does not have', () => {
    expect(() => bannerTextHash(config, 'xx')).toThrow(/xx/);
  });
});
