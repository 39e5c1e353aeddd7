/**
 * Webhooks on publish (issue 20), on PGlite with the in-process sender and on PostgreSQL with
 * pg-boss workers: a publish writes signed deliveries in its own transaction, a receiver that
 * fails is retried with growing waits until it answers, every attempt is logged.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/audit';
import { webhookDeliveries, webhookEndpoints } from '../db/schema/webhooks';
import { rollbackToVersion } from '../services/publish/history';
import { publishSite } from '../services/publish/publish-site';
import { createSite } from '../services/site/create-site';
import { createWebhook } from '../services/webhook/create-webhook';
import { deleteWebhook } from '../services/webhook/delete-webhook';
import { listWebhookDeliveries } from '../services/webhook/list-webhook-deliveries';
import { listWebhooks } from '../services/webhook/list-webhooks';
import { redeliverWebhook } from '../services/webhook/redeliver-webhook';
import { rotateWebhookSecret } from '../services/webhook/rotate-webhook-secret';
import { sendTestWebhook } from '../services/webhook/send-test-webhook';
import { updateWebhook } from '../services/webhook/update-webhook';
import { makeOrganisation } from '../testing/actors';
import { describeOnDrivers, type TTestDatabase } from '../testing/databases';
import {
  startWebhookReceiver,
  type TReceived,
  type TWebhookReceiver,
} from '../testing/webhook-receiver';
import { setWebhookNotifier } from './dispatch';
import { startInProcessWebhooks, type TInProcessWebhooks } from './in-process-runner';
import { checkWebhookUrl } from './policy';
import { sendWebhookJobs, startWebhookWorker, WEBHOOK_SWEEP_QUEUE } from './queue';
import { retryDelayMs, type TWebhookSendConfig } from './send-delivery';

// Short waits so the retries happen within the test; the doubling is the production rule.
const CONFIG: TWebhookSendConfig = { retryBaseMs: 300, maxAttempts: 3, timeoutMs: 5_000 };

/** Verifies `Smula-Signature` as docs/webhooks.md tells a receiver to, independently of the admin. */
function verifies(secret: string, received: TReceived): boolean {
  const header = String(received.headers['smula-signature'] ?? '');
  const t = /(?:^|,)t=(\d+)/.exec(header)?.[1];
  const v1 = /(?:^|,)v1=([0-9a-f]{64})/.exec(header)?.[1];
  if (!t || !v1) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${received.body}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}

// The docs' own Node snippet (apps/docs/snippets/verify-webhook.mjs) must verify real
// deliveries too: what the Webhooks page tells receivers to do is what works.
const snippet = new URL('../../../../docs/snippets/verify-webhook.mjs', import.meta.url).href;
const { verifySmulaWebhook } = (await import(snippet)) as {
  verifySmulaWebhook: (secret: string, body: string, header: unknown) => boolean;
};

async function until<T>(check: () => Promise<T | undefined | false>): Promise<T> {
  for (;;) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('backoff and URL rules', () => {
  it('doubles the wait after each failure, up to the cap', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
    expect(retryDelayMs(2, { retryBaseMs: 10 })).toBe(20);
  });

  it.each([
    ['file:///etc/passwd', /Only http and https/],
    ['ftp://files.example/', /Only http and https/],
    ['https://user:pw@hooks.example/', /user name or password/],
    ['http://127.0.0.1:8080/hook', /private or reserved/],
    ['http://169.254.169.254/latest/meta-data/', /private or reserved/],
    ['http://[::1]/hook', /private or reserved/],
    ['http://10.1.2.3/hook', /private or reserved/],
    ['http://admin.example/hook', /own host/],
  ])('refuses %s in production', async (url, message) => {
    await expect(
      checkWebhookUrl(url, { allowPrivate: false, deniedHosts: ['admin.example'] }),
    ).rejects.toThrow(message);
  });
});

await describeOnDrivers('webhooks', (t: TTestDatabase, driver) => {
  let runner: TInProcessWebhooks | undefined;
  let boss: PgBoss | undefined;
  const receivers: TWebhookReceiver[] = [];
  const receiver = async (statuses?: number[], hold?: Promise<void>) => {
    const r = await startWebhookReceiver(statuses, hold);
    receivers.push(r);
    return r;
  };

  beforeAll(async () => {
    if (driver.name === 'pglite') {
      runner = await startInProcessWebhooks(t.db, { config: CONFIG });
      return;
    }
    const { openBoss } = await import('../scan-jobs/queue');
    boss = await openBoss({ connectionString: t.url!, expireInSeconds: 30, worker: true });
    await startWebhookWorker({
      db: t.db,
      boss,
      config: CONFIG,
      pollingIntervalSeconds: 0.5,
      schedule: false,
    });
    const sender = boss;
    setWebhookNotifier((ids) => sendWebhookJobs(sender, ids));
  });
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((r) => r.close()));
  });
  afterAll(async () => {
    setWebhookNotifier(undefined);
    await runner?.stop();
    await boss?.stop({ graceful: false, wait: true });
  });

  async function siteWithEndpoint(statuses?: number[], hold?: Promise<void>) {
    const { org, ctx } = await makeOrganisation(t.db);
    const site = await createSite(ctx.owner, { organisationId: org.id, name: 'Hooked' });
    const r = await receiver(statuses, hold);
    const { endpoint, secret } = await createWebhook(ctx.editor, {
      siteId: site.id,
      url: r.url,
      description: 'CMS revalidate',
    });
    return { org, ctx, site, r, endpoint, secret };
  }

  const finished = (deliveryId: string) =>
    until(async () => {
      const [row] = await t.db
        .select()
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.id, deliveryId));
      return row && (row.status === 'succeeded' || row.status === 'failed') ? row : undefined;
    });

  it('a publish sends a signed config.published event to each enabled endpoint', async () => {
    const { ctx, site, r, endpoint, secret } = await siteWithEndpoint();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    // A second endpoint, disabled: it gets nothing.
    const off = await receiver();
    const disabled = await createWebhook(ctx.owner, { siteId: site.id, url: off.url });
    await updateWebhook(ctx.editor, {
      siteId: site.id,
      endpointId: disabled.endpoint.id,
      enabled: false,
    });

    const published = await publishSite(ctx.editor, { siteId: site.id, note: 'First' });
    const [got] = await r.waitFor(1);
    expect(verifies(secret, got!)).toBe(true);
    expect(verifies(disabled.secret, got!)).toBe(false);
    expect(verifySmulaWebhook(secret, got!.body, got!.headers['smula-signature'])).toBe(true);
    expect(verifySmulaWebhook(secret, `${got!.body} `, got!.headers['smula-signature'])).toBe(
      false,
    );
    const event = JSON.parse(got!.body);
    expect(event).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'config.published',
      createdAt: expect.any(String),
      data: {
        siteKey: site.key,
        version: published.version,
        hash: published.hash,
        publishedAt: expect.any(String),
        configUrl: `http://localhost:3000/api/v1/sites/${site.key}/config?version=1`,
        rollbackOf: null,
      },
    });
    expect(got!.headers).toMatchObject({
      'content-type': 'application/json',
      'smula-event-id': event.id,
      'smula-event-type': 'config.published',
      'user-agent': 'Smula-Webhooks/1',
    });
    // The signed timestamp is now, give or take the trip.
    const signedAt = Number(/t=(\d+)/.exec(String(got!.headers['smula-signature']))![1]);
    expect(Math.abs(signedAt - got!.at / 1000)).toBeLessThan(60);

    const [delivery] = await listWebhookDeliveries(ctx.viewer, { siteId: site.id });
    const done = await finished(delivery!.id);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 1, lastStatusCode: 200 });
    const log = await listWebhookDeliveries(ctx.viewer, {
      siteId: site.id,
      endpointId: endpoint.id,
    });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      eventId: event.id,
      eventType: 'config.published',
      version: 1,
      attemptLog: [{ attempt: 1, statusCode: 200, error: null, responseBody: 'answer 1' }],
    });
    expect(off.received).toEqual([]);

    // A rollback publishes a new live version: it fires too, naming what it copies.
    // A publish refused (nothing changed) rolls back and queues nothing.
    await expect(publishSite(ctx.editor, { siteId: site.id })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await rollbackToVersion(ctx.editor, { siteId: site.id, version: 1 });
    const [, second] = await r.waitFor(2);
    expect(JSON.parse(second!.body).data).toMatchObject({ version: 2, rollbackOf: 1 });
    expect(verifies(secret, second!)).toBe(true);
    expect(r.received).toHaveLength(2); // the refused publish queued nothing
  });

  it('a receiver answering 500 is retried with doubling waits until it answers 2xx', async () => {
    const { ctx, site, r, secret } = await siteWithEndpoint([500, 503, 204]);
    await publishSite(ctx.editor, { siteId: site.id });
    const calls = await r.waitFor(3);
    const [delivery] = await listWebhookDeliveries(ctx.viewer, { siteId: site.id });
    const done = await finished(delivery!.id);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 3, lastStatusCode: 204 });
    // Same event, same bytes, each attempt signed afresh and verifying.
    expect(new Set(calls.map((c) => c.body)).size).toBe(1);
    expect(new Set(calls.map((c) => c.headers['smula-event-id'])).size).toBe(1);
    expect(calls.every((c) => verifies(secret, c))).toBe(true);
    // The waits: at least the base, then at least twice the base.
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(retryDelayMs(1, CONFIG) - 5);
    expect(calls[2]!.at - calls[1]!.at).toBeGreaterThanOrEqual(retryDelayMs(2, CONFIG) - 5);
    const [logged] = await listWebhookDeliveries(ctx.viewer, { siteId: site.id });
    expect(
      logged!.attemptLog.map((a) => [a.attempt, a.statusCode, a.error, a.durationMs >= 0]),
    ).toEqual([
      [1, 500, 'HTTP 500', true],
      [2, 503, 'HTTP 503', true],
      [3, 204, null, true],
    ]);
  });

  it('gives up after the last attempt; a redelivery sends the same event again', async () => {
    const { ctx, site, r, endpoint } = await siteWithEndpoint([500, 500, 500, 200]);
    await publishSite(ctx.editor, { siteId: site.id });
    await r.waitFor(3);
    const [delivery] = await listWebhookDeliveries(ctx.viewer, { siteId: site.id });
    const failed = await finished(delivery!.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, lastError: 'HTTP 500' });

    await expect(
      redeliverWebhook(ctx.viewer, { siteId: site.id, deliveryId: delivery!.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const again = await redeliverWebhook(ctx.editor, { siteId: site.id, deliveryId: delivery!.id });
    const [, , , fourth] = await r.waitFor(4);
    expect(fourth!.headers['smula-event-id']).toBe(delivery!.eventId);
    expect(fourth!.body).toBe(r.received[0]!.body);
    expect(await finished(again.deliveryId)).toMatchObject({
      status: 'succeeded',
      redeliveryOf: delivery!.id,
    });

    // A test event goes to the one endpoint; a rotated secret signs what follows.
    const rotated = await rotateWebhookSecret(ctx.editor, {
      siteId: site.id,
      endpointId: endpoint.id,
    });
    const test = await sendTestWebhook(ctx.editor, { siteId: site.id, endpointId: endpoint.id });
    const [, , , , fifth] = await r.waitFor(5);
    expect(JSON.parse(fifth!.body)).toMatchObject({
      id: test.eventId,
      type: 'webhook.test',
      data: { siteKey: site.key },
    });
    expect(verifies(rotated.secret, fifth!)).toBe(true);
    await finished(test.deliveryId);
  });

  it('an endpoint deleted while a delivery to it is in flight leaves nothing behind', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { ctx, site, r, endpoint } = await siteWithEndpoint([200], held);
    await publishSite(ctx.editor, { siteId: site.id });
    await r.waitFor(1); // the request is in the receiver's hands
    await deleteWebhook(ctx.editor, { siteId: site.id, endpointId: endpoint.id });
    release();
    // The sender goes on with the next event, to the endpoint that replaced it.
    const next = await receiver();
    await createWebhook(ctx.editor, { siteId: site.id, url: next.url });
    await rollbackToVersion(ctx.editor, { siteId: site.id, version: 1 });
    const [got] = await next.waitFor(1);
    expect(JSON.parse(got!.body).data).toMatchObject({ version: 2, rollbackOf: 1 });
    const log = await listWebhookDeliveries(ctx.viewer, { siteId: site.id });
    expect(log.map((d) => d.version)).toEqual([2]);
    await finished(log[0]!.id);
  });

  it('a delivery nobody was told about (a lost notification) is sent by the sweep', async () => {
    setWebhookNotifier(async () => {}); // the commit happens, the wake-up is lost
    const { ctx, site, r, secret } = await siteWithEndpoint();
    await publishSite(ctx.editor, { siteId: site.id });
    const [waiting] = await listWebhookDeliveries(ctx.viewer, { siteId: site.id });
    expect(waiting).toMatchObject({ status: 'pending', attempts: 0 });
    if (runner) {
      // On PGlite the runner sweeps at start (and every minute): a restarted admin sends it.
      await runner.stop();
      runner = await startInProcessWebhooks(t.db, { config: CONFIG });
    } else {
      const sender = boss!;
      setWebhookNotifier((ids) => sendWebhookJobs(sender, ids));
      await sender.send(WEBHOOK_SWEEP_QUEUE, {}); // what the minute's cron sends
    }
    const [got] = await r.waitFor(1);
    expect(verifies(secret, got!)).toBe(true);
    expect(await finished(waiting!.id)).toMatchObject({ status: 'succeeded', attempts: 1 });
  });

  it('keeps secrets out of lists and the audit log; viewers read only', async () => {
    const { ctx, site, endpoint, secret } = await siteWithEndpoint();
    const listed = await listWebhooks(ctx.viewer, { siteId: site.id });
    expect(listed).toEqual([
      expect.objectContaining({ id: endpoint.id, secretHint: `whsec_…${secret.slice(-4)}` }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    for (const attempt of [
      () => createWebhook(ctx.viewer, { siteId: site.id, url: 'https://hooks.example/' }),
      () => updateWebhook(ctx.viewer, { siteId: site.id, endpointId: endpoint.id, enabled: false }),
      () => deleteWebhook(ctx.viewer, { siteId: site.id, endpointId: endpoint.id }),
      () => rotateWebhookSecret(ctx.viewer, { siteId: site.id, endpointId: endpoint.id }),
      () => sendTestWebhook(ctx.viewer, { siteId: site.id, endpointId: endpoint.id }),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      createWebhook(ctx.editor, { siteId: site.id, url: 'gopher://hooks.example/' }),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { field: 'url' } });

    await rotateWebhookSecret(ctx.editor, { siteId: site.id, endpointId: endpoint.id });
    await updateWebhook(ctx.editor, {
      siteId: site.id,
      endpointId: endpoint.id,
      description: 'Renamed',
    });
    await deleteWebhook(ctx.owner, { siteId: site.id, endpointId: endpoint.id });
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.siteId, site.id), eq(auditEvents.entity, 'webhook')));
    expect(audit.map((a) => a.action).sort()).toEqual([
      'create',
      'delete',
      'update',
      'webhook.secret_rotated',
    ]);
    expect(JSON.stringify(audit)).not.toContain('whsec_');
    expect(
      await t.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.siteId, site.id)),
    ).toEqual([]);
  });
});
