import type { TStorageType } from '@smula/core';

/** What each storage type is called in the table, the filters and the item form. */
export const TYPE_LABELS: Record<TStorageType, string> = {
  cookie: 'HTTP cookie',
  local_storage: 'Local storage',
  session_storage: 'Session storage',
  indexeddb: 'IndexedDB',
  pixel: 'Pixel',
};
