/**
 * Account fields as the setup, sign-in and invitation forms and their services check them:
 * client-safe (zod only), so the browser and the server apply the same rules and messages.
 */
import { z } from 'zod';

/** The shortest password an account may have. */
export const PASSWORD_MIN_LENGTH = 10;

export const ZPersonName = z.string().trim().min(1, 'Enter your name').max(200);
export const ZEmail = z.string().trim().toLowerCase().pipe(z.email('Enter a valid e-mail address'));
export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200);
const ZOrganisationName = z.string().trim().min(1, 'Enter an organisation name').max(200);

/** First-run setup: the first user, who owns a new organisation. */
export const ZCreateFirstOwnerInput = z.object({
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
  organisationName: ZOrganisationName,
  /** The one-time token printed in the server log (see server/setup-token.ts). */
  setupToken: z.string().trim().max(200).optional(),
});

/** Signing in with a password (checked by next-auth; this only catches empty fields). */
export const ZSignInForm = z.object({
  email: ZEmail,
  password: z.string().min(1, 'Enter your password'),
});
