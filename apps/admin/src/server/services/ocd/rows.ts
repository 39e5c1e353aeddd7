import type { TOcdRow } from '@smula/core/import';
import type { ocdEntries } from '../../db/schema/ocd';

/** A stored row back in core's shape, for `fromOpenCookieDatabase`. */
export function toOcdRow(row: typeof ocdEntries.$inferSelect): TOcdRow {
  return {
    id: row.id,
    platform: row.platform,
    category: row.category,
    name: row.name,
    domain: row.domain,
    description: row.description,
    retention: row.retention,
    dataController: row.dataController,
    privacyUrl: row.privacyUrl,
    wildcard: row.wildcard,
  };
}
