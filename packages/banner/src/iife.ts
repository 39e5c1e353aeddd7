/**
 * Entry of `dist/banner.min.js`, the script sites load. It defines one global,
 * `smulaBoot(config, options)`, and does nothing else until that is called: the delivery
 * endpoint appends the call with the site's config inlined (see `serve.ts`).
 */
import { boot } from './runtime.js';

declare global {
  interface Window {
    smulaBoot?: typeof boot;
  }
}

window.smulaBoot = boot;
