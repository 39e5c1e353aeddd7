import { TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { AppRouter } from '~/server/api/root';

/**
 * A link that gives every failed call's error its message in the reader's language (`text`, see
 * `~/i18n/service-errors`). Doing it here, where every error passes, means the toasts, the
 * messages next to form fields, conflict notes and dialogs all show the same words without each
 * of them knowing about wording. The rest of the error (code, `data`, details) is unchanged.
 *
 * @see https://trpc.io/docs/client/links#creating-a-custom-link
 */
export function localizeErrorsLink(
  text: (error: TRPCClientError<AppRouter>) => string,
): TRPCLink<AppRouter> {
  return () =>
    ({ next, op }) =>
      observable((observer) =>
        next(op).subscribe({
          next: (value) => observer.next(value),
          error(error) {
            const message = text(error);
            observer.error(
              message === error.message
                ? error
                : new TRPCClientError<AppRouter>(message, {
                    result: error.shape ? { error: error.shape } : undefined,
                    cause: error.cause,
                    meta: error.meta,
                  }),
            );
          },
          complete: () => observer.complete(),
        }),
      );
}
