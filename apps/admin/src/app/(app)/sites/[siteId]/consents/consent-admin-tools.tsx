'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '~/components/confirm-dialog';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { useTRPC } from '~/trpc/react';
import { RetentionForm } from './retention-form';

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
  const t = useTranslations('consentAdmin');
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const router = useRouter();
  const [purgePlan, setPurgePlan] = useState<{ records: number; days: number } | null>(null);

  const purge = useMutation(
    trpc.consent.purge.mutationOptions({
      onSuccess(r) {
        if (r.dryRun) {
          if (r.records === 0) toast.info(t('nothingToPurge'));
          else setPurgePlan({ records: r.records, days: r.days });
          return;
        }
        setPurgePlan(null);
        toast.success(t('purged', { records: r.records, days: r.days }));
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
    : t('adminsOnly', { role: tc.has(`role.${role}`) ? tc(`role.${role}`) : role });

  return (
    <section aria-labelledby="consent-admin-title" className="flex flex-col gap-4">
      <h3 id="consent-admin-title" className="text-lg font-medium">
        {t('title')}
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
          <h4 className="font-medium">{t('purgeNow')}</h4>
          <p className="text-sm text-slate-600">{t('purgeHint')}</p>
          <div>
            <Button
              variant="secondary"
              disabled={!canAdmin || purge.isPending}
              onClick={() => purge.mutate({ siteId, dryRun: true })}
            >
              {t('purgeButton')}
            </Button>
          </div>
        </Card>

        <Card className="flex flex-col gap-3">
          <h4 className="font-medium">{t('verify')}</h4>
          <p className="text-sm text-slate-600">{t('verifyHint')}</p>
          <div>
            <Button
              variant="secondary"
              disabled={!canAdmin || verify.isPending}
              onClick={() => verify.mutate({ siteId })}
            >
              {verify.isPending ? t('verifying') : t('verify')}
            </Button>
          </div>
          <div aria-live="polite" className="text-sm">
            {verify.data?.ok && (
              <p className="text-green-800">
                {t('intact', { records: verify.data.records, days: verify.data.days })}
              </p>
            )}
            {verify.data && !verify.data.ok && (
              <div role="alert" className="text-red-800">
                <p className="font-medium">
                  {t('problems', {
                    problems: verify.data.problemCount,
                    records: verify.data.records,
                  })}
                </p>
                <ul className="mt-1 list-disc pl-5">
                  {verify.data.problems.map((p) => (
                    <li key={`${p.day}-${p.seq ?? ''}-${p.problem}`}>
                      {p.day}
                      {p.seq !== undefined ? t('recordN', { seq: p.seq }) : ''}: {p.problem}
                    </li>
                  ))}
                </ul>
                {verify.data.problemCount > verify.data.problems.length && (
                  <p>
                    {t.rich('more', {
                      count: verify.data.problemCount - verify.data.problems.length,
                      code: (c) => <code>{c}</code>,
                    })}
                  </p>
                )}
              </div>
            )}
          </div>
        </Card>
      </div>

      {purgePlan && (
        <ConfirmDialog
          title={t('purgeTitle')}
          description={t('purgeDescription', { months: retentionMonths })}
          confirmLabel={t('purgeLabel', { records: purgePlan.records })}
          pending={purge.isPending}
          onConfirm={() => purge.mutate({ siteId, dryRun: false })}
          onClose={() => setPurgePlan(null)}
        >
          {t('purgeBody', { records: purgePlan.records, days: purgePlan.days })}
        </ConfirmDialog>
      )}
    </section>
  );
}
