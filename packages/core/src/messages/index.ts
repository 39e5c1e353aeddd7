/**
 * The registry of message files: every language Smula has default texts in, besides Swedish
 * and English (which live in `default-texts.ts`). Adding a language is a file in this folder,
 * a line here and its duration words in `duration-unit-words.ts`; the tests then check it.
 *
 * @packageDocumentation
 */
import { bg } from './bg.js';
import { cs } from './cs.js';
import { da } from './da.js';
import { de } from './de.js';
import { el } from './el.js';
import { es } from './es.js';
import { et } from './et.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { ga } from './ga.js';
import { hr } from './hr.js';
import { hu } from './hu.js';
import { is } from './is.js';
import { it } from './it.js';
import { lt } from './lt.js';
import { lv } from './lv.js';
import { mt } from './mt.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { sk } from './sk.js';
import { sl } from './sl.js';
import type { TLanguageMessages } from './types.js';

/** Message files by language subtag (ISO 639-1), in the order the admin lists them. */
export const MESSAGES = {
  bg,
  hr,
  cs,
  da,
  nl,
  et,
  fi,
  fr,
  de,
  el,
  hu,
  ga,
  it,
  lv,
  lt,
  mt,
  pl,
  pt,
  ro,
  sk,
  sl,
  es,
  nb,
  is,
} as const satisfies Readonly<Record<string, TLanguageMessages>>;

export type { TCategoryWords, TLanguageMessages } from './types.js';
