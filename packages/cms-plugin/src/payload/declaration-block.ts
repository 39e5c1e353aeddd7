import type { Block } from 'payload';
import { tr } from '../translations.js';
import { DECLARATION_BLOCK_SLUG } from './constants.js';

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/;

/**
 * The "Cookie declaration" block: editors place it in a page layout; the site renders it with
 * `<SmulaDeclaration>`. Its rows hold only these two optional fields: the declaration itself is
 * never copied into the CMS, it always comes from the published version in Smula.
 *
 * The language is a select of the languages the site publishes in Smula (asked from the admin
 * when the form opens); empty means the page's own locale. It is stored as text, so the schema
 * does not change when the site publishes another language.
 */
/** A cookie beside table rows: the block picker's 3:2 thumbnail and its 20 px icon, inline. */
const svg = (viewBox: string, body: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${body}</svg>`)}`;
const COOKIE =
  '<circle cx="10" cy="10" r="8" fill="#d9a55b" stroke="#8a5a1c" stroke-width="1.5"/><circle cx="7" cy="8" r="1.3" fill="#5b3a12"/><circle cx="12.5" cy="6.5" r="1.1" fill="#5b3a12"/><circle cx="11.5" cy="12.5" r="1.4" fill="#5b3a12"/>';
const ROWS = [0, 1, 2, 3, 4]
  .map(
    (i) =>
      `<rect x="40" y="${130 + i * 34}" width="400" height="22" rx="4" fill="${i % 2 ? '#e2e8f0' : '#f1f5f9'}"/>`,
  )
  .join('');
export const BLOCK_IMAGES = {
  thumbnail: {
    url: svg(
      '0 0 480 320',
      `<rect width="480" height="320" fill="#ffffff"/><rect x="40" y="40" width="220" height="24" rx="4" fill="#1f2328"/><rect x="40" y="84" width="400" height="26" rx="4" fill="#1f4fd1"/>${ROWS}<g transform="translate(372 22) scale(3.4)">${COOKIE}</g>`,
    ),
    alt: 'A cookie declaration: a table of cookies under a heading',
  },
  icon: { url: svg('0 0 20 20', COOKIE), alt: 'Cookie' },
};

export const cookieDeclarationBlock: Block = {
  slug: DECLARATION_BLOCK_SLUG,
  interfaceName: 'SmulaDeclarationBlock',
  labels: { singular: tr('blockSingular'), plural: tr('blockPlural') },
  admin: { images: BLOCK_IMAGES },
  fields: [
    {
      name: 'heading',
      type: 'text',
      label: tr('heading'),
      admin: { description: tr('headingDescription') },
    },
    {
      name: 'locale',
      type: 'text',
      label: tr('language'),
      admin: {
        description: tr('languageDescription'),
        components: { Field: '@smula/cms-plugin/client#SmulaLanguageSelect' },
      },
      validate: (value: string | null | undefined, { req }: { req: { t: (k: never) => string } }) =>
        !value?.trim() ||
        LANGUAGE_TAG.test(value.trim()) ||
        req.t('plugin-smula:languageInvalid' as never),
    },
  ],
};
