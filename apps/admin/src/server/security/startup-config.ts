/**
 * What a production server must be told before it may start. Returns each problem as a
 * sentence saying what to set; empty when the configuration is complete.
 */
export function productionConfigProblems(env: {
  NODE_ENV: string;
  SMULA_PUBLIC_URL?: string;
  NEXTAUTH_URL?: string;
}): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!env.SMULA_PUBLIC_URL)
    problems.push(
      'SMULA_PUBLIC_URL is not set. Set it to the address people and websites reach this admin at (e.g. https://consent.example.com): links, cookies and the consent endpoint baked into banner scripts are built from it, never from a request header.',
    );
  else if (
    env.NEXTAUTH_URL &&
    new URL(env.NEXTAUTH_URL).origin !== new URL(env.SMULA_PUBLIC_URL).origin
  )
    problems.push(
      `NEXTAUTH_URL (${new URL(env.NEXTAUTH_URL).origin}) and SMULA_PUBLIC_URL (${new URL(env.SMULA_PUBLIC_URL).origin}) name different origins. Unset NEXTAUTH_URL (it follows SMULA_PUBLIC_URL) or make them the same.`,
    );
  return problems;
}
