/** Consent-log settings the admin tools and their services share (client-safe). */
import { z } from 'zod';

export const MIN_RETENTION_MONTHS = 1;
export const MAX_RETENTION_MONTHS = 120;

/** Months consent records are kept after the consent expires. */
export const ZRetentionMonths = z
  .number({ error: 'Enter a whole number of months.' })
  .int('Enter a whole number of months.')
  .min(
    MIN_RETENTION_MONTHS,
    `Keep records at least ${MIN_RETENTION_MONTHS} month after they expire.`,
  )
  .max(MAX_RETENTION_MONTHS, `At most ${MAX_RETENTION_MONTHS} months (10 years).`);
