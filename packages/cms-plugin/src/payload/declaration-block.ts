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
export const cookieDeclarationBlock: Block = {
  slug: DECLARATION_BLOCK_SLUG,
  interfaceName: 'SmulaDeclarationBlock',
  labels: { singular: tr('blockSingular'), plural: tr('blockPlural') },
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
