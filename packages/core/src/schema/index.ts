/**
 * zod schemas for the declaration model and published configs: the validators the admin, the
 * API endpoints and the importers' callers use. Its own subpath so that browser code importing
 * `@smula/core` never bundles zod.
 *
 * Each schema is typed against the plain model type (`z.ZodType<TCategory>` …), so the two
 * cannot drift apart without a type error.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { normaliseHost } from '../auto-block.js';
import {
  CONSENT_ACTIONS,
  clientTimeInRange,
  type TConsentRecordBody,
  unstorableText,
} from '../consent.js';
import {
  BANNER_TEXT_KEYS,
  CONSENT_SIGNALS,
  GCM_SIGNALS,
  LEGAL_BASES,
  MATCH_KINDS,
  POLICY_TEXT_KEYS,
  REGION_MODELS,
  STORAGE_TYPES,
  type TAppearance,
  type TBannerTexts,
  type TCategory,
  type TConfigContent,
  type TDeclaration,
  type TDuration,
  type TLocaleTexts,
  type TLocaleTextsDraft,
  type TPolicySection,
  type TPolicyTexts,
  type TPublishedConfig,
  TRANSFER_MECHANISMS,
  type TSiteSettings,
  type TStorageItem,
  type TVendor,
} from '../model.js';
import { MAX_CONSENT_MONTHS } from '../published-config.js';

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'required');

/** A base language tag as declarations key their texts: `sv`, `en`, `fi`. */
export const ZLocaleSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'a language code such as "sv" or "en"');
/** Text per locale; each locale key validated, each text bounded. */
export const ZLocalizedTextSchema = (max = 4000) => z.record(ZLocaleSchema, text(max));
export const ZCountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code in capitals, such as "SE" or "US"');
export const ZKeySchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9_-]{0,39}$/,
    'lower-case letters, digits, "-" or "_", starting with a letter (at most 40)',
  );
export const ZIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:~-]{0,99}$/, 'letters, digits and - _ . : ~ (at most 100)');

/** http(s) only: a `javascript:` URL in a privacy-policy link would run in the visitor's page. */
export const ZWebUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => {
    try {
      const p = new URL(u).protocol;
      return p === 'https:' || p === 'http:';
    } catch {
      return false;
    }
  }, 'an absolute http(s) URL');

const ZColorSchema = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'a hex colour such as #1a1a1a');

export const ZDurationSchema: z.ZodType<TDuration> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), raw: text(1000).optional() }),
  z.object({ kind: z.literal('persistent'), raw: text(1000).optional() }),
  z.object({ kind: z.literal('unknown'), raw: text(1000).optional() }),
  z.object({
    kind: z.literal('seconds'),
    seconds: z
      .number()
      .int()
      .nonnegative()
      .max(100 * 366 * 86400),
    raw: text(1000).optional(),
  }),
]);

export const ZCategorySchema: z.ZodType<TCategory> = z.object({
  key: ZKeySchema,
  required: z.boolean(),
  order: z.number().int().min(0).max(1000),
  gcmSignals: z.array(z.enum(GCM_SIGNALS)).max(GCM_SIGNALS.length),
  name: ZLocalizedTextSchema(80),
  description: ZLocalizedTextSchema(2000),
  legalBasis: z.enum(LEGAL_BASES).optional(),
});

export const ZVendorSchema: z.ZodType<TVendor> = z.object({
  id: ZKeySchema,
  name: requiredText(200),
  legalName: text(300).optional(),
  privacyPolicyUrl: ZWebUrlSchema.optional(),
  optOutUrl: ZWebUrlSchema.optional(),
  countries: z.array(ZCountryCodeSchema).max(250),
  dpfCertified: z.boolean(),
  transferMechanism: z.enum(TRANSFER_MECHANISMS).optional(),
  retention: ZLocalizedTextSchema(1000).optional(),
  description: ZLocalizedTextSchema(10000),
  defaultCategory: ZKeySchema.optional(),
  legalBasis: z.enum(LEGAL_BASES).optional(),
  hosts: z
    .array(
      text(300).refine(
        (h) => normaliseHost(h) !== undefined,
        'not a host name such as www.youtube.com',
      ),
    )
    .max(50)
    .optional(),
  embedPlaceholder: z.boolean().optional(),
  consentSignal: z.enum(CONSENT_SIGNALS).optional(),
});

export const ZStorageItemSchema: z.ZodType<TStorageItem> = z.object({
  id: ZIdSchema,
  name: requiredText(300),
  matchKind: z.enum(MATCH_KINDS),
  type: z.enum(STORAGE_TYPES),
  host: text(300).optional(),
  party: z.enum(['first', 'third']),
  duration: ZDurationSchema,
  purpose: ZLocalizedTextSchema(2000),
  category: ZKeySchema,
  vendor: ZKeySchema.optional(),
  necessityJustification: text(2000).optional(),
  recipientCountries: z.array(ZCountryCodeSchema).max(250).optional(),
  legalBasis: z.enum(LEGAL_BASES).optional(),
  initiator: text(1000).optional(),
  source: text(2000).optional(),
  firstFoundUrl: text(2000).optional(),
});

/**
 * A site's domain as people paste it: `https://www.example.se/kakor` and `WWW.Example.se.` both
 * become `www.example.se` (scheme, credentials, path, query and a trailing dot dropped); what is
 * left must be a host name, optionally `*.`-prefixed or with a port.
 */
export const ZDomainSchema = z.preprocess(
  (raw) => (typeof raw === 'string' ? hostOfPasted(raw) : raw),
  z
    .string()
    .min(1, 'a host name such as example.se')
    .regex(/^(?:\*\.)?[a-z0-9.-]+(?::\d+)?$/, 'a host name such as example.se'),
);

function hostOfPasted(raw: string): string {
  let host = raw.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, ''); // scheme
  host = host.replace(/^[^/@]*@/, ''); // credentials
  host = host.replace(/[/?#].*$/, ''); // path, query, fragment
  return host.replace(/\.(?=:|$)/, ''); // the DNS root dot
}

export const ZSiteSettingsSchema: z.ZodType<TSiteSettings> = z
  .object({
    name: requiredText(200),
    domains: z.array(ZDomainSchema).max(100),
    locales: z.array(ZLocaleSchema).min(1, 'at least one locale').max(30),
    defaultLocale: ZLocaleSchema,
    consentLifetimes: z.object({
      acceptMonths: z
        .number()
        .int()
        .min(1)
        .max(MAX_CONSENT_MONTHS, `at most ${MAX_CONSENT_MONTHS} months`),
      rejectMonths: z
        .number()
        .int()
        .min(1)
        .max(MAX_CONSENT_MONTHS, `at most ${MAX_CONSENT_MONTHS} months`),
    }),
    privacyPolicyUrl: ZWebUrlSchema.optional(),
    cookiePolicyUrl: ZWebUrlSchema.optional(),
    contact: z.object({
      name: text(200).optional(),
      email: z.email().max(320).optional(),
      phone: text(50).optional(),
      url: ZWebUrlSchema.optional(),
    }),
    googleConsentMode: z.object({
      enabled: z.boolean(),
      mode: z.enum(['basic', 'advanced']),
      waitForUpdateMs: z.number().int().min(0).max(10000).optional(),
      adsDataRedaction: z.boolean().optional(),
      urlPassthrough: z.boolean().optional(),
    }),
    autoBlocking: z.boolean().optional(),
    regionRules: z
      .object({
        models: z.object({
          eu: z.enum(REGION_MODELS),
          uk: z.enum(REGION_MODELS),
          ch: z.enum(REGION_MODELS),
          us: z.enum(REGION_MODELS),
          other: z.enum(REGION_MODELS),
        }),
        optOutCategories: z.array(ZKeySchema).max(50),
      })
      .optional(),
  })
  .refine((s) => s.locales.includes(s.defaultLocale), {
    message: 'the default locale must be one of the site locales',
    path: ['defaultLocale'],
  });

const shape = <K extends string>(keys: readonly K[], field: z.ZodType<string>) =>
  Object.fromEntries(keys.map((k) => [k, field])) as Record<K, z.ZodType<string>>;

export const ZPolicySectionSchema: z.ZodType<TPolicySection> = z.object({
  id: ZKeySchema,
  heading: requiredText(200),
  body: text(20000),
});

export const ZBannerTextsSchema: z.ZodType<TBannerTexts> = z.object(
  shape(BANNER_TEXT_KEYS, requiredText(2000)),
);
export const ZPolicyTextsSchema: z.ZodType<TPolicyTexts> = z.object({
  ...shape(POLICY_TEXT_KEYS, requiredText(2000)),
  sections: z.array(ZPolicySectionSchema).max(50),
});
export const ZLocaleTextsSchema: z.ZodType<TLocaleTexts> = z.object({
  banner: ZBannerTextsSchema,
  policy: ZPolicyTextsSchema,
});
export const ZLocaleTextsDraftSchema: z.ZodType<TLocaleTextsDraft> = z.object({
  banner: z
    .object(shape(BANNER_TEXT_KEYS, text(2000)))
    .partial()
    .optional(),
  policy: z
    .object({
      ...shape(POLICY_TEXT_KEYS, text(2000)),
      sections: z.array(ZPolicySectionSchema).max(50),
    })
    .partial()
    .optional(),
});

export const ZAppearanceSchema: z.ZodType<TAppearance> = z.object({
  layout: z.enum(['bar', 'box', 'modal']),
  position: z.enum(['bottom', 'top', 'bottom-left', 'bottom-right', 'center']),
  colors: z.object({
    background: ZColorSchema,
    text: ZColorSchema,
    buttonBackground: ZColorSchema,
    buttonText: ZColorSchema,
    link: ZColorSchema,
    focus: ZColorSchema,
  }),
  radius: z.number().int().min(0).max(32),
  floatingButton: z.object({ enabled: z.boolean(), position: z.enum(['left', 'right']) }),
});

interface TRefs {
  categories: readonly TCategory[];
  vendors: readonly TVendor[];
  items: readonly TStorageItem[];
}

/** Uniqueness and references between entities: what one entity's schema cannot see. */
function checkReferences(d: TRefs, ctx: z.RefinementCtx): void {
  const unique = (list: readonly { [k: string]: unknown }[], field: string, path: string) => {
    const seen = new Set<unknown>();
    list.forEach((x, i) => {
      if (seen.has(x[field]))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate ${field} "${String(x[field])}"`,
          path: [path, i, field],
        });
      seen.add(x[field]);
    });
  };
  unique(d.categories as never, 'key', 'categories');
  unique(d.vendors as never, 'id', 'vendors');
  unique(d.items as never, 'id', 'items');
  const categories = new Set(d.categories.map((c) => c.key));
  const vendors = new Set(d.vendors.map((v) => v.id));
  d.vendors.forEach((v, i) => {
    if (v.defaultCategory && !categories.has(v.defaultCategory))
      ctx.addIssue({
        code: 'custom',
        message: `unknown category "${v.defaultCategory}"`,
        path: ['vendors', i, 'defaultCategory'],
      });
  });
  d.items.forEach((item, i) => {
    if (!categories.has(item.category))
      ctx.addIssue({
        code: 'custom',
        message: `unknown category "${item.category}"`,
        path: ['items', i, 'category'],
      });
    if (item.vendor && !vendors.has(item.vendor))
      ctx.addIssue({
        code: 'custom',
        message: `unknown vendor "${item.vendor}"`,
        path: ['items', i, 'vendor'],
      });
  });
}

export const ZDeclarationSchema: z.ZodType<TDeclaration> = z
  .object({
    site: ZSiteSettingsSchema,
    categories: z.array(ZCategorySchema).max(50),
    vendors: z.array(ZVendorSchema).max(2000),
    items: z.array(ZStorageItemSchema).max(20000),
    texts: z.record(ZLocaleSchema, ZLocaleTextsDraftSchema),
    appearance: ZAppearanceSchema,
  })
  .superRefine(checkReferences);

const ZConfigContentShape = {
  schemaVersion: z.literal(1),
  site: ZSiteSettingsSchema,
  categories: z.array(ZCategorySchema),
  vendors: z.array(ZVendorSchema),
  items: z.array(ZStorageItemSchema),
  texts: z.record(ZLocaleSchema, ZLocaleTextsSchema),
  appearance: ZAppearanceSchema,
};

export const ZConfigContentSchema: z.ZodType<TConfigContent> = z
  .object(ZConfigContentShape)
  .superRefine(checkReferences);

const ZHexHash = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest');

export const ZPublishedConfigSchema: z.ZodType<TPublishedConfig> = z
  .object({
    ...ZConfigContentShape,
    siteKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a site key'),
    version: z.number().int().positive(),
    publishedAt: z.iso.datetime({ offset: true }),
    hash: ZHexHash,
    materialHash: ZHexHash,
    materialSince: z.record(ZKeySchema, z.number().int().positive()),
    autoBlock: z
      .record(
        z.string().regex(/^[a-z0-9.-]+$/, 'a host name'),
        z.string().regex(/^[a-z0-9_-]+(?: [a-z0-9_-]+)*$/, 'space-separated category keys'),
      )
      .optional(),
  })
  .superRefine(checkReferences);

/** The codes a refused body is answered with, beside `invalid_record` (see `consentBodyProblem`). */
export type TConsentBodyCode =
  | 'invalid_record'
  | 'invalid_text'
  | 'invalid_time'
  | 'unknown_category';

const problem = (code: TConsentBodyCode) => ({ params: { code } });

/** Whether every string of a value, object keys included, is storable: the common case, checked
 * without building paths (this runs for every consent record). */
function allStorable(value: unknown): boolean {
  if (typeof value === 'string') return unstorableText(value) === null;
  if (Array.isArray(value)) return value.every(allStorable);
  if (value && typeof value === 'object') {
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue;
      if (unstorableText(k) !== null || !allStorable((value as Record<string, unknown>)[k]))
        return false;
    }
  }
  return true;
}

/** Every string of a value and the path to it, object keys included. */
function* strings(value: unknown, path: (string | number)[] = []): Generator<[string[], string]> {
  if (typeof value === 'string') yield [path.map(String), value];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      yield [[...path.map(String), k], k];
      yield* strings(v, [...path, k]);
    }
}

/**
 * The body of `POST /api/v1/consents`. Unknown fields are dropped rather than refused, so an
 * older server accepts a newer banner's record; every kept field is typed and bounded, and
 * every kept string is one PostgreSQL stores exactly as received (no NUL, well-formed
 * Unicode), so a record reads back as it was hashed.
 */
export const ZConsentRecordBodySchema: z.ZodType<TConsentRecordBody> = z
  .object({
    recordId: z
      .string()
      .regex(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
        'a lower-case UUID (the banner sends a UUIDv7)',
      ),
    consentId: z.string().regex(/^[0-9a-f]{32}$/, '32 lower-case hex digits'),
    siteKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a site key'),
    configVersion: z.number().int().positive().max(1_000_000_000),
    configHash: ZHexHash,
    action: z.enum(CONSENT_ACTIONS),
    choices: z.preprocess(
      (raw, ctx) => {
        // JSON.parse keeps a "__proto__" key as an own property, but a record schema skips it
        // (assigning it would set the prototype): refuse it here like any unknown category.
        if (raw && typeof raw === 'object' && Object.hasOwn(raw, '__proto__'))
          ctx.addIssue({
            code: 'custom',
            message: '"__proto__" is not a category',
            ...problem('unknown_category'),
          });
        return raw;
      },
      z
        .record(ZKeySchema, z.boolean())
        .refine((c) => Object.keys(c).length <= 50, 'at most 50 categories'),
    ),
    locale: ZLocaleSchema,
    gpc: z.boolean(),
    pagePath: z
      .string()
      .max(2048, 'at most 2048 characters')
      .regex(/^\/[^?#]*$/, 'a path starting with "/", without query or fragment'),
    clientTime: z.iso
      .datetime({ offset: true })
      .refine(clientTimeInRange, {
        message: 'a time between 1970 and the end of 9999 (UTC)',
        ...problem('invalid_time'),
      })
      .optional(),
  })
  .superRefine((body, ctx) => {
    if (allStorable(body)) return;
    for (const [path, value] of strings(body)) {
      const why = unstorableText(value);
      if (why) ctx.addIssue({ code: 'custom', path, message: why, ...problem('invalid_text') });
    }
  });

/**
 * The code and message to refuse a body with: the specific code of its first problem that has
 * one (`invalid_text`, `invalid_time`, `unknown_category`), else `invalid_record`.
 */
export function consentBodyProblem(error: z.ZodError): { code: TConsentBodyCode; message: string } {
  const codeOf = (i: z.core.$ZodIssue) =>
    i.code === 'custom' ? (i.params as { code?: TConsentBodyCode } | undefined)?.code : undefined;
  const code = error.issues.map(codeOf).find((c) => c !== undefined);
  return { code: code ?? 'invalid_record', message: formatIssues(error).join('; ') };
}

/** Readable one-line-per-problem form of a zod error: `items.3.category: unknown category "x"`. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);
}
