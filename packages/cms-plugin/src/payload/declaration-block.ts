import type { Block } from 'payload';
import { DECLARATION_BLOCK_SLUG } from './constants.js';

/**
 * The "Cookie declaration" block: editors place it in a page layout; the site renders it with
 * `<SmulaDeclaration>`. Its rows hold only these two optional fields: the declaration itself is
 * never copied into the CMS, it always comes from the published version in Smula.
 */
export const cookieDeclarationBlock: Block = {
  slug: DECLARATION_BLOCK_SLUG,
  interfaceName: 'SmulaDeclarationBlock',
  labels: { singular: 'Cookie declaration', plural: 'Cookie declarations' },
  fields: [
    {
      name: 'heading',
      type: 'text',
      label: 'Heading',
      admin: { description: 'Optional heading shown above the declaration.' },
    },
    {
      name: 'locale',
      type: 'text',
      label: 'Language',
      admin: { description: "Optional, e.g. sv or en. Empty: the page's language." },
      validate: (value: string | null | undefined) =>
        !value?.trim() ||
        /^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/.test(value.trim()) ||
        'A language tag such as "sv" or "en-GB".',
    },
  ],
};
