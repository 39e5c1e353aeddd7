import { boolean, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** People who sign in. `passwordHash` is argon2id; null for SSO- or link-only accounts. */
export const users = pgTable('users', {
  id: uuid().primaryKey().defaultRandom(),
  name: text(),
  email: text().notNull().unique(),
  emailVerified: timestamp({ mode: 'date', withTimezone: true }),
  image: text(),
  passwordHash: text(),
  /**
   * Raised by "sign out everywhere" and when the person is removed from an organisation: a
   * session signed with an older value signs nobody in (sessions are JWTs, see auth/config.ts).
   */
  sessionVersion: integer().notNull().default(0),
  /**
   * The password was chosen through an invitation link the inviter could have copied, so it
   * proves nothing about who owns the address: the first sign-in by e-mail link or SSO (which
   * does prove it) clears it. Guards against an inviter pre-creating someone's account.
   */
  passwordUnverified: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// The three tables below have the shape @auth/drizzle-adapter expects (OIDC and e-mail links).
export const accounts = pgTable(
  'accounts',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable('sessions', {
  sessionToken: text().primaryKey(),
  userId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expires: timestamp({ mode: 'date', withTimezone: true }).notNull(),
});

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ mode: 'date', withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/**
 * Failed sign-ins, counted per account, per address and per both, in the shape
 * rate-limiter-flexible's RateLimiterDrizzle reads (`key`, `points`, `expire`): kept in the
 * database so the limits hold across instances. See auth/sign-in-throttle.ts.
 */
export const authThrottle = pgTable('auth_throttle', {
  key: text().primaryKey(),
  points: integer().notNull(),
  expire: timestamp({ mode: 'date', withTimezone: true }),
});
