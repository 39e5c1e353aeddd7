'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { showErrorsIn } from '~/components/form/apply-server-errors';
import { useFieldProps } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Button } from '~/components/ui/button';
import { Field } from '~/components/ui/field';
import {
  MAX_RETENTION_MONTHS,
  MIN_RETENTION_MONTHS,
  ZRetentionMonths,
} from '~/lib/schemas/consent';
import { useTRPC } from '~/trpc/react';

// The retention service's own rule; the field holds text, so an empty one reads as "no number".
const resolver = zodFormResolver<{ months: string }>(z.object({ months: ZRetentionMonths }), {
  toCandidate: ({ months }) => ({ months: months.trim() ? Number(months) : undefined }),
});

/** How long consent records are kept after they expire (owners and admins change it). */
export function RetentionForm({
  siteId,
  retentionMonths,
  disabled,
}: {
  siteId: string;
  retentionMonths: number;
  disabled: boolean;
}) {
  const t = useTranslations('consentAdmin');
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm({ defaultValues: { months: String(retentionMonths) }, resolver });
  const field = useFieldProps(form);
  const retention = useMutation(
    trpc.consent.setRetention.mutationOptions({
      onSuccess(r) {
        toast.success(r.changed ? t('retentionSaved', { months: r.months }) : t('noChange'));
        router.refresh();
      },
      onError: showErrorsIn(form),
    }),
  );
  return (
    <form
      noValidate
      aria-label={t('retention')}
      className="flex flex-col gap-3"
      onSubmit={form.handleSubmit(({ months }) =>
        retention.mutate({ siteId, months: Number(months) }),
      )}
    >
      <Field
        label={t('keep')}
        type="number"
        inputMode="numeric"
        min={MIN_RETENTION_MONTHS}
        max={MAX_RETENTION_MONTHS}
        step={1}
        {...field('months')}
        disabled={disabled}
        hint={t('keepHint', { min: MIN_RETENTION_MONTHS, max: MAX_RETENTION_MONTHS })}
      />
      <div>
        <Button type="submit" disabled={disabled || retention.isPending}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
