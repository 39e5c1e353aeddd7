import {
  CONSENT_SIGNALS,
  isValidCountryCode,
  LEGAL_BASES,
  normaliseCountryCode,
  TRANSFER_MECHANISMS,
  type TVendor,
} from '@smula/core';
import { ZVendorSchema } from '@smula/core/schema';
import { z } from 'zod';
import { taken } from '../declaration/conflict';
import { cleanText, describeIssues, invalid, optionalText } from '../declaration/validation';
import { say } from '../errors';

const ZTextInput = z.record(z.string(), z.string());

/** The editable fields of a vendor, loosely typed: core's schema gives the messages. */
export const ZVendorFields = z.object({
  /** The declaration's vendor id, unique in the site: `google`. Derived from the name if left out. */
  slug: z.string().trim(),
  name: z.string(),
  legalName: z.string().nullable(),
  privacyPolicyUrl: z.string().nullable(),
  optOutUrl: z.string().nullable(),
  /** ISO 3166-1 alpha-2 codes; lower case and the EU's `UK`/`EL` are accepted and normalised. */
  countries: z.array(z.string()).max(250),
  dpfCertified: z.boolean(),
  transferMechanism: z.enum(TRANSFER_MECHANISMS).nullable(),
  retention: ZTextInput.nullable(),
  description: ZTextInput,
  /** A category key of the site. */
  defaultCategory: z.string().nullable(),
  legalBasis: z.enum(LEGAL_BASES).nullable(),
  /** Hosts the vendor serves scripts and embeds from, for automatic blocking. */
  hosts: z.array(z.string()).max(50),
  /** False: a blocked embed of this vendor stays blank instead of showing a placeholder. */
  embedPlaceholder: z.boolean(),
  /** The vendor's own consent API the banner calls on every decision. */
  consentSignal: z.enum(CONSENT_SIGNALS).nullable(),
});
export type TVendorFields = z.infer<typeof ZVendorFields>;

const NAMES = {
  labels: {
    id: 'Slug',
    name: 'Name',
    legalName: 'Legal name',
    privacyPolicyUrl: 'Privacy-policy URL',
    optOutUrl: 'Opt-out URL',
    countries: 'Recipient countries',
    transferMechanism: 'Transfer mechanism',
    defaultCategory: 'Default category',
    hosts: 'Hosts',
  },
  fields: { id: 'slug' },
};

/** A slug from a display name: `Google Ireland Ltd` → `google-ireland-ltd`. */
export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 36)
    .replace(/-+$/g, '');
  return slug || 'vendor';
}

/**
 * Validates a vendor with core's schema (the one publishing applies) plus what it cannot see:
 * real country codes and a default category that exists in the site.
 */
export function parseVendor(
  value: Omit<TVendorFields, 'slug'> & { slug: string },
  categoryKeys: ReadonlySet<string>,
): TVendor {
  const issues: string[] = [];
  const countries: string[] = [];
  value.countries.forEach((given, i) => {
    const code = normaliseCountryCode(given);
    if (code && isValidCountryCode(code)) {
      if (!countries.includes(code)) countries.push(code);
    } else {
      issues.push(
        `countries.${i}: Recipient countries (entry ${i + 1}): “${given}” is not an ISO 3166-1 country code such as SE or US.`,
      );
    }
  });
  const defaultCategory = optionalText(value.defaultCategory);
  if (defaultCategory && !categoryKeys.has(defaultCategory)) {
    issues.push(
      `defaultCategory: Default category “${defaultCategory}” is not a category of this site.`,
    );
  }
  const retention = value.retention ? cleanText(value.retention) : {};
  const candidate: Record<string, unknown> = {
    id: value.slug,
    name: value.name,
    countries,
    dpfCertified: value.dpfCertified,
    description: value.description,
  };
  const optional = {
    legalName: optionalText(value.legalName),
    privacyPolicyUrl: optionalText(value.privacyPolicyUrl),
    optOutUrl: optionalText(value.optOutUrl),
    transferMechanism: value.transferMechanism ?? undefined,
    retention: Object.keys(retention).length > 0 ? retention : undefined,
    defaultCategory,
    legalBasis: value.legalBasis ?? undefined,
    // Compared case-insensitively by the banner; blanks and repeats dropped.
    hosts: value.hosts.length
      ? [...new Set(value.hosts.map((h) => h.trim().toLowerCase()).filter(Boolean))]
      : undefined,
    embedPlaceholder: value.embedPlaceholder === false ? false : undefined,
    consentSignal: value.consentSignal ?? undefined,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) candidate[k] = v;
  const parsed = ZVendorSchema.safeParse(candidate);
  if (!parsed.success) issues.unshift(...describeIssues(parsed.error, NAMES));
  if (issues.length > 0 || !parsed.success) invalid('vendor', issues);
  return {
    ...parsed.data,
    description: cleanText(parsed.data.description),
    ...(parsed.data.retention ? { retention: cleanText(parsed.data.retention) } : {}),
  };
}

/** A slug already used by another vendor of the site. */
export const slugTaken = (slug: string) => taken('slug', say('vendorSlugTaken', { slug }));
