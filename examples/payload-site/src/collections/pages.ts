import { isAdminUser } from '@smula/cms-plugin';
import type { CollectionConfig } from 'payload';
import { DEFAULT_LOCALE } from '../locales';

/** Site pages; `slug` is the path without the leading "/" ("home" for "/"). */
export const pages: CollectionConfig = {
  slug: 'pages',
  admin: {
    useAsTitle: 'title',
    // Live preview through the preview route, which turns on draft mode for the CMS's users:
    // the frame shows the page without the Smula banner.
    livePreview: {
      url: ({ data, locale, req }) => {
        const host = req.headers.get('host');
        if (!host || typeof data.slug !== 'string') return null;
        const prefix = locale?.code && locale.code !== DEFAULT_LOCALE ? `/${locale.code}` : '';
        const path = `${prefix}/${data.slug === 'home' ? '' : data.slug}`;
        const origin = `${req.protocol ?? 'http:'}//${host}`;
        return `${origin}/next/preview?path=${encodeURIComponent(path)}`;
      },
    },
  },
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
