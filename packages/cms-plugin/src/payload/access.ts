import type { PayloadRequest, TypedUser } from 'payload';

/**
 * A site's own rule for who may change the Smula settings and run "Test connection", e.g. a
 * role check. It is asked only about signed-in users of the Payload admin's own auth
 * collection (`config.admin.user`): it can narrow the default, never widen it to other auth
 * collections (a shop's customer accounts, say).
 *
 * @example access: { update: ({ user }) => (user as { roles?: string[] }).roles?.includes('admin') === true }
 */
export type TSmulaAccessCheck = (args: {
  req: PayloadRequest;
  user: TypedUser;
}) => boolean | Promise<boolean>;

/** The parts of a request the access rules read; a `PayloadRequest` has them. */
type TAccessRequest = Pick<PayloadRequest, 'user' | 'payload'>;

/**
 * True for a signed-in user of the collection the Payload admin signs in with. Why not "any
 * signed-in user": a Payload app may have more auth collections (customers, members), whose
 * users can sign in through the REST API and must never reach the settings that decide what
 * script runs on every page.
 */
export function isAdminUser(req: TAccessRequest): boolean {
  const adminCollection = req.payload?.config?.admin?.user;
  return Boolean(req.user && adminCollection && req.user.collection === adminCollection);
}

/**
 * Whether this request may change the Smula settings (and so test connections): a user of
 * the admin's auth collection, for whom the site's `check` (if any) answers exactly `true`.
 * A check that throws (logged) or answers anything else refuses.
 */
export async function canManageSmula(
  req: TAccessRequest,
  check: TSmulaAccessCheck | undefined,
): Promise<boolean> {
  if (!isAdminUser(req) || !req.user) return false;
  if (!check) return true;
  try {
    return (await check({ req: req as PayloadRequest, user: req.user })) === true;
  } catch (err) {
    req.payload?.logger?.error(`Smula: the access.update check threw, refusing (${String(err)}).`);
    return false;
  }
}
