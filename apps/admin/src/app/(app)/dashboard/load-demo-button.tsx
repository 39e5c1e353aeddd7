'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '~/components/confirm-dialog';
import { Button, buttonVariants } from '~/components/ui/button';
import { useTRPC } from '~/trpc/react';
import type { TOutputs } from '~/trpc/types';

type TDemo = TOutputs['declaration']['demoStatus'];

/**
 * "Load demo site" creates a complete demo declaration (22 items in 5 categories) in an
 * organisation of the user's own, once. When it exists, the dashboard links to it instead, and
 * resetting it to the fixture is a separate action whose confirmation says what will be lost.
 */
export function LoadDemoButton({ demo }: { demo: TDemo }) {
  const t = useTranslations('dashboard.demo');
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const open = (siteId: string) => {
    router.push(`/sites/${siteId}`);
    router.refresh();
  };
  const load = useMutation(
    trpc.declaration.loadDemo.mutationOptions({
      onSuccess(result) {
        if (result.counts)
          toast.success(
            t('created', {
              items: result.counts.items,
              categories: result.counts.categories,
            }),
          );
        open(result.siteId);
      },
      onError: (err) => toast.error(err.message),
    }),
  );
  const reset = useMutation(
    trpc.declaration.resetDemo.mutationOptions({
      onSuccess(result) {
        setConfirming(false);
        toast.success(t('resetDone'));
        open(result.siteId);
      },
    }),
  );

  if (!demo)
    return (
      <Button
        variant="secondary"
        onClick={() => load.mutate()}
        disabled={load.isPending}
        aria-busy={load.isPending || undefined}
      >
        {load.isPending ? t('loading') : t('load')}
      </Button>
    );
  return (
    <div className="flex flex-wrap gap-2">
      <Link href={`/sites/${demo.siteId}`} className={buttonVariants({ variant: 'secondary' })}>
        {t('open')}
      </Link>
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        {t('reset')}
      </Button>
      {confirming && (
        <ConfirmDialog
          title={t('confirmTitle')}
          description={t('confirmDescription', { name: demo.name })}
          confirmLabel={t('confirmLabel')}
          pending={reset.isPending}
          error={reset.error?.message}
          onConfirm={() => reset.mutate()}
          onClose={() => setConfirming(false)}
        >
          <p>
            {t('confirmDraft', {
              items: demo.draft.items,
              vendors: demo.draft.vendors,
              categories: demo.draft.categories,
            })}
          </p>
          <p className="mt-2">
            {demo.liveVersion
              ? t('confirmLive', { version: demo.liveVersion })
              : t('confirmNotLive')}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
