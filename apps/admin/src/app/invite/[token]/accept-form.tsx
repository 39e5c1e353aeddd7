'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { showErrorsIn } from '~/components/form/apply-server-errors';
import { useFieldProps } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Button } from '~/components/ui/button';
import { Field } from '~/components/ui/field';
import { PASSWORD_MIN_LENGTH, ZNewPassword, ZPersonName } from '~/lib/schemas/account';
import { useTRPC } from '~/trpc/react';

interface TAcceptForm {
  name: string;
  password: string;
}
// A new account needs a name and a password; an existing one only accepts.
const newAccount = zodFormResolver<TAcceptForm>(
  z.object({ name: ZPersonName, password: ZNewPassword }),
);

/**
 * Accepts an invitation: signed in, as that account; otherwise by creating the account. The
 * page does not say whether the address already has an account (see lookupInvitation).
 */
export function AcceptForm({ token, signedInAs }: { token: string; signedInAs: string | null }) {
  const hasAccount = signedInAs !== null;
  const t = useTranslations('invite');
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<TAcceptForm>({
    defaultValues: { name: '', password: '' },
    ...(hasAccount ? {} : { resolver: newAccount }),
  });
  const field = useFieldProps(form);
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess() {
        toast.success(t('welcome'));
        router.push('/sign-in');
      },
      onError: showErrorsIn(form),
    }),
  );
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit(({ name, password }) =>
        accept.mutate(hasAccount ? { token } : { token, name, password }),
      )}
    >
      {hasAccount ? (
        <p className="text-sm text-slate-700">
          {t.rich('signedInAs', { b: (c) => <strong>{c}</strong>, email: signedInAs })}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {t.rich('haveAccount', {
              link: (c) => (
                <Link className="text-brand underline" href="/sign-in">
                  {c}
                </Link>
              ),
            })}
          </p>
          <Field label={t('name')} {...field('name')} required />
          <Field
            label={t('password')}
            type="password"
            autoComplete="new-password"
            {...field('password')}
            hint={t('passwordHint', { min: PASSWORD_MIN_LENGTH })}
            required
          />
        </>
      )}
      <Button type="submit" disabled={accept.isPending}>
        {t('accept')}
      </Button>
    </form>
  );
}
