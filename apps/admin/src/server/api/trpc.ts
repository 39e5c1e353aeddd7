/**
 * tRPC in one place: the context, the procedure builders and the error mapping. Services throw
 * ServiceError; this file alone turns them into tRPC errors (style: routers stay thin).
 *
 * @see https://trpc.io/docs/server/context
 */
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import type { TDb } from '../db/client';
import type { TActor, TServiceCtx } from '../services/context';
import { ServiceError } from '../services/errors';

export interface TTRPCContext {
  db: TDb;
  actor: TActor | null;
  /** The first-run setup token (setup-token.ts); without it, setup from the web is refused. */
  setupToken?: () => string;
}

const CODE: Record<ServiceError['code'], TRPCError['code']> = {
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  VALIDATION: 'BAD_REQUEST',
  LIMIT_EXCEEDED: 'TOO_MANY_REQUESTS',
};

const t = initTRPC.context<TTRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field-level messages for forms: zod input errors and service validation details.
        zodIssues:
          cause instanceof ZodError
            ? cause.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
            : null,
        details: cause instanceof ServiceError ? (cause.details ?? null) : null,
        // The message's key and values, so the client words it in the reader's language
        // (`message` stays English for logs and API callers).
        wording: cause instanceof ServiceError ? (cause.wording ?? null) : null,
      },
    };
  },
});

/** Maps service errors; hides anything else behind a generic message, keeping it as `cause`. */
const errorMapper = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const err = result.error.cause;
    if (err instanceof ServiceError) {
      throw new TRPCError({ code: CODE[err.code], message: err.message, cause: err });
    }
    if (result.error.code === 'INTERNAL_SERVER_ERROR' && !(err instanceof ZodError)) {
      console.error('[smula] unexpected error in a procedure', err ?? result.error);
      throw new TRPCError({
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Something went wrong on our side. Please try again.',
        cause: err,
      });
    }
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(errorMapper);

/** Signed in; `ctx.svc` is what services receive. Role checks happen in the services. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  const svc: TServiceCtx = { db: ctx.db, actor: ctx.actor };
  return next({ ctx: { ...ctx, actor: ctx.actor, svc } });
});
