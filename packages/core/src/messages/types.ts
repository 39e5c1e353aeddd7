/**
 * The shape of one language's message file: the default texts and the standard categories'
 * names and descriptions. Swedish and English live in `default-texts.ts`; every other language
 * has a file in this folder, listed in `messages/index.ts`.
 *
 * @packageDocumentation
 */
import type { TLocaleTexts, TStandardCategory } from '../model.js';

/** A standard category's name and description in one language. */
export interface TCategoryWords {
  name: string;
  description: string;
}

/** Everything Smula writes by default in one language. */
export interface TLanguageMessages {
  texts: TLocaleTexts;
  categories: Readonly<Record<TStandardCategory, TCategoryWords>>;
}
