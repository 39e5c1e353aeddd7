import { isAdminUser } from '@smula/cms-plugin';
import type { CollectionConfig } from 'payload';

/**
 * The CMS's own users (`admin.user`). Payload's default access is "any signed-in user", which
 * with a second auth collection would include customers: only the admin's users here. (The
 * very first user is created through Payload's first-register form, which needs no access.)
 */
export const users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'email' },
  access: {
    create: ({ req }) => isAdminUser(req),
    read: ({ req }) => isAdminUser(req),
    update: ({ req }) => isAdminUser(req),
    delete: ({ req }) => isAdminUser(req),
  },
  fields: [],
};
