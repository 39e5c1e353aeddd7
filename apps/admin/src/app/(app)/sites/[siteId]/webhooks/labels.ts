import type { TBadgeTone } from '~/components/ui/badge';

/** A delivery's status as the log shows it. */
export const DELIVERY_STATUS: Record<string, [string, TBadgeTone]> = {
  pending: ['Waiting', 'info'],
  sending: ['Sending', 'info'],
  succeeded: ['Delivered', 'success'],
  failed: ['Failed', 'danger'],
};

export const EVENT_LABEL: Record<string, string> = {
  'config.published': 'Published',
  'webhook.test': 'Test event',
};

export const isUnfinished = (status: string) => status === 'pending' || status === 'sending';
