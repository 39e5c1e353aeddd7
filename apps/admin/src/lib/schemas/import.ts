/** Import fields the import screen, the CLI and the import services share (client-safe). */
import { z } from 'zod';

/** `auto` recognises the format (core's `importDeclarationText`); the others force one. */
export const IMPORT_FORMATS = ['auto', 'cookiebot', 'table', 'csv'] as const;
export type TImportFormat = (typeof IMPORT_FORMATS)[number];

/** 2 MB of text: far beyond any real declaration, and a bound on the work one request can ask. */
export const MAX_IMPORT_CHARS = 2_000_000;

export const ZImportText = z
  .string()
  .max(MAX_IMPORT_CHARS, 'The text is too long to import (at most 2 MB).');
