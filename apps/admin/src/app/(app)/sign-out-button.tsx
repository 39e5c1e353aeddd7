'use client';

import { useMutation } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { Button } from '~/components/ui/button';
import { useTRPC } from '~/trpc/react';

export function SignOutButton() {
  const t = useTranslations('header');
  return (
    <Button variant="ghost" onClick={() => signOut({ callbackUrl: '/sign-in' })}>
      {t('signOut')}
    </Button>
  );
}

/** Ends every session of this account (other browsers and devices too), then this one. */
export function SignOutEverywhereButton() {
  const t = useTranslations('header');
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
      title={t('signOutEverywhereTitle')}
      disabled={revoke.isPending}
      onClick={() => revoke.mutate()}
    >
      {t('signOutEverywhere')}
    </Button>
  );
}
