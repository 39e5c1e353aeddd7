import { env } from '~/env';

/**
 * The admin's public base URL, for links and for the consent endpoint baked into banner
 * scripts: `SMULA_PUBLIC_URL`, which production requires (see instrumentation), else the local
 * default. Never derived from a request's Host header, which a client or a misrouted proxy
 * chooses (a cached banner would then post consent records to the wrong place).
 */
export function publicBaseUrl(): string {
  return (env.SMULA_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, '');
}
