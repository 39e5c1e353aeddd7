import type { TCategory, TStorageItem, TVendor } from '../model.js';

/**
 * Something an importer could not use or had to assume. `text` is the input it is about (the
 * line or cell as written) so that an editor can find it; nothing an importer reads is dropped
 * without one of these.
 */
export interface TImportWarning {
  /** 1-based line number in the imported text, when the warning is about one line or row. */
  line?: number;
  text: string;
  message: string;
}

/**
 * A partial declaration: what one import found. The admin merges it into a site's draft; ids are
 * deterministic, so importing the same text again yields the same ids.
 */
export interface TImportedDraft {
  categories: TCategory[];
  vendors: TVendor[];
  items: TStorageItem[];
}

/** What every importer returns. Importers never throw on bad input: they warn. */
export interface TImportResult {
  draft: TImportedDraft;
  warnings: TImportWarning[];
  /** Prose found before the first category (a Cookiebot declaration's introduction). */
  intro?: string;
}
