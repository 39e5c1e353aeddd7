import type { CollectionConfig } from 'payload';

/** Site pages; `slug` is the path without the leading "/" ("home" for "/"). */
export const pages: CollectionConfig = {
  slug: 'pages',
  admin: { useAsTitle: 'title' },
  // The site renders pages through the local API; the public REST API need not list them.
  access: { read: ({ req }) => Boolean(req.user) },
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
