import type { TRPCClientErrorLike } from '@trpc/client';
import type { AppRouter } from '~/server/api/root';

type TErr = TRPCClientErrorLike<AppRouter> | null | undefined;

interface TDetails {
  issues?: string[];
  field?: string;
  current?: unknown;
}

/** `at most 13 months` → `At most 13 months.`: messages read as sentences next to fields. */
function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

function detailsOf(error: TErr): TDetails | null {
  const d = error?.data?.details;
  return d && typeof d === 'object' ? (d as TDetails) : null;
}

/**
 * Field messages from any server error, keyed by the input's field path (`name`, `purpose.sv`,
 * `consentLifetimes.acceptMonths`): zod input issues, the services' `field: Sentence.` issues,
 * and a conflict on one field (a key or slug already taken).
 */
export function serverFieldErrors(error: TErr): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.data?.zodIssues ?? []) out[issue.path] ??= sentence(issue.message);
  const details = detailsOf(error);
  for (const line of details?.issues ?? []) {
    const at = line.indexOf(': ');
    const path = at > 0 ? line.slice(0, at) : '';
    if (path && !path.includes(' ')) out[path] ??= sentence(line.slice(at + 2));
    else out[''] ??= line;
  }
  if (error && details?.field && !details.current) out[details.field] ??= error.message;
  return out;
}

/** The first message for a field or any of its children (`recipientCountries.2`). */
export function errorUnder(errors: Record<string, string>, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const key = Object.keys(errors).find((k) => k.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}

/** Whether an error carries field messages (so the form shows them instead of a toast). */
export function hasFieldErrors(error: TErr): boolean {
  return Object.keys(serverFieldErrors(error)).some((k) => k !== '');
}

/** The row as it is now, when a save was refused because someone else changed it first. */
export function conflictCurrent<T>(error: TErr): T | undefined {
  if (error?.data?.code !== 'CONFLICT') return undefined;
  const current = detailsOf(error)?.current;
  return current && typeof current === 'object' ? (current as T) : undefined;
}
