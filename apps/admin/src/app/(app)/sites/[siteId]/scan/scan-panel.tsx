'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { showErrorsIn } from '~/components/form/apply-server-errors';
import { useFieldProps } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { Field } from '~/components/ui/field';
import { SelectField } from '~/components/ui/select-field';
import { TableFrame, Td, THead, Th, Tr } from '~/components/ui/table';
import { formatDateTime } from '~/lib/format-date';
import { useTRPC } from '~/trpc/react';
import { useSite } from '../use-site';
import { FINDING_GROUPS, isActive, STATUS_TONE } from './labels';

interface TStartForm {
  url: string;
  maxPages: string;
}

const resolver = zodFormResolver<TStartForm>(
  z.object({
    url: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'an http(s) address' })]),
    maxPages: z.coerce.number().int().min(1).max(100),
  }),
);

const FREQUENCIES = ['off', 'weekly', 'monthly'] as const;

/** The Scan tab: start a scan, the schedule, and the history with live progress. */
export function ScanPanel({ siteId }: { siteId: string }) {
  const t = useTranslations('scanPanel');
  const labels = useTranslations('scanLabels');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { site, canEdit } = useSite(siteId);
  const scans = useQuery({
    ...trpc.scan.list.queryOptions({ siteId }),
    // Live progress: poll while a scan is queued or running.
    refetchInterval: (q) => (q.state.data?.some((s) => isActive(s.status)) ? 2000 : false),
  });
  const schedule = useQuery(trpc.scan.schedule.queryOptions({ siteId }));
  const form = useForm<TStartForm>({ resolver, defaultValues: { url: '', maxPages: '20' } });
  const field = useFieldProps(form);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.scan.pathKey() });
  const start = useMutation(
    trpc.scan.start.mutationOptions({
      onSuccess() {
        toast.success(t('queued'));
        void refresh();
      },
      onError: showErrorsIn(form),
    }),
  );
  const setSchedule = useMutation(
    trpc.scan.setSchedule.mutationOptions({
      onSuccess(result) {
        toast.success(
          result.frequency === 'off'
            ? t('scheduleOff')
            : t('scheduleOn', {
                frequency: t(`frequency.${result.frequency}`).toLocaleLowerCase(),
              }),
        );
        void refresh();
      },
      onError: (err) => toast.error(err.message),
    }),
  );
  const firstDomain = site?.settings.domains[0]?.replace(/^\*\./, '');
  const active = scans.data?.find((s) => isActive(s.status));

  return (
    <div className="flex flex-col gap-6">
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-medium">{t('title')}</h2>
        <p className="text-sm text-slate-700">{t('intro')}</p>
        {canEdit ? (
          <form
            className="flex flex-wrap items-end gap-3"
            onSubmit={form.handleSubmit((v) =>
              start.mutate({
                siteId,
                ...(v.url ? { url: v.url } : {}),
                maxPages: Number(v.maxPages),
              }),
            )}
          >
            <Field
              label={t('startAddress')}
              placeholder={firstDomain ? `https://${firstDomain}/` : 'https://…'}
              hint={firstDomain ? t('startAddressHint') : undefined}
              className="min-w-72 flex-1"
              {...field('url')}
            />
            <Field
              label={t('maxPages')}
              type="number"
              min={1}
              max={100}
              className="w-32"
              {...field('maxPages')}
            />
            <Button type="submit" disabled={start.isPending || Boolean(active)}>
              {active ? t('inProgress') : start.isPending ? t('queuing') : t('start')}
            </Button>
          </form>
        ) : (
          <p className="text-sm text-slate-600">{t('editorsOnly')}</p>
        )}
        <div className="flex flex-wrap items-end gap-3">
          <SelectField
            label={t('scheduled')}
            className="w-48"
            value={schedule.data?.frequency ?? 'off'}
            disabled={!canEdit || setSchedule.isPending || !schedule.data}
            onChange={(e) =>
              setSchedule.mutate({
                siteId,
                frequency: e.target.value as (typeof FREQUENCIES)[number],
              })
            }
          >
            {FREQUENCIES.map((value) => (
              <option key={value} value={value}>
                {t(`frequency.${value}`)}
              </option>
            ))}
          </SelectField>
          {schedule.data?.nextRunAt && (
            <p className="pb-2 text-sm text-slate-700">
              {t('next', { when: formatDateTime(schedule.data.nextRunAt, locale) })}
            </p>
          )}
        </div>
      </Card>

      <Card className="flex flex-col gap-3">
        <h2 className="text-lg font-medium">{t('history')}</h2>
        {scans.data?.length === 0 && <p className="text-sm text-slate-600">{t('none')}</p>}
        {scans.data && scans.data.length > 0 && (
          <TableFrame>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('caption')}</caption>
              <THead>
                <tr>
                  <Th>{t('started')}</Th>
                  <Th>{t('status')}</Th>
                  <Th>{t('address')}</Th>
                  <Th>{t('pages')}</Th>
                  <Th>{t('findings')}</Th>
                </tr>
              </THead>
              <tbody>
                {scans.data.map((s) => {
                  const tone = STATUS_TONE[s.status] ?? 'neutral';
                  const label = s.status in STATUS_TONE ? labels(`status.${s.status}`) : s.status;
                  return (
                    <Tr key={s.id} data-scan={s.id} data-status={s.status}>
                      <Td>
                        <Link
                          href={`/sites/${siteId}/scan/${s.id}`}
                          className="text-brand underline"
                        >
                          {formatDateTime(s.createdAt, locale)}
                        </Link>
                        {s.trigger === 'schedule' && (
                          <span className="ml-1 text-xs text-slate-600">{t('scheduledTag')}</span>
                        )}
                      </Td>
                      <Td>
                        <Badge tone={tone}>{label}</Badge>
                        {s.status === 'failed' && s.error && (
                          <p className="mt-1 text-xs text-red-800">{s.error}</p>
                        )}
                      </Td>
                      <Td className="break-all">{s.url}</Td>
                      <Td>
                        {s.status === 'running' ? (
                          <span role="status">
                            {t('progress', { done: s.pagesDone, total: s.pagesTotal || '…' })}
                          </span>
                        ) : (
                          (s.summary?.pagesOk ?? (s.status === 'queued' ? '–' : 0))
                        )}
                      </Td>
                      <Td>
                        {s.summary
                          ? FINDING_GROUPS.filter((g) => s.summary?.findings[g.kind])
                              .map(
                                (g) =>
                                  `${labels(`findings.${g.kind}.title`)}: ${s.summary?.findings[g.kind]}`,
                              )
                              .join(' · ') || t('noFindings')
                          : ''}
                      </Td>
                    </Tr>
                  );
                })}
              </tbody>
            </table>
          </TableFrame>
        )}
      </Card>
    </div>
  );
}
