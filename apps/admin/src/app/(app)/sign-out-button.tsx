'use client';

import { useMutation } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { toast } from 'sonner';
import { Button } from '~/components/ui/button';
import { useTRPC } from '~/trpc/react';

export function SignOutButton() {
  return (
    <Button variant="ghost" onClick={() => signOut({ callbackUrl: '/sign-in' })}>
      Sign out
    </Button>
  );
}

/** Ends every session of this account (other browsers and devices too), then this one. */
export function SignOutEverywhereButton() {
  const trpc = useTRPC();
  const revoke = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({
      onSuccess: () => signOut({ callbackUrl: '/sign-in' }),
      onError: (err) => toast.error(err.message),
    }),
  );
  return (
    <Button
      variant="ghost"
      size="sm"
      title="Ends your sessions in every browser and device"
      disabled={revoke.isPending}
      onClick={() => revoke.mutate()}
    >
      Sign out everywhere
    </Button>
  );
}
