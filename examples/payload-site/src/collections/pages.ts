import { isAdminUser } from '@smula/cms-plugin';
import type { CollectionConfig } from 'payload';

/** Site pages; `slug` is the path without the leading "/" ("home" for "/"). */
export const pages: CollectionConfig = {
  slug: 'pages',
  admin: { useAsTitle: 'title' },
  // The site renders pages through the local API; the public REST API need not list them.
  // Only the CMS's users, not the shop's customers (Payload's default is any signed-in user).
  access: {
    read: ({ req }) => isAdminUser(req),
    create: ({ req }) => isAdminUser(req),
    update: ({ req }) => isAdminUser(req),
    delete: ({ req }) => isAdminUser(req),
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true, unique: true, index: true },
    {
      name: 'layout',
      type: 'blocks',
      // smulaPlugin adds the "Cookie declaration" block here (blockFields in payload.config.ts).
      blocks: [
        {
          slug: 'content',
          interfaceName: 'ContentBlock',
          fields: [{ name: 'text', type: 'textarea', required: true }],
        },
      ],
    },
  ],
};
