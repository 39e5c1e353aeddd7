'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
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
import { FINDING_GROUPS, isActive, STATUS } from './labels';

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

const FREQUENCIES = [
  ['off', 'Off'],
  ['weekly', 'Weekly'],
  ['monthly', 'Monthly'],
] as const;

/** The Scan tab: start a scan, the schedule, and the history with live progress. */
export function ScanPanel({ siteId }: { siteId: string }) {
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
        toast.success('Scan queued');
        void refresh();
      },
      onError: showErrorsIn(form),
    }),
  );
  const setSchedule = useMutation(
    trpc.scan.setSchedule.mutationOptions({
      onSuccess(result) {
        toast.success(
          result.frequency === 'off' ? 'Scheduled scans off' : `Scans ${result.frequency}`,
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
        <h2 className="text-lg font-medium">Scan the site</h2>
        <p className="text-sm text-slate-700">
          Visits the site’s pages in Chromium three times each (no choice, Reject all, Accept all)
          and reports the cookies, storage and third-party requests it sees, held to the draft
          declaration. Only addresses on the site’s domains are scanned.
        </p>
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
              label="Start address"
              placeholder={firstDomain ? `https://${firstDomain}/` : 'https://…'}
              hint={firstDomain ? 'Empty: the first domain’s home page.' : undefined}
              className="min-w-72 flex-1"
              {...field('url')}
            />
            <Field
              label="Pages at most"
              type="number"
              min={1}
              max={100}
              className="w-32"
              {...field('maxPages')}
            />
            <Button type="submit" disabled={start.isPending || Boolean(active)}>
              {active ? 'A scan is in progress' : start.isPending ? 'Queuing…' : 'Start scan'}
            </Button>
          </form>
        ) : (
          <p className="text-sm text-slate-600">Editors and above start scans.</p>
        )}
        <div className="flex flex-wrap items-end gap-3">
          <SelectField
            label="Scheduled scans"
            className="w-48"
            value={schedule.data?.frequency ?? 'off'}
            disabled={!canEdit || setSchedule.isPending || !schedule.data}
            onChange={(e) =>
              setSchedule.mutate({
                siteId,
                frequency: e.target.value as (typeof FREQUENCIES)[number][0],
              })
            }
          >
            {FREQUENCIES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          {schedule.data?.nextRunAt && (
            <p className="pb-2 text-sm text-slate-700">
              Next: {formatDateTime(schedule.data.nextRunAt)}
            </p>
          )}
        </div>
      </Card>

      <Card className="flex flex-col gap-3">
        <h2 className="text-lg font-medium">History</h2>
        {scans.data?.length === 0 && <p className="text-sm text-slate-600">No scans yet.</p>}
        {scans.data && scans.data.length > 0 && (
          <TableFrame>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Scans of this site, newest first</caption>
              <THead>
                <tr>
                  <Th>Started</Th>
                  <Th>Status</Th>
                  <Th>Address</Th>
                  <Th>Pages</Th>
                  <Th>Findings</Th>
                </tr>
              </THead>
              <tbody>
                {scans.data.map((s) => {
                  const [label, tone] = STATUS[s.status] ?? [s.status, 'neutral'];
                  return (
                    <Tr key={s.id} data-scan={s.id} data-status={s.status}>
                      <Td>
                        <Link
                          href={`/sites/${siteId}/scan/${s.id}`}
                          className="text-brand underline"
                        >
                          {formatDateTime(s.createdAt)}
                        </Link>
                        {s.trigger === 'schedule' && (
                          <span className="ml-1 text-xs text-slate-600">(scheduled)</span>
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
                            {s.pagesDone} of {s.pagesTotal || '…'}
                          </span>
                        ) : (
                          (s.summary?.pagesOk ?? (s.status === 'queued' ? '–' : 0))
                        )}
                      </Td>
                      <Td>
                        {s.summary
                          ? FINDING_GROUPS.filter((g) => s.summary?.findings[g.kind])
                              .map((g) => `${g.title}: ${s.summary?.findings[g.kind]}`)
                              .join(' · ') || 'None'
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
