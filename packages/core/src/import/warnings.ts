import type { TImportWarning } from './types.js';

/** A warning list and the function importers add to it with. */
export interface TWarningLog {
  warnings: TImportWarning[];
  warn: (line: number | undefined, text: string, message: string) => void;
  /**
   * The warnings in reading order: those about the whole input first, then by line. Importers
   * find some problems only when an item or block ends, after later lines were read.
   */
  sorted: () => TImportWarning[];
}

/** Starts a warning list for one import. */
export function createWarningLog(): TWarningLog {
  const warnings: TImportWarning[] = [];
  return {
    warnings,
    warn: (line, text, message) => {
      warnings.push(line === undefined ? { text, message } : { line, text, message });
    },
    sorted: () => [...warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}
