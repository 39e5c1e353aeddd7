/**
 * Whether an SSO profile may sign in to the account with its e-mail address: only when the
 * provider says it verified the address (`email_verified`, a boolean or, from some providers,
 * the string "true"), and, when a Google Workspace domain is configured, only for that domain
 * (the `hd` claim).
 */
export function oidcProfileMayLink(profile: unknown, hostedDomain: string | undefined): boolean {
  const claims = (profile ?? {}) as { email_verified?: unknown; hd?: unknown };
  if (claims.email_verified !== true && claims.email_verified !== 'true') return false;
  return !hostedDomain || claims.hd === hostedDomain;
}
