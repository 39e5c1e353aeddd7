import type { CollectionConfig } from 'payload';
import { CACHE_COLLECTION_SLUG } from './constants.js';

const nobody = () => false;

/**
 * Where the last good banner script and declarations are kept, one row per site key and
 * locale (`banner:{siteKey}`, `declaration:{siteKey}:{locale}`): in the site's own database,
 * so a restart or a changed admin URL does not lose the copy that is served while the admin
 * cannot be reached. Not editable and not readable through the APIs (the plugin writes it
 * through the local API); hidden from the admin.
 */
export function cacheCollection(): CollectionConfig {
  return {
    slug: CACHE_COLLECTION_SLUG,
    labels: { singular: 'Smula cached copy', plural: 'Smula cached copies' },
    admin: { hidden: true, useAsTitle: 'key' },
    access: { read: nobody, create: nobody, update: nobody, delete: nobody },
    graphQL: false,
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, index: true },
      { name: 'body', type: 'textarea', required: true },
      { name: 'etag', type: 'text' },
      { name: 'version', type: 'number' },
      /** When the admin last answered with this body (ms since the epoch). */
      { name: 'fetchedAt', type: 'number' },
    ],
  };
}
