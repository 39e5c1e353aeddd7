import { env } from '~/env';

/** Whether the admin can send e-mail (SMTP_URL is set). */
export function canSendMail(): boolean {
  return Boolean(env.SMTP_URL);
}

/**
 * Sends one plain-text message through SMTP_URL. Callers check `canSendMail` first; the
 * message body may hold a one-time link, so nothing here logs it.
 */
export async function sendMail(message: { to: string; subject: string; text: string }) {
  if (!env.SMTP_URL) throw new Error('SMTP_URL is not set');
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(env.SMTP_URL);
  await transport.sendMail({
    from: env.EMAIL_FROM ?? 'Smula <no-reply@localhost>',
    ...message,
  });
}
