import { docs } from 'fumadocs-mdx:collections/server';
import { loader } from 'fumadocs-core/source';

/** Every page of content/ at `/<file name>`; content/index.md is the home page. */
export const source = loader({
  baseUrl: '/',
  source: docs.toFumadocsSource(),
});
