/**
 * The services' errors in the reader's language (issue 18). A ServiceError with a worded message
 * reaches the client with `data.wording` (`{ key, params }`, see `server/api/trpc.ts`); its words
 * are `serviceErrors.<key>` in the message files. Anything without wording, or with a key or
 * value these files cannot word (a newer server, say), keeps the server's English message.
 */

/** `useTranslations('serviceErrors')`, or next-intl's `createTranslator` with that namespace. */
export interface TErrorTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

interface TWording {
  key: string;
  params: Record<string, string | number>;
}

function wordingOf(data: unknown): TWording | undefined {
  const w = (data as { wording?: unknown } | null | undefined)?.wording as
    | Partial<TWording>
    | null
    | undefined;
  if (typeof w?.key !== 'string' || !w.params || typeof w.params !== 'object') return undefined;
  return w as TWording;
}

/**
 * A server-side call's refusal (the server caller throws a TRPCError whose `cause` is the
 * ServiceError) in the reader's language, for pages that render it themselves.
 */
export function serverErrorText(err: unknown, t: TErrorTranslator, fallback: string): string {
  if (!(err instanceof Error)) return fallback;
  const wording = (err.cause as { wording?: unknown } | null | undefined)?.wording;
  return serviceErrorText({ message: err.message, data: { wording } }, t);
}

/** An error's message in the reader's language, else its own (English) message. */
export function serviceErrorText(
  error: { message: string; data?: unknown },
  t: TErrorTranslator,
): string {
  const wording = wordingOf(error.data);
  if (!wording || !t.has(wording.key)) return error.message;
  try {
    const text = t(wording.key, wording.params);
    // next-intl answers a message it cannot format with its key path: keep the English then.
    return text.endsWith(wording.key) ? error.message : text;
  } catch {
    return error.message;
  }
}
