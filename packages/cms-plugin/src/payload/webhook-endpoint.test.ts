// The receiving end of the admin's webhooks (issue 20): signatures made as docs/webhooks.md
// describes (node:crypto here, Web Crypto in the endpoint), real Request objects.
import { createHmac } from 'node:crypto';
import type { PayloadRequest } from 'payload';
import { describe, expect, it, vi } from 'vitest';
import {
  smulaWebhookEndpoint,
  type TSmulaWebhookEvent,
  verifySmulaSignature,
  WEBHOOK_PATH,
} from './webhook-endpoint.js';

const SECRET = 'whsec_test-secret-0123456789abcdefghijklmnopqrstu';
const NOW = 1_800_000_000_000;
const now = () => NOW;
const sign = (body: string, t = NOW / 1000, secret = SECRET) =>
  `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;

const event: TSmulaWebhookEvent = {
  id: '6f1c1a43-8a36-4e37-9d0b-2b0f7e1c8a11',
  type: 'config.published',
  createdAt: '2027-01-15T08:00:00.000Z',
  data: {
    siteKey: 'k3y_site',
    version: 4,
    hash: 'abc123',
    publishedAt: '2027-01-15T08:00:00.000Z',
    configUrl: 'https://consent.example/api/v1/sites/k3y_site/config?version=4',
    rollbackOf: null,
  },
};

function post(body: string, signature?: string) {
  return new Request('https://cms.example/api/smula/webhook', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'smula-signature': signature } : {}),
    },
    body,
  }) as unknown as PayloadRequest;
}

describe('verifySmulaSignature', () => {
  const body = JSON.stringify(event);
  it('accepts the right secret within the tolerance, either way', async () => {
    expect(await verifySmulaSignature(SECRET, body, sign(body), { now })).toEqual({
      ok: true,
      timestamp: NOW / 1000,
    });
    for (const skew of [-299, 299])
      expect(
        (await verifySmulaSignature(SECRET, body, sign(body, NOW / 1000 + skew), { now })).ok,
      ).toBe(true);
  });

  it.each([
    ['no header', undefined, 'missing'],
    ['no timestamp', 'v1=00', 'malformed'],
    ['no v1', `t=${NOW / 1000}`, 'malformed'],
    ['an old timestamp (replay)', sign(JSON.stringify(event), NOW / 1000 - 301), 'expired'],
    ['a future timestamp', sign(JSON.stringify(event), NOW / 1000 + 301), 'expired'],
    ['another secret', sign(JSON.stringify(event), NOW / 1000, `${SECRET}x`), 'mismatch'],
    [
      'a changed timestamp',
      sign(JSON.stringify(event)).replace(/^t=\d+/, `t=${NOW / 1000 - 1}`),
      'mismatch',
    ],
    ['a non-hex mac', `t=${NOW / 1000},v1=zz`, 'mismatch'],
  ])('refuses %s', async (_, header, reason) => {
    expect(await verifySmulaSignature(SECRET, body, header, { now })).toEqual({
      ok: false,
      reason,
    });
  });

  it('refuses a body changed by one byte', async () => {
    const header = sign(body);
    expect((await verifySmulaSignature(SECRET, `${body} `, header, { now })).ok).toBe(false);
  });
});

describe('smulaWebhookEndpoint', () => {
  const body = JSON.stringify(event);

  it('revalidates once per verified config.published event and says what it received', async () => {
    const revalidate = vi.fn();
    const endpoint = smulaWebhookEndpoint({ secret: SECRET, revalidate, now, siteKey: 'k3y_site' });
    expect(endpoint).toMatchObject({ path: WEBHOOK_PATH, method: 'post' });
    const res = await endpoint.handler(post(body, sign(body)));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: event.id, type: 'config.published' });
    expect(revalidate).toHaveBeenCalledTimes(1);
    expect(revalidate.mock.calls[0]![0]).toEqual(event);
  });

  it('answers 401 to a bad signature and 422 to another site, without revalidating', async () => {
    const revalidate = vi.fn();
    const endpoint = smulaWebhookEndpoint({
      secret: () => SECRET,
      revalidate,
      now,
      siteKey: 'other',
    });
    const bad = await endpoint.handler(post(body, sign(body, NOW / 1000, 'whsec_wrong')));
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: { code: 'signature_mismatch' } });
    expect((await endpoint.handler(post(body))).status).toBe(401);
    expect((await endpoint.handler(post(body, sign(body)))).status).toBe(422);
    expect(revalidate).not.toHaveBeenCalled();
  });

  it('acknowledges a test event without revalidating; a failing hook answers 500', async () => {
    const test = JSON.stringify({ ...event, type: 'webhook.test' });
    const quiet = vi.fn();
    const ok = smulaWebhookEndpoint({ secret: SECRET, revalidate: quiet, now });
    expect((await ok.handler(post(test, sign(test)))).status).toBe(200);
    expect(quiet).not.toHaveBeenCalled();
    // Payload turns a throwing handler into a 500: the admin then retries.
    const failing = smulaWebhookEndpoint({
      secret: SECRET,
      revalidate: () => {
        throw new Error('cache unavailable');
      },
      now,
    });
    await expect(failing.handler(post(body, sign(body)))).rejects.toThrow('cache unavailable');
  });

  it('refuses everything while no secret is configured', async () => {
    const endpoint = smulaWebhookEndpoint({ secret: () => undefined, revalidate: vi.fn(), now });
    expect((await endpoint.handler(post(body, sign(body)))).status).toBe(503);
  });
});
