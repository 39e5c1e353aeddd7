import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '~/server/api/root';

/**
 * What the API's procedures take and return, as types only: client components name the shapes
 * they show without importing a server module.
 */
export type TInputs = inferRouterInputs<AppRouter>;
export type TOutputs = inferRouterOutputs<AppRouter>;

/** A member's role in an organisation. */
export type TRole = TOutputs['member']['list'][number]['role'];
