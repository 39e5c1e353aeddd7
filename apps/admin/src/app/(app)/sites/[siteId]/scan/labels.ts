import type { TScanFindingKind } from '@smula/core/scan';
import type { TBadgeTone } from '~/components/ui/badge';

/** Finding groups in the order the report shows them: violations first, hints last. */
export const FINDING_GROUPS: { kind: TScanFindingKind; title: string; hint: string }[] = [
  {
    kind: 'set_before_consent',
    title: 'Set before any choice',
    hint: 'Not necessary, yet present before the visitor chose anything.',
  },
  {
    kind: 'kept_after_reject',
    title: 'Still there after Reject all',
    hint: 'Present after the visitor refused.',
  },
  {
    kind: 'request_before_consent',
    title: 'Requests to unconsented vendors before any choice',
    hint: 'Calls to a vendor whose categories all need consent.',
  },
  {
    kind: 'undeclared',
    title: 'Seen but not declared',
    hint: 'Add them to the declaration after review.',
  },
  {
    kind: 'declared_not_seen',
    title: 'Declared but not seen',
    hint: 'A hint: only the scanned pages count.',
  },
];

export const STATUS: Record<string, [label: string, tone: TBadgeTone]> = {
  queued: ['Queued', 'neutral'],
  running: ['Running', 'info'],
  done: ['Done', 'success'],
  failed: ['Failed', 'danger'],
};

export const isActive = (status: string) => status === 'queued' || status === 'running';
