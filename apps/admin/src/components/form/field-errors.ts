import type { TRPCClientErrorLike } from '@trpc/client';
import type { AppRouter } from '~/server/api/root';

/** A failed call's error as the tRPC client hands it over (or nothing). */
export type TServerError = TRPCClientErrorLike<AppRouter> | null | undefined;

interface TDetails {
  issues?: string[];
  field?: string;
  current?: unknown;
}

/** `at most 13 months` → `At most 13 months.`: messages read as sentences next to fields. */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/**
 * Messages keyed by field path from `field: Sentence.` lines, the form the services and core's
 * `formatIssues` write them in (and the client-side resolver too). A line without a field path
 * goes under `''`, the form as a whole. The first message for a path wins.
 */
export function fieldErrorsFromLines(lines: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(': ');
    const path = at > 0 ? line.slice(0, at) : '';
    if (path && !path.includes(' ')) out[path] ??= sentence(line.slice(at + 2));
    else out[''] ??= line;
  }
  return out;
}

function detailsOf(error: TServerError): TDetails | null {
  const d = error?.data?.details;
  return d && typeof d === 'object' ? (d as TDetails) : null;
}

/**
 * Field messages from any server error, keyed by the input's field path (`name`, `purpose.sv`,
 * `consentLifetimes.acceptMonths`): zod input issues, the services' `field: Sentence.` issues,
 * and a conflict on one field (a key or slug already taken). The one extractor every form uses.
 */
export function serverFieldErrors(error: TServerError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.data?.zodIssues ?? []) out[issue.path] ??= sentence(issue.message);
  const details = detailsOf(error);
  for (const [path, message] of Object.entries(fieldErrorsFromLines(details?.issues ?? [])))
    out[path] ??= message;
  if (error && details?.field && !details.current) out[details.field] ??= error.message;
  return out;
}

/** The row as it is now, when a save was refused because someone else changed it first. */
export function conflictCurrent<T>(error: TServerError): T | undefined {
  if (error?.data?.code !== 'CONFLICT') return undefined;
  const current = detailsOf(error)?.current;
  return current && typeof current === 'object' ? (current as T) : undefined;
}
