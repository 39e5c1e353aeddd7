'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '~/components/confirm-dialog';
import { Button, buttonVariants } from '~/components/ui/button';
import { useTRPC } from '~/trpc/react';
import type { TOutputs } from '~/trpc/types';

type TDemo = TOutputs['declaration']['demoStatus'];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "Load demo site" creates a complete demo declaration (22 items in 5 categories) in an
 * organisation of the user's own, once. When it exists, the dashboard links to it instead, and
 * resetting it to the fixture is a separate action whose confirmation says what will be lost.
 */
export function LoadDemoButton({ demo }: { demo: TDemo }) {
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
            `Demo site created: ${result.counts.items} cookies in ${result.counts.categories} categories`,
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
        toast.success('Demo site reset to the fixture');
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
        {load.isPending ? 'Loading demo…' : 'Load demo site'}
      </Button>
    );
  return (
    <div className="flex flex-wrap gap-2">
      <Link href={`/sites/${demo.siteId}`} className={buttonVariants({ variant: 'secondary' })}>
        Open demo site
      </Link>
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        Reset demo…
      </Button>
      {confirming && (
        <ConfirmDialog
          title="Reset the demo site?"
          description={`“${demo.name}” goes back to the demo fixture.`}
          confirmLabel="Reset demo site"
          pending={reset.isPending}
          error={reset.error?.message}
          onConfirm={() => reset.mutate()}
          onClose={() => setConfirming(false)}
        >
          <p>
            Its draft now holds {plural(demo.draft.items, 'item', 'items')},{' '}
            {plural(demo.draft.vendors, 'vendor', 'vendors')} and{' '}
            {plural(demo.draft.categories, 'category', 'categories')}. They are replaced by the
            fixture's, together with the demo's texts, appearance and settings: every change made in
            the draft is lost.
          </p>
          <p className="mt-2">
            {demo.liveVersion
              ? `Published versions (live: version ${demo.liveVersion}) and consent records stay as they are.`
              : 'Nothing of it is published, so no live banner changes.'}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
