import { z } from 'zod';

/**
 * Every environment variable the admin reads, validated once. Nothing else reads
 * `process.env` (Biome's noProcessEnv rule enforces it outside this file).
 */
export const ZEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** PostgreSQL connection string. Without it the admin uses embedded PGlite in SMULA_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Where the embedded database and generated secrets live. */
  SMULA_DATA_DIR: z.string().optional(),
  /** Public base URL of the admin, used in links and the install snippet. */
  SMULA_PUBLIC_URL: z.url().optional(),
  /**
   * The one-time token first-run setup asks for. Without it one is generated into the data
   * directory and printed in the server log at start. Set it when running several instances.
   */
  SMULA_SETUP_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  /** Session signing secret. Generated into the data dir on first start when absent. */
  NEXTAUTH_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  NEXTAUTH_URL: z.url().optional(),
  SESSION_MAX_AGE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** However active a session is, it ends this many days after sign-in. */
  SESSION_ABSOLUTE_MAX_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  SMTP_URL: z.string().optional(),
  EMAIL_FROM: z.string().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default('Single sign-on'),
  /** Google Workspace: only accounts of this domain (the `hd` claim) may sign in. */
  OIDC_HOSTED_DOMAIN: z.string().optional(),
  /**
   * Proxies whose X-Forwarded-For is believed for consent records: comma-separated addresses
   * or CIDR ranges (`127.0.0.1, 10.0.0.0/8`). Empty: the TCP peer is the visitor.
   */
  SMULA_TRUSTED_PROXIES: z.string().optional(),
  /** Consent records accepted per truncated IP per minute (0: no limit). */
  SMULA_CONSENT_RATE_PER_IP: z.coerce.number().int().min(0).default(300),
  /** Consent records accepted per site per minute, per app instance (0: no limit). */
  SMULA_CONSENT_RATE_PER_SITE: z.coerce.number().int().min(0).default(6_000),
  /**
   * While the database is unreachable, how long a consent request is held (and its record
   * retried) before it is answered 503; 0 answers 503 at once. Nothing is acknowledged before
   * it is committed either way.
   */
  SMULA_CONSENT_HOLD_SECONDS: z.coerce.number().int().min(0).max(60).default(10),
  /** At most this many consent records held per process while the database is away. */
  SMULA_CONSENT_HOLD_RECORDS: z.coerce.number().int().min(0).default(10_000),
  /** The public plane's log level (`pnpm smula public`): pino's levels. */
  SMULA_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  /**
   * A MaxMind DB country (or city) file, e.g. GeoLite2-Country.mmdb or DB-IP's country lite file:
   * the visitor's country for the region rules when no edge header gives it. Never stored.
   */
  SMULA_GEOIP_DB: z.string().min(1).optional(),
  /** A header set by your edge with the visitor's country (e.g. `cf-ipcountry`), kept as region. */
  SMULA_REGION_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, 'a header name')
    // Lower case, as node:http keys a request's headers (`CF-IPCountry` was never found).
    .transform((name) => name.toLowerCase())
    .optional(),
  /**
   * How long the admin server or a command waits for another process to release the embedded
   * database before giving up with a message naming it.
   */
  SMULA_EMBEDDED_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /**
   * Set to 1 to let server-side scans and imports from a URL visit loopback and private addresses
   * (tests, or an intranet site). Off by default: an editor's scan or URL import must not reach
   * into the operator's network.
   */
  SMULA_SCAN_ALLOW_PRIVATE: z.enum(['0', '1']).default('0'),
  /**
   * Set to 1 to let webhooks be sent to loopback and private addresses (tests, or a receiver on
   * the operator's own network). Off by default: an editor's webhook URL must not reach into it.
   */
  SMULA_WEBHOOK_ALLOW_PRIVATE: z.enum(['0', '1']).default('0'),
  /** Set to 0 to keep the admin on PGlite from sending webhooks in-process (tests). */
  SMULA_WEBHOOK_IN_PROCESS: z.enum(['0', '1']).default('1'),
  /** Chromium's --host-resolver-rules for server-side scans (tests, staging under a real name). */
  SMULA_SCAN_HOST_RULES: z.string().max(2000).optional(),
  /** The Chromium binary scans use (default /usr/bin/chromium). */
  SMULA_CHROMIUM_PATH: z.string().optional(),
  /**
   * How long a scan job may run before the queue takes its worker for dead and retries it
   * elsewhere. Longer than the scan's own time budget (10 minutes).
   */
  SMULA_SCAN_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(5).max(86_400).default(900),
  /** Set to 0 to keep the admin on PGlite from running scans in-process (tests). */
  SMULA_SCAN_IN_PROCESS: z.enum(['0', '1']).default('1'),
  /** Set to 0 to turn off the daily purge and partition upkeep inside the server. */
  SMULA_MAINTENANCE: z.enum(['0', '1']).default('1'),
  /**
   * Set by server.mjs at start (never by hand): the secret that proves its `x-smula-peer`
   * header, which carries the TCP peer's address, was written by the server, not a client.
   */
  SMULA_PEER_TOKEN: z.string().min(16).optional(),
  /** Set by Next: which runtime a module is loaded in. */
  NEXT_RUNTIME: z.enum(['nodejs', 'edge']).optional(),
  /** Set by Next: `phase-production-build` while `next build` runs (nothing may open then). */
  NEXT_PHASE: z.string().optional(),
  /** Where `pnpm smula …` was typed (set by pnpm/npm), so CLI paths resolve from there. */
  INIT_CWD: z.string().optional(),
});

export type TEnv = z.infer<typeof ZEnvSchema>;

function load(): TEnv {
  const parsed = ZEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    // Names and reasons only: never echo the values, which may be secrets.
    throw new Error(`Invalid environment:\n${lines}`);
  }
  // next-auth reads NEXTAUTH_URL itself: by default it follows the public URL, so one setting
  // decides where sign-in links and cookies point.
  if (!parsed.data.NEXTAUTH_URL && parsed.data.SMULA_PUBLIC_URL) {
    process.env.NEXTAUTH_URL = parsed.data.SMULA_PUBLIC_URL;
    parsed.data.NEXTAUTH_URL = parsed.data.SMULA_PUBLIC_URL;
  }
  return parsed.data;
}

export const env = load();
