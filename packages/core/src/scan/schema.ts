import { z } from 'zod';
import { STANDARD_CATEGORIES } from '../model.js';
import {
  CONSENT_METHODS,
  OBSERVATION_KINDS,
  SCAN_FINDING_KINDS,
  SCAN_STATES,
  type TScanReport,
} from './types.js';

const ZScanConsentSchema = z.object({
  method: z.enum(CONSENT_METHODS),
  cmp: z.string().optional(),
  label: z.string().optional(),
});

/** A scan report as stored or read back from a file; typed against {@link TScanReport}. */
export const ZScanReportSchema: z.ZodType<TScanReport> = z.object({
  schemaVersion: z.literal(1),
  url: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  stopped: z.string().optional(),
  refused: z.array(z.object({ url: z.string(), reason: z.string() })).optional(),
  pages: z.array(
    z.object({
      url: z.string(),
      foundBy: z.enum(['start', 'sitemap', 'link']),
      status: z.enum(['ok', 'failed']),
      httpStatus: z.number().int().optional(),
      error: z.string().optional(),
      smula: z.boolean().optional(),
      consent: z.object({ rejected: ZScanConsentSchema, accepted: ZScanConsentSchema }).optional(),
    }),
  ),
  observations: z.array(
    z.object({
      kind: z.enum(OBSERVATION_KINDS),
      name: z.string(),
      host: z.string(),
      domain: z.string().optional(),
      path: z.string().optional(),
      expires: z.number().nullable().optional(),
      secure: z.boolean().optional(),
      httpOnly: z.boolean().optional(),
      sameSite: z.enum(['Strict', 'Lax', 'None']).optional(),
      party: z.enum(['first', 'third']),
      initiators: z.array(z.string()),
      resourceTypes: z.array(z.string()).optional(),
      pages: z.array(z.string()),
      states: z.array(z.enum(SCAN_STATES)),
    }),
  ),
  findings: z.array(
    z.object({
      kind: z.enum(SCAN_FINDING_KINDS),
      observation: z.number().int().nonnegative().optional(),
      itemId: z.string().optional(),
      vendorId: z.string().optional(),
      category: z.string().optional(),
      categoryFrom: z.enum(['declaration', 'suggestion', 'unknown']).optional(),
      suggestion: z
        .object({
          ocdId: z.string(),
          name: z.string(),
          wildcard: z.boolean(),
          category: z.enum(STANDARD_CATEGORIES),
          vendor: z.string(),
          description: z.string().optional(),
        })
        .optional(),
      message: z.string(),
    }),
  ),
});
