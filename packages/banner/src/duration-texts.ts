/**
 * Storage durations in words for the preferences layer, by core's `formatDuration`: the policy
 * page's own rule and words, so that a 13-month cookie reads "13 months" in both places. The
 * words are rendered where core is at hand (the server for the `<script>` build, the bundle for
 * the ESM build) and handed to the runtime as text: core's formatter with its word tables does
 * not fit the IIFE's size budget, for the same reason the declaration renderer does not.
 *
 * @packageDocumentation
 */
import { formatDuration, type TDuration, type TPublishedConfig } from '@smula/core';

/** Durations in words: per locale, per {@link durationKey}. */
export type TDurationTexts = Record<string, Record<string, string>>;

/** The lookup key of a duration: its kind, or its length in seconds. */
export const durationKey = (d: TDuration): string =>
  d.kind === 'seconds' ? String(d.seconds) : d.kind;

/**
 * Every distinct item duration of `config` in words, for each of its locales, with that
 * locale's policy labels for session, persistent and unknown. Deduplicated by
 * {@link durationKey}, so the script grows by the distinct durations, not by the items.
 * Anything that is not a published config gives `{}`, for the runtime to reject.
 */
export function durationTexts(config: unknown): TDurationTexts {
  const texts: TDurationTexts = {};
  const c = config as TPublishedConfig | null;
  if (!c?.texts || !Array.isArray(c.items)) return texts;
  for (const [locale, t] of Object.entries(c.texts)) {
    const p = t?.policy;
    const labels = p && {
      session: p.durationSession,
      persistent: p.durationPersistent,
      unknown: p.durationUnknown,
    };
    const words: Record<string, string> = {};
    for (const { duration } of c.items)
      if (duration?.kind) words[durationKey(duration)] ??= formatDuration(duration, locale, labels);
    texts[locale] = words;
  }
  return texts;
}
