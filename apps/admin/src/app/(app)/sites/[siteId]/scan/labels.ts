import type { TScanFindingKind } from '@smula/core/scan';
import type { TBadgeTone } from '~/components/ui/badge';

/**
 * Finding groups in the order the report shows them: violations first, hints last. Their titles
 * and hints are messages (`scanLabels.findings.<kind>.title|hint`).
 */
export const FINDING_GROUPS: { kind: TScanFindingKind }[] = [
  { kind: 'set_before_consent' },
  { kind: 'kept_after_reject' },
  { kind: 'request_before_consent' },
  { kind: 'undeclared' },
  { kind: 'declared_not_seen' },
];

/** A scan's status as a badge tone; the label is `scanLabels.status.<status>`. */
export const STATUS_TONE: Record<string, TBadgeTone> = {
  queued: 'neutral',
  running: 'info',
  done: 'success',
  failed: 'danger',
};

export const isActive = (status: string) => status === 'queued' || status === 'running';
