import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { eq } from 'drizzle-orm';
import type { AuthOptions } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import CredentialsProvider from 'next-auth/providers/credentials';
import EmailProvider from 'next-auth/providers/email';
import type { Provider } from 'next-auth/providers/index';
import { z } from 'zod';
import { env } from '~/env';
import { dataDir, getDb } from '../db';
import { accounts, sessions, users, verificationTokens } from '../db/schema/auth';
import { verifyPassword } from './password';
import { loadOrCreateSecret } from './secret';

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

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
  const providers: Provider[] = [
    CredentialsProvider({
      name: 'E-mail and password',
      credentials: {
        email: { label: 'E-mail', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(raw) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) return null;
        const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email));
        // Same answer for unknown e-mail and wrong password: no account enumeration.
        if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, parsed.data.password)))
          return null;
        return { id: user.id, email: user.email, name: user.name };
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
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      // The identity provider is the organisation's own directory: trust its verified e-mail.
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
    // Credentials sign-in only works with JWT sessions in next-auth 4; they expire after maxAge.
    session: { strategy: 'jwt', maxAge: env.SESSION_MAX_AGE_HOURS * 3600 },
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
      async signIn({ user, account }) {
        if (account?.provider === 'credentials') return true;
        if (!user.email) return false;
        const [u] = await db
          .select({ id: users.id })
          .from(users)
          .where(eq(users.email, user.email.toLowerCase()));
        return Boolean(u);
      },
      jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === 'string') session.user.id = token.uid;
        return session;
      },
    },
  };
}
