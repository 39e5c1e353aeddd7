import type { TRPCClientErrorLike } from '@trpc/client';
import type { AppRouter } from '~/server/api/root';

/** Field messages from a tRPC error (zod issues keyed by path), for display next to fields. */
export function fieldErrors(
  error: TRPCClientErrorLike<AppRouter> | null | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.data?.zodIssues ?? []) out[issue.path] ??= issue.message;
  return out;
}
