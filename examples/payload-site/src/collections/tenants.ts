import { isAdminUser } from '@smula/cms-plugin';
import type { CollectionConfig } from 'payload';

/**
 * The sites this one Payload serves, each on its own host name and each its own site in Smula:
 * the collection `@payloadcms/plugin-multi-tenant` calls `tenants`. smulaPlugin's `tenants`
 * option (payload.config.ts) adds the Smula site key field and Test connection to it.
 */
export const tenants: CollectionConfig = {
  slug: 'tenants',
  admin: { useAsTitle: 'name' },
  access: {
    read: ({ req }) => isAdminUser(req),
    create: ({ req }) => isAdminUser(req),
    update: ({ req }) => isAdminUser(req),
    delete: ({ req }) => isAdminUser(req),
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'domain',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'The host name visitors use, e.g. fika.example.se (no port).' },
    },
  ],
};
