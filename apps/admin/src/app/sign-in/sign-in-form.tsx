'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useFieldProps } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Button } from '~/components/ui/button';
import { Field } from '~/components/ui/field';
import { ZSignInForm } from '~/lib/schemas/account';

const resolver = zodFormResolver<{ email: string; password: string }>(ZSignInForm);

/** Password sign-in, and (where configured) a sign-in link by e-mail or single sign-on. */
export function SignInForm({ emailLinks, sso }: { emailLinks: boolean; sso: string | null }) {
  const t = useTranslations('signIn');
  const router = useRouter();
  const form = useForm({ defaultValues: { email: '', password: '' }, resolver });
  const field = useFieldProps(form);
  const [notice, setNotice] = useState<string | null>(null);
  const { isSubmitting } = form.formState;
  const refused = form.formState.errors.root?.server?.message;
  return (
    <div className="flex flex-col gap-4">
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={form.handleSubmit(async ({ email, password }) => {
          const res = await signIn('credentials', { email, password, redirect: false });
          if (res?.ok) router.push('/dashboard');
          else
            form.setError('root.server', {
              // A throttled attempt says how long to wait; every other refusal reads the same.
              message: res?.error && res.error !== 'CredentialsSignin' ? res.error : t('mismatch'),
            });
        })}
      >
        <Field label={t('email')} type="email" autoComplete="email" {...field('email')} required />
        <Field
          label={t('password')}
          type="password"
          autoComplete="current-password"
          {...field('password')}
          required
        />
        {refused && (
          <p role="alert" className="text-sm text-red-700">
            {refused}
          </p>
        )}
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t('signingIn') : t('submit')}
        </Button>
      </form>
      {emailLinks && (
        <Button
          variant="secondary"
          onClick={async () => {
            // Only the address is needed: check that field alone, with the form's own message.
            if (!(await form.trigger('email', { shouldFocus: true }))) return;
            await signIn('email', { email: form.getValues('email'), redirect: false });
            setNotice(t('linkSent'));
          }}
        >
          {t('emailLink')}
        </Button>
      )}
      {sso && (
        <Button variant="secondary" onClick={() => signIn('oidc', { callbackUrl: '/dashboard' })}>
          {t('sso', { provider: sso })}
        </Button>
      )}
      {notice && (
        <p role="status" className="text-sm text-slate-700">
          {notice}
        </p>
      )}
    </div>
  );
}
