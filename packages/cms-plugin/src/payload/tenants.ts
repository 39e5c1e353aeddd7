import type { CollectionConfig, CollectionSlug, Field, Payload } from 'payload';
import { isSiteKey, SmulaConfigError } from '../helpers/index.js';
import {
  DEFAULT_TENANT_SITE_KEY_FIELD,
  type TSmulaPluginOptions,
  type TSmulaTenantsOptions,
} from '../settings.js';
import { type TSmulaTranslationKey, tr } from '../translations.js';
import { canManageSmula } from './access.js';

/** A tenant as the frontend has it: its id, or its document (with or without the key field). */
export type TSmulaTenant = string | number | { id: string | number; [field: string]: unknown };

type TT = { t: (key: never, vars?: Record<string, unknown>) => string };

/** The tenants options with the default field name, after checking their shape. */
export function tenantsConfig(options: TSmulaPluginOptions): Required<TSmulaTenantsOptions> | null {
  const t = options.tenants as Partial<TSmulaTenantsOptions> | null | undefined;
  if (t === undefined) return null;
  if (!t || typeof t.collection !== 'string' || !t.collection)
    throw new SmulaConfigError(
      'smulaPlugin: tenants.collection must be the tenants collection slug.',
    );
  const siteKeyField = t.siteKeyField ?? DEFAULT_TENANT_SITE_KEY_FIELD;
  // It becomes a column: a plain identifier only.
  if (typeof siteKeyField !== 'string' || !/^[A-Za-z][A-Za-z0-9_]{0,62}$/.test(siteKeyField))
    throw new SmulaConfigError(
      'smulaPlugin: tenants.siteKeyField must be a field name (a letter, then letters, digits or _).',
    );
  return { collection: t.collection, siteKeyField };
}

/**
 * The fields the plugin adds to the tenants collection: the tenant's site key (validated like
 * the settings global's, changeable only by those who may change the Smula settings, since
 * it decides which script runs on the tenant's pages) and, when Smula is on, Test connection
 * for it. The key field is there either way, so migrations never depend on the options.
 */
export function tenantFields(
  options: TSmulaPluginOptions,
  siteKeyField: string,
  withUi: boolean,
): Field[] {
  const key: Field = {
    name: siteKeyField,
    type: 'text',
    label: tr('siteKey'),
    index: true,
    admin: { description: tr('tenantSiteKeyDescription') },
    access: {
      update: ({ req }) => canManageSmula(req, options.access?.update),
      create: ({ req }) => canManageSmula(req, options.access?.update),
    },
    validate: (value: string | null | undefined, { req }: { req: TT }) =>
      !value?.trim() ||
      isSiteKey(value.trim()) ||
      req.t('plugin-smula:siteKeyInvalid' satisfies TSmulaTranslationKey as never),
  };
  if (!withUi) return [key];
  return [
    key,
    {
      name: `${siteKeyField}Test`,
      type: 'ui',
      admin: {
        components: {
          Field: {
            path: '@smula/cms-plugin/client#SmulaTestConnection',
            clientProps: { siteKeyField },
          },
        },
      },
    },
  ];
}

/** The tenants collection with the plugin's fields appended (a copy; `fields` are shared). */
export function withTenantFields(
  collection: CollectionConfig,
  options: TSmulaPluginOptions,
  siteKeyField: string,
  withUi: boolean,
): CollectionConfig {
  if (collection.fields.some((f) => 'name' in f && f.name === siteKeyField))
    throw new SmulaConfigError(
      `smulaPlugin: collection "${collection.slug}" already has a field "${siteKeyField}"; choose another tenants.siteKeyField.`,
    );
  return {
    ...collection,
    fields: [...collection.fields, ...tenantFields(options, siteKeyField, withUi)],
  };
}

/** An id the banner route accepts in `?tenant=`: what Payload's id types look like, nothing more. */
export function isTenantId(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(value);
}

/**
 * A tenant's site key: from the document when it carries the key field, else read by id
 * (the local API, so the tenants collection's own access rules do not hide it from the
 * frontend). `null` when there is no such tenant or it has no valid key: never another
 * tenant's or the default key, so a visitor's `?tenant=` can only pick a configured tenant.
 */
export async function tenantSiteKey(
  payload: Payload,
  tenants: Required<TSmulaTenantsOptions>,
  tenant: TSmulaTenant,
): Promise<{ id: string | number; siteKey: string | null } | null> {
  const field = tenants.siteKeyField;
  let doc: Record<string, unknown> | null = null;
  if (typeof tenant === 'object' && tenant !== null && field in tenant) doc = tenant;
  else {
    const id = typeof tenant === 'object' && tenant !== null ? tenant.id : tenant;
    if (!isTenantId(String(id))) return null;
    try {
      doc = (await payload.findByID({
        collection: tenants.collection as CollectionSlug,
        id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        select: { [field]: true },
      })) as Record<string, unknown> | null;
    } catch {
      // An id of the wrong type for the database (text where ids are numbers): no tenant.
      doc = null;
    }
  }
  if (!doc || (typeof doc.id !== 'string' && typeof doc.id !== 'number')) return null;
  const raw = doc[field];
  const key = typeof raw === 'string' ? raw.trim() : '';
  return { id: doc.id, siteKey: isSiteKey(key) ? key : null };
}
