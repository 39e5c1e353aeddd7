'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { showErrorsIn } from '~/components/form/apply-server-errors';
import { useFieldProps } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { Field } from '~/components/ui/field';
import { TableFrame, Td, THead, Th, Tr } from '~/components/ui/table';
import { messageKey } from '~/i18n/message-key';
import { formatDateTime } from '~/lib/format-date';
import { ZWebhookEndpointForm } from '~/lib/schemas/webhook';
import { useTRPC } from '~/trpc/react';
import { useSite } from '../use-site';
import { DELIVERY_STATUS, isUnfinished, KNOWN_EVENTS } from './labels';

interface TEndpointForm {
  url: string;
  description: string;
}

const resolver = zodFormResolver<TEndpointForm>(ZWebhookEndpointForm);

/** The Webhooks tab: endpoints, the secret shown once, and the delivery log. */
export function WebhooksPanel({ siteId }: { siteId: string }) {
  const t = useTranslations('webhooks');
  const locale = useLocale();
  const when = (value: Date | string) => formatDateTime(value, locale);
  const eventLabel = (type: string) =>
    (KNOWN_EVENTS as readonly string[]).includes(type) ? t(`events.${messageKey(type)}`) : type;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { canEdit } = useSite(siteId);
  const endpoints = useQuery(trpc.webhook.list.queryOptions({ siteId }));
  const deliveries = useQuery({
    ...trpc.webhook.deliveries.queryOptions({ siteId }),
    // Follow deliveries in flight (first attempts and retries) until they end.
    refetchInterval: (q) => (q.state.data?.some((d) => isUnfinished(d.status)) ? 2000 : false),
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [shown, setShown] = useState<{ url: string; secret: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const form = useForm<TEndpointForm>({ resolver, defaultValues: { url: '', description: '' } });
  const field = useFieldProps(form);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.webhook.pathKey() });
  const done = (message: string) => () => {
    toast.success(message);
    void refresh();
  };
  const failed = (err: { message: string }) => toast.error(err.message);

  const create = useMutation(
    trpc.webhook.create.mutationOptions({
      onSuccess(result) {
        setShown({ url: result.endpoint.url, secret: result.secret });
        form.reset();
        done(t('added'))();
      },
      onError: showErrorsIn(form),
    }),
  );
  const update = useMutation(
    trpc.webhook.update.mutationOptions({
      onSuccess() {
        setEditing(null);
        form.reset({ url: '', description: '' });
        done(t('saved'))();
      },
      onError: showErrorsIn(form),
    }),
  );
  const toggle = useMutation(
    trpc.webhook.update.mutationOptions({
      onSuccess: (e) => done(e.enabled ? t('enabledToast') : t('disabledToast'))(),
      onError: failed,
    }),
  );
  const rotate = useMutation(
    trpc.webhook.rotateSecret.mutationOptions({
      onSuccess(result) {
        setShown({ url: result.endpoint.url, secret: result.secret });
        done(t('rotated'))();
      },
      onError: failed,
    }),
  );
  const remove = useMutation(
    trpc.webhook.delete.mutationOptions({ onSuccess: done(t('deleted')), onError: failed }),
  );
  const sendTest = useMutation(
    trpc.webhook.sendTest.mutationOptions({
      onSuccess: done(t('testQueued')),
      onError: failed,
    }),
  );
  const redeliver = useMutation(
    trpc.webhook.redeliver.mutationOptions({
      onSuccess: done(t('redeliveryQueued')),
      onError: failed,
    }),
  );

  return (
    <div className="flex flex-col gap-6">
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-medium">{t('title')}</h2>
        <p className="text-sm text-slate-700">
          {t.rich('intro', { code: (chunks) => <code>{chunks}</code> })}
        </p>
        {shown && (
          <div
            role="status"
            className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3"
          >
            <p className="text-sm font-medium text-amber-900">
              {t('secretShown', { url: shown.url })}
            </p>
            <code data-testid="webhook-secret" className="break-all text-sm">
              {shown.secret}
            </code>
            <div>
              <Button variant="secondary" size="sm" onClick={() => setShown(null)}>
                {t('secretCopied')}
              </Button>
            </div>
          </div>
        )}
        {canEdit ? (
          <form
            aria-label={editing ? t('editForm') : t('addForm')}
            className="flex flex-wrap items-end gap-3"
            onSubmit={form.handleSubmit((v) =>
              editing
                ? update.mutate({ siteId, endpointId: editing, ...v })
                : create.mutate({ siteId, ...v }),
            )}
          >
            <Field
              label={t('url')}
              placeholder="https://cms.example/api/smula/webhook"
              className="min-w-72 flex-1"
              {...field('url')}
            />
            <Field label={t('description')} className="w-64" {...field('description')} />
            <Button type="submit" disabled={create.isPending || update.isPending}>
              {editing ? t('save') : t('add')}
            </Button>
            {editing && (
              <Button
                variant="ghost"
                onClick={() => {
                  setEditing(null);
                  form.reset({ url: '', description: '' });
                }}
              >
                {t('cancel')}
              </Button>
            )}
          </form>
        ) : (
          <p className="text-sm text-slate-600">{t('editorsOnly')}</p>
        )}
        {endpoints.data?.length === 0 && (
          <p className="text-sm text-slate-600">{t('noEndpoints')}</p>
        )}
        {endpoints.data && endpoints.data.length > 0 && (
          <TableFrame>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('endpointsCaption')}</caption>
              <THead>
                <tr>
                  <Th>{t('colUrl')}</Th>
                  <Th>{t('colStatus')}</Th>
                  <Th>{t('colSecret')}</Th>
                  {canEdit && <Th>{t('colActions')}</Th>}
                </tr>
              </THead>
              <tbody>
                {endpoints.data.map((e) => (
                  <Tr key={e.id} data-endpoint={e.id}>
                    <Td className="break-all">
                      {e.url}
                      {e.description && <p className="text-xs text-slate-600">{e.description}</p>}
                    </Td>
                    <Td>
                      <Badge tone={e.enabled ? 'success' : 'neutral'}>
                        {e.enabled ? t('enabled') : t('disabled')}
                      </Badge>
                    </Td>
                    <Td>
                      <code className="text-xs">{e.secretHint}</code>
                    </Td>
                    {canEdit && (
                      <Td>
                        <div className="flex flex-wrap gap-1">
                          <Button
                            size="sm"
                            variant="secondary"
                            disabled={!e.enabled || sendTest.isPending}
                            onClick={() => sendTest.mutate({ siteId, endpointId: e.id })}
                          >
                            {t('sendTest')}
                          </Button>
                          <Button
                            size="sm"
                            variant="ghost"
                            onClick={() => {
                              setEditing(e.id);
                              form.reset({ url: e.url, description: e.description });
                            }}
                          >
                            {t('edit')}
                          </Button>
                          <Button
                            size="sm"
                            variant="ghost"
                            onClick={() =>
                              toggle.mutate({ siteId, endpointId: e.id, enabled: !e.enabled })
                            }
                          >
                            {e.enabled ? t('disable') : t('enable')}
                          </Button>
                          <Button
                            size="sm"
                            variant="ghost"
                            onClick={() => rotate.mutate({ siteId, endpointId: e.id })}
                          >
                            {t('rotate')}
                          </Button>
                          {deleting === e.id ? (
                            <Button
                              size="sm"
                              variant="danger"
                              onClick={() => remove.mutate({ siteId, endpointId: e.id })}
                            >
                              {t('confirmDelete')}
                            </Button>
                          ) : (
                            <Button size="sm" variant="ghost" onClick={() => setDeleting(e.id)}>
                              {t('delete')}
                            </Button>
                          )}
                        </div>
                      </Td>
                    )}
                  </Tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
      </Card>

      <Card className="flex flex-col gap-3">
        <h2 className="text-lg font-medium">{t('log')}</h2>
        {deliveries.data?.length === 0 && (
          <p className="text-sm text-slate-600">{t('noDeliveries')}</p>
        )}
        {deliveries.data && deliveries.data.length > 0 && (
          <TableFrame>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('deliveriesCaption')}</caption>
              <THead>
                <tr>
                  <Th>{t('colQueued')}</Th>
                  <Th>{t('colEvent')}</Th>
                  <Th>{t('colEndpoint')}</Th>
                  <Th>{t('colStatus')}</Th>
                  <Th>{t('colAttempts')}</Th>
                  {canEdit && <Th>{t('colActions')}</Th>}
                </tr>
              </THead>
              <tbody>
                {deliveries.data.map((d) => {
                  const tone = DELIVERY_STATUS[d.status];
                  const label = tone ? t(`status.${d.status}`) : d.status;
                  return (
                    <Tr key={d.id} data-delivery={d.id} data-status={d.status}>
                      <Td>{when(d.createdAt)}</Td>
                      <Td>
                        {eventLabel(d.eventType)}
                        {d.version !== null && t('version', { version: d.version })}
                        {d.redeliveryOf && (
                          <p className="text-xs text-slate-600">{t('redelivery')}</p>
                        )}
                      </Td>
                      <Td className="break-all">{d.url}</Td>
                      <Td>
                        <Badge tone={tone ?? 'neutral'}>{label}</Badge>
                        {d.status === 'pending' && d.attempts > 0 && (
                          <p className="mt-1 text-xs text-slate-700">
                            {t('nextTry', { when: when(d.nextAttemptAt) })}
                          </p>
                        )}
                      </Td>
                      <Td>
                        <details>
                          <summary className="cursor-pointer">
                            {d.attempts}
                            {d.lastStatusCode !== null && ` · HTTP ${d.lastStatusCode}`}
                            {d.lastError && d.lastStatusCode === null && ` · ${d.lastError}`}
                          </summary>
                          <ol className="mt-1 flex flex-col gap-1 text-xs">
                            {d.attemptLog.map((a) => (
                              <li key={a.attempt}>
                                {t('attempt', {
                                  attempt: a.attempt,
                                  when: when(a.startedAt),
                                  result:
                                    a.statusCode !== null
                                      ? `HTTP ${a.statusCode}`
                                      : (a.error ?? ''),
                                  ms: a.durationMs,
                                })}
                              </li>
                            ))}
                          </ol>
                        </details>
                      </Td>
                      {canEdit && (
                        <Td>
                          <Button
                            size="sm"
                            variant="secondary"
                            disabled={isUnfinished(d.status) || redeliver.isPending}
                            onClick={() => redeliver.mutate({ siteId, deliveryId: d.id })}
                          >
                            {t('redeliver')}
                          </Button>
                        </Td>
                      )}
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
