import type { TBadgeTone } from '~/components/ui/badge';

/** A delivery's status as the log shows it: its key in `webhooks.status`, and its badge tone. */
export const DELIVERY_STATUS: Record<string, TBadgeTone> = {
  pending: 'info',
  sending: 'info',
  succeeded: 'success',
  failed: 'danger',
};

/** The event types the log names in words (their keys in `webhooks.events`, dots as `_`). */
export const KNOWN_EVENTS = ['config.published', 'webhook.test'] as const;

export const isUnfinished = (status: string) => status === 'pending' || status === 'sending';
