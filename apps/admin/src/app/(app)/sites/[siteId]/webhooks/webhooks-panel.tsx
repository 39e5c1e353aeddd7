'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
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
import { TableFrame, Td, THead, Th, Tr } from '~/components/ui/table';
import { formatDateTime } from '~/lib/format-date';
import { useTRPC } from '~/trpc/react';
import { useSite } from '../use-site';
import { DELIVERY_STATUS, EVENT_LABEL, isUnfinished } from './labels';

interface TEndpointForm {
  url: string;
  description: string;
}

const resolver = zodFormResolver<TEndpointForm>(
  z.object({
    url: z.url({ protocol: /^https?$/, error: 'an http(s) address' }).max(2000),
    description: z.string().trim().max(200),
  }),
);

/** The Webhooks tab: endpoints, the secret shown once, and the delivery log. */
export function WebhooksPanel({ siteId }: { siteId: string }) {
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
        done('Endpoint added')();
      },
      onError: showErrorsIn(form),
    }),
  );
  const update = useMutation(
    trpc.webhook.update.mutationOptions({
      onSuccess() {
        setEditing(null);
        form.reset({ url: '', description: '' });
        done('Endpoint saved')();
      },
      onError: showErrorsIn(form),
    }),
  );
  const toggle = useMutation(
    trpc.webhook.update.mutationOptions({
      onSuccess: (e) => done(e.enabled ? 'Endpoint enabled' : 'Endpoint disabled')(),
      onError: failed,
    }),
  );
  const rotate = useMutation(
    trpc.webhook.rotateSecret.mutationOptions({
      onSuccess(result) {
        setShown({ url: result.endpoint.url, secret: result.secret });
        done('Secret rotated')();
      },
      onError: failed,
    }),
  );
  const remove = useMutation(
    trpc.webhook.delete.mutationOptions({ onSuccess: done('Endpoint deleted'), onError: failed }),
  );
  const sendTest = useMutation(
    trpc.webhook.sendTest.mutationOptions({
      onSuccess: done('Test event queued'),
      onError: failed,
    }),
  );
  const redeliver = useMutation(
    trpc.webhook.redeliver.mutationOptions({
      onSuccess: done('Redelivery queued'),
      onError: failed,
    }),
  );

  return (
    <div className="flex flex-col gap-6">
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-medium">Webhooks</h2>
        <p className="text-sm text-slate-700">
          Each publish (and rollback) POSTs a signed <code>config.published</code> event to the
          endpoints below: a CMS that refreshes at once, a CDN purge, a chat message. Failed
          deliveries are retried with growing waits for about an hour. See the Webhooks page of the
          docs for the payload and how to verify the signature.
        </p>
        {shown && (
          <div
            role="status"
            className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3"
          >
            <p className="text-sm font-medium text-amber-900">
              The signing secret for {shown.url}. Copy it now: it is not shown again.
            </p>
            <code data-testid="webhook-secret" className="break-all text-sm">
              {shown.secret}
            </code>
            <div>
              <Button variant="secondary" size="sm" onClick={() => setShown(null)}>
                I have copied it
              </Button>
            </div>
          </div>
        )}
        {canEdit ? (
          <form
            aria-label={editing ? 'Edit endpoint' : 'Add an endpoint'}
            className="flex flex-wrap items-end gap-3"
            onSubmit={form.handleSubmit((v) =>
              editing
                ? update.mutate({ siteId, endpointId: editing, ...v })
                : create.mutate({ siteId, ...v }),
            )}
          >
            <Field
              label="Endpoint URL"
              placeholder="https://cms.example/api/smula/webhook"
              className="min-w-72 flex-1"
              {...field('url')}
            />
            <Field label="Description" className="w-64" {...field('description')} />
            <Button type="submit" disabled={create.isPending || update.isPending}>
              {editing ? 'Save endpoint' : 'Add endpoint'}
            </Button>
            {editing && (
              <Button
                variant="ghost"
                onClick={() => {
                  setEditing(null);
                  form.reset({ url: '', description: '' });
                }}
              >
                Cancel
              </Button>
            )}
          </form>
        ) : (
          <p className="text-sm text-slate-600">Editors and above add and change endpoints.</p>
        )}
        {endpoints.data?.length === 0 && (
          <p className="text-sm text-slate-600">No endpoints yet.</p>
        )}
        {endpoints.data && endpoints.data.length > 0 && (
          <TableFrame>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Webhook endpoints of this site</caption>
              <THead>
                <tr>
                  <Th>URL</Th>
                  <Th>Status</Th>
                  <Th>Secret</Th>
                  {canEdit && <Th>Actions</Th>}
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
                        {e.enabled ? 'Enabled' : 'Disabled'}
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
                            Send test event
                          </Button>
                          <Button
                            size="sm"
                            variant="ghost"
                            onClick={() => {
                              setEditing(e.id);
                              form.reset({ url: e.url, description: e.description });
                            }}
                          >
                            Edit
                          </Button>
                          <Button
                            size="sm"
                            variant="ghost"
                            onClick={() =>
                              toggle.mutate({ siteId, endpointId: e.id, enabled: !e.enabled })
                            }
                          >
                            {e.enabled ? 'Disable' : 'Enable'}
                          </Button>
                          <Button
                            size="sm"
                            variant="ghost"
                            onClick={() => rotate.mutate({ siteId, endpointId: e.id })}
                          >
                            Rotate secret
                          </Button>
                          {deleting === e.id ? (
                            <Button
                              size="sm"
                              variant="danger"
                              onClick={() => remove.mutate({ siteId, endpointId: e.id })}
                            >
                              Confirm delete
                            </Button>
                          ) : (
                            <Button size="sm" variant="ghost" onClick={() => setDeleting(e.id)}>
                              Delete
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
        <h2 className="text-lg font-medium">Delivery log</h2>
        {deliveries.data?.length === 0 && (
          <p className="text-sm text-slate-600">No deliveries yet.</p>
        )}
        {deliveries.data && deliveries.data.length > 0 && (
          <TableFrame>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Webhook deliveries, newest first</caption>
              <THead>
                <tr>
                  <Th>Queued</Th>
                  <Th>Event</Th>
                  <Th>Endpoint</Th>
                  <Th>Status</Th>
                  <Th>Attempts</Th>
                  {canEdit && <Th>Actions</Th>}
                </tr>
              </THead>
              <tbody>
                {deliveries.data.map((d) => {
                  const [label, tone] = DELIVERY_STATUS[d.status] ?? [d.status, 'neutral'];
                  return (
                    <Tr key={d.id} data-delivery={d.id} data-status={d.status}>
                      <Td>{formatDateTime(d.createdAt)}</Td>
                      <Td>
                        {EVENT_LABEL[d.eventType] ?? d.eventType}
                        {d.version !== null && ` · version ${d.version}`}
                        {d.redeliveryOf && <p className="text-xs text-slate-600">(redelivery)</p>}
                      </Td>
                      <Td className="break-all">{d.url}</Td>
                      <Td>
                        <Badge tone={tone}>{label}</Badge>
                        {d.status === 'pending' && d.attempts > 0 && (
                          <p className="mt-1 text-xs text-slate-700">
                            Next try {formatDateTime(d.nextAttemptAt)}
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
                                #{a.attempt} {formatDateTime(a.startedAt)}:{' '}
                                {a.statusCode !== null ? `HTTP ${a.statusCode}` : a.error} in{' '}
                                {a.durationMs} ms
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
                            Redeliver
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
