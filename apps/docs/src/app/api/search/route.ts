import { createFromSource } from 'fumadocs-core/search/server';
import { source } from '~/lib/source';

// The whole search index is built once at build time and served as a static JSON file; the
// browser downloads it and searches locally, so search works without a search server or network.
export const revalidate = false;
export const { staticGET: GET } = createFromSource(source);
