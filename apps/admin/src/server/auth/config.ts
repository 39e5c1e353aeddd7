import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { eq } from 'drizzle-orm';
import type { AuthOptions } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import CredentialsProvider from 'next-auth/providers/credentials';
import EmailProvider from 'next-auth/providers/email';
import type { Provider } from 'next-auth/providers/index';
import { env } from '~/env';
import { dataDir, getDb } from '../db';
import { accounts, sessions, users, verificationTokens } from '../db/schema/auth';
import { clientAddressOf } from '../security/client-address';
import { authorizePassword, waitInWords } from './authorize-password';
import { confirmAddressOwnership } from './confirm-address';
import { oidcProfileMayLink } from './oidc';
import { loadOrCreateSecret } from './secret';
import { SignInThrottle } from './sign-in-throttle';

/**
 * The longest a session lives however active it is; the sliding `SESSION_MAX_AGE_HOURS` ends it
 * sooner when idle. Checked in `getActor` against the time of sign-in kept in the token.
 */
export function absoluteSessionSeconds(): number {
  return env.SESSION_ABSOLUTE_MAX_DAYS * 24 * 3600;
}

/** What the session token carries besides next-auth's own fields. */
export interface TSessionClaims {
  uid?: string;
  /** `users.session_version` at sign-in: a newer one in the database revokes this session. */
  sv?: number;
  /** Seconds since the epoch at sign-in. */
  authAt?: number;
}

let options: Promise<AuthOptions> | undefined;

/**
 * next-auth options, built on first use: building them opens the database, which must never
 * happen at import time (during `next build`).
 */
export function getAuthOptions(): Promise<AuthOptions> {
  options ??= build().catch((err) => {
    options = undefined;
    throw err;
  });
  return options;
}

async function build(): Promise<AuthOptions> {
  const db = await getDb();
  const throttle = new SignInThrottle(db);
  const providers: Provider[] = [
    CredentialsProvider({
      name: 'E-mail and password',
      credentials: {
        email: { label: 'E-mail', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(raw, req) {
        const result = await authorizePassword(
          db,
          throttle,
          raw,
          clientAddressOf(req?.headers as Record<string, string | string[] | undefined>),
        );
        if (result.ok) return result.user;
        // next-auth hands a thrown message to the sign-in page; a plain refusal stays generic.
        if (result.reason === 'throttled')
          throw new Error(
            `Too many failed attempts. Try again in ${waitInWords(result.waitSeconds)}.`,
          );
        return null;
      },
    }),
  ];
  const smtp = env.SMTP_URL;
  if (smtp || env.NODE_ENV === 'development') {
    providers.push(
      EmailProvider({
        server: smtp ?? 'smtp://localhost:25',
        from: env.EMAIL_FROM ?? 'Smula <no-reply@localhost>',
        maxAge: 15 * 60,
        // Without SMTP (development) the link goes to the server log instead of a mailbox.
        ...(smtp
          ? {}
          : {
              async sendVerificationRequest({ identifier, url }) {
                console.info(`[smula] sign-in link for ${identifier}: ${url}`);
              },
            }),
      }),
    );
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: 'oidc',
      name: env.OIDC_NAME,
      type: 'oauth',
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      authorization: {
        params: {
          scope: 'openid email profile',
          // Google Workspace: show only accounts of this domain (checked again in signIn).
          ...(env.OIDC_HOSTED_DOMAIN ? { hd: env.OIDC_HOSTED_DOMAIN } : {}),
        },
      },
      idToken: true,
      checks: ['pkce', 'state'],
      // Accounts exist only through setup and invitations, so an SSO sign-in must link to one
      // by e-mail. The signIn callback allows that only for addresses the provider verified.
      allowDangerousEmailAccountLinking: true,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      profile: (p: { sub: string; email: string; name?: string }) => ({
        id: p.sub,
        email: p.email,
        name: p.name ?? p.email,
      }),
    });
  }
  return {
    secret: loadOrCreateSecret(env.NEXTAUTH_SECRET, dataDir),
    // Credentials sign-in only works with JWT sessions in next-auth 4; they expire after maxAge
    // of inactivity, and getActor ends them at the absolute maximum or a newer session version.
    session: { strategy: 'jwt', maxAge: env.SESSION_MAX_AGE_HOURS * 3600 },
    // Secure cookies (and the __Secure- prefix) whenever the admin is served over https.
    useSecureCookies: (env.SMULA_PUBLIC_URL ?? env.NEXTAUTH_URL ?? '').startsWith('https:'),
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    } as never) as Adapter,
    providers,
    pages: { signIn: '/sign-in' },
    callbacks: {
      // Links and SSO sign in existing members only: accounts are made by setup or invitation.
      async signIn({ user, account, profile, email: emailFlow }) {
        if (account?.provider === 'credentials') return true;
        if (!user.email) return false;
        if (account?.provider === 'oidc' && !oidcProfileMayLink(profile, env.OIDC_HOSTED_DOMAIN))
          return false;
        const email = user.email.toLowerCase();
        const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
        if (!u) return false;
        // Asking for an e-mail link proves nothing yet; following it (the second call) does.
        if (emailFlow?.verificationRequest) return true;
        await confirmAddressOwnership(db, u.id);
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          const claims = token as typeof token & TSessionClaims;
          const [row] = await db
            .select({ sv: users.sessionVersion })
            .from(users)
            .where(eq(users.id, user.id));
          claims.uid = user.id;
          claims.sv = row?.sv ?? 0;
          claims.authAt = Math.floor(Date.now() / 1000);
        }
        return token;
      },
      session({ session, token }) {
        const claims = token as typeof token & TSessionClaims;
        if (session.user && typeof claims.uid === 'string') {
          session.user.id = claims.uid;
          session.user.sv = claims.sv;
          session.user.authAt = claims.authAt;
        }
        return session;
      },
    },
  };
}
