'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '~/components/confirm-dialog';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { useTRPC } from '~/trpc/react';
import { RetentionForm } from './retention-form';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Retention, "Purge now" and "Verify integrity". Everyone sees the retention in force; only
 * owners and admins may change it or run the tools (the services enforce it; the controls are
 * disabled here with the reason, so a viewer knows whom to ask).
 */
export function ConsentAdminTools({
  siteId,
  canAdmin,
  role,
  retentionMonths,
}: {
  siteId: string;
  canAdmin: boolean;
  role: string;
  retentionMonths: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [purgePlan, setPurgePlan] = useState<{ records: number; days: number } | null>(null);

  const purge = useMutation(
    trpc.consent.purge.mutationOptions({
      onSuccess(r) {
        if (r.dryRun) {
          if (r.records === 0) toast.info('Nothing is past retention: no records to purge.');
          else setPurgePlan({ records: r.records, days: r.days });
          return;
        }
        setPurgePlan(null);
        toast.success(
          `Purged ${plural(r.records, 'record', 'records')} from ${plural(r.days, 'day', 'days')}.`,
        );
        router.refresh();
      },
      onError: (err) => toast.error(err.message),
    }),
  );
  const verify = useMutation(
    trpc.consent.verify.mutationOptions({ onError: (err) => toast.error(err.message) }),
  );

  const reason = canAdmin
    ? undefined
    : `Only owners and admins can change retention, purge or verify; your role is ${role}.`;

  return (
    <section aria-labelledby="consent-admin-title" className="flex flex-col gap-4">
      <h3 id="consent-admin-title" className="text-lg font-medium">
        Retention and integrity
      </h3>
      {reason && (
        <p id="consent-admin-reason" className="text-sm text-slate-700">
          {reason}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="flex flex-col gap-3">
          <RetentionForm siteId={siteId} retentionMonths={retentionMonths} disabled={!canAdmin} />
        </Card>

        <Card className="flex flex-col gap-3">
          <h4 className="font-medium">Purge now</h4>
          <p className="text-sm text-slate-600">
            Removes this site’s records past retention now instead of at the next daily run. The
            removal is recorded in the audit log.
          </p>
          <div>
            <Button
              variant="secondary"
              disabled={!canAdmin || purge.isPending}
              onClick={() => purge.mutate({ siteId, dryRun: true })}
            >
              Purge now…
            </Button>
          </div>
        </Card>

        <Card className="flex flex-col gap-3">
          <h4 className="font-medium">Verify integrity</h4>
          <p className="text-sm text-slate-600">
            Recomputes each day’s hash chain: an edited, inserted or removed record shows up where
            the chain breaks.
          </p>
          <div>
            <Button
              variant="secondary"
              disabled={!canAdmin || verify.isPending}
              onClick={() => verify.mutate({ siteId })}
            >
              {verify.isPending ? 'Verifying…' : 'Verify integrity'}
            </Button>
          </div>
          <div aria-live="polite" className="text-sm">
            {verify.data?.ok && (
              <p className="text-green-800">
                Intact: {plural(verify.data.records, 'record', 'records')} on{' '}
                {plural(verify.data.days, 'day', 'days')} verified.
              </p>
            )}
            {verify.data && !verify.data.ok && (
              <div role="alert" className="text-red-800">
                <p className="font-medium">
                  {plural(verify.data.problemCount, 'problem', 'problems')} in{' '}
                  {plural(verify.data.records, 'record', 'records')}:
                </p>
                <ul className="mt-1 list-disc pl-5">
                  {verify.data.problems.map((p) => (
                    <li key={`${p.day}-${p.seq ?? ''}-${p.problem}`}>
                      {p.day}
                      {p.seq !== undefined ? `, record ${p.seq}` : ''}: {p.problem}
                    </li>
                  ))}
                </ul>
                {verify.data.problemCount > verify.data.problems.length && (
                  <p>
                    …and {verify.data.problemCount - verify.data.problems.length} more; run{' '}
                    <code>smula consents verify</code> for the full list.
                  </p>
                )}
              </div>
            )}
          </div>
        </Card>
      </div>

      {purgePlan && (
        <ConfirmDialog
          title="Purge records past retention?"
          description={`This site keeps records ${retentionMonths} months after they expire.`}
          confirmLabel={`Delete ${plural(purgePlan.records, 'record', 'records')}`}
          pending={purge.isPending}
          onConfirm={() => purge.mutate({ siteId, dryRun: false })}
          onClose={() => setPurgePlan(null)}
        >
          {plural(purgePlan.records, 'record', 'records')} from{' '}
          {plural(purgePlan.days, 'day', 'days')} will be deleted for good. They can no longer prove
          consent afterwards.
        </ConfirmDialog>
      )}
    </section>
  );
}
