import { isAdminUser } from '@smula/cms-plugin';
import type { Access, CollectionConfig } from 'payload';

// A customer sees and changes only their own account; the admin's users see all of them.
const selfOrAdmin: Access = ({ req }) =>
  isAdminUser(req) ||
  (req.user?.collection === 'customers' ? { id: { equals: req.user.id } } : false);

/**
 * The shop's customer accounts: a second auth collection, as many Payload sites have. Anyone
 * may sign up and sign in through the REST API (`/api/customers`), but a customer is not a
 * CMS user: the admin panel signs in with `users` only, and no customer may change pages,
 * users or the Smula settings (the browser tests check the last).
 */
export const customers: CollectionConfig = {
  slug: 'customers',
  auth: true,
  admin: { useAsTitle: 'email' },
  access: {
    create: () => true,
    read: selfOrAdmin,
    update: selfOrAdmin,
    delete: selfOrAdmin,
  },
  fields: [],
};
