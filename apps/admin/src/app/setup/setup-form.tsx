'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { showErrorsIn } from '~/components/form/apply-server-errors';
import { useFieldProps } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Button } from '~/components/ui/button';
import { Field } from '~/components/ui/field';
import { PASSWORD_MIN_LENGTH, ZCreateFirstOwnerInput } from '~/lib/schemas/account';
import { useTRPC } from '~/trpc/react';

// The setup service's own input schema, so the browser and the server agree on every rule.
const resolver = zodFormResolver<{
  name: string;
  email: string;
  password: string;
  organisationName: string;
  setupToken: string;
}>(ZCreateFirstOwnerInput);

/** First-run setup: the first account, owner of a new organisation, then signed in. */
export function SetupForm({ token }: { token: string }) {
  const t = useTranslations('setup');
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm({
    defaultValues: { name: '', email: '', password: '', organisationName: '', setupToken: token },
    resolver,
  });
  const field = useFieldProps(form);
  const create = useMutation(
    trpc.setup.createOwner.mutationOptions({
      async onSuccess(_owner, input) {
        const res = await signIn('credentials', {
          email: input.email,
          password: input.password,
          redirect: false,
        });
        router.push(res?.ok ? '/dashboard' : '/sign-in');
      },
      onError: showErrorsIn(form),
    }),
  );
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((v) => create.mutate(v))}
    >
      <Field label={t('name')} autoComplete="name" {...field('name')} required />
      <Field label={t('email')} type="email" autoComplete="email" {...field('email')} required />
      <Field
        label={t('password')}
        type="password"
        autoComplete="new-password"
        {...field('password')}
        hint={t('passwordHint', { min: PASSWORD_MIN_LENGTH })}
        required
      />
      <Field
        label={t('organisation')}
        {...field('organisationName')}
        hint={t('organisationHint')}
        required
      />
      <Field
        label={t('token')}
        autoComplete="off"
        spellCheck={false}
        {...field('setupToken')}
        hint={t('tokenHint')}
        required
      />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? t('creating') : t('submit')}
      </Button>
    </form>
  );
}
