import type { TRPCClientErrorLike } from '@trpc/client';
import type { AppRouter } from '~/server/api/root';

/** The error a failed tRPC call gives. */
export type TTRPCError = TRPCClientErrorLike<AppRouter>;

/**
 * What the form hooks need of a tRPC mutation (`useMutation(trpc.x.y.mutationOptions())`): run it
 * with per-call callbacks, its pending state and last error, and a reset.
 */
export interface TSaveMutation<TVariables, TData = unknown> {
  mutate: (
    variables: TVariables,
    callbacks: { onSuccess: (data: TData) => void; onError: (error: TTRPCError) => void },
  ) => void;
  isPending: boolean;
  error: TTRPCError | null;
  reset: () => void;
}
