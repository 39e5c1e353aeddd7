'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
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

/** Accepts an invitation: creating the account first when the address has none. */
export function AcceptForm({ token, hasAccount }: { token: string; hasAccount: boolean }) {
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
        toast.success('Welcome aboard. Sign in to continue.');
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
          You already have an account. If you are signed in as the invited address, accept below;
          otherwise{' '}
          <Link className="text-brand underline" href="/sign-in">
            sign in
          </Link>{' '}
          first and open the link again.
        </p>
      ) : (
        <>
          <Field label="Your name" {...field('name')} required />
          <Field
            label="Choose a password"
            type="password"
            autoComplete="new-password"
            {...field('password')}
            hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
            required
          />
        </>
      )}
      <Button type="submit" disabled={accept.isPending}>
        Accept invitation
      </Button>
    </form>
  );
}
