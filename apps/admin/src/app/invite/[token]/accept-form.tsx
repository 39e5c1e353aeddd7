'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { fieldErrors } from '~/components/form-errors';
import { Button } from '~/components/ui/button';
import { Field } from '~/components/ui/field';
import { useTRPC } from '~/trpc/react';

export function AcceptForm({ token, hasAccount }: { token: string; hasAccount: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess() {
        toast.success('Welcome aboard. Sign in to continue.');
        router.push('/sign-in');
      },
      onError(err) {
        if (!err.data?.zodIssues) toast.error(err.message);
      },
    }),
  );
  const errors = fieldErrors(accept.error);
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        accept.mutate(hasAccount ? { token } : { token, name, password });
      }}
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
          <Field
            label="Your name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errors.name}
            required
          />
          <Field
            label="Choose a password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.password}
            hint="At least 10 characters."
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
