'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '~/components/ui/button';
import { useTRPC } from '~/trpc/react';

/**
 * "Load demo site": a complete demo declaration (22 items in 5 categories) in an organisation
 * of the user's own, then straight to it. Pressing it again refreshes the same demo site.
 */
export function LoadDemoButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const load = useMutation(
    trpc.declaration.loadDemo.mutationOptions({
      onSuccess(demo) {
        toast.success(
          demo.created
            ? `Demo site created: ${demo.counts.items} cookies in ${demo.counts.categories} categories`
            : 'Demo site refreshed',
        );
        router.push(`/sites/${demo.siteId}`);
        router.refresh();
      },
      onError(err) {
        toast.error(err.message);
      },
    }),
  );
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
}
