'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { toast } from 'sonner';
import { fieldErrors } from '~/components/form-errors';
import { Button } from '~/components/ui/button';
import { Field } from '~/components/ui/field';
import { useTRPC } from '~/trpc/react';

export function SetupForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [form, setForm] = useState({ name: '', email: '', password: '', organisationName: '' });
  const create = useMutation(
    trpc.setup.createOwner.mutationOptions({
      async onSuccess() {
        const res = await signIn('credentials', {
          email: form.email,
          password: form.password,
          redirect: false,
        });
        if (res?.ok) router.push('/dashboard');
        else router.push('/sign-in');
      },
      onError(err) {
        if (!err.data?.zodIssues) toast.error(err.message);
      },
    }),
  );
  const errors = fieldErrors(create.error);
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [k]: e.target.value });
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(form);
      }}
    >
      <Field
        label="Your name"
        name="name"
        autoComplete="name"
        value={form.name}
        onChange={set('name')}
        error={errors.name}
        required
      />
      <Field
        label="E-mail"
        name="email"
        type="email"
        autoComplete="email"
        value={form.email}
        onChange={set('email')}
        error={errors.email}
        required
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        value={form.password}
        onChange={set('password')}
        error={errors.password}
        hint="At least 10 characters."
        required
      />
      <Field
        label="Organisation"
        name="organisationName"
        value={form.organisationName}
        onChange={set('organisationName')}
        error={errors.organisationName}
        hint="Your company or agency; you can add more later."
        required
      />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create account'}
      </Button>
    </form>
  );
}
