/**
 * Both servers of `POST /api/v1/consents` (the admin's Next route and `smula public`) answer
 * every other method alike: 405 with the documented JSON error, not Next's empty 405.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DELETE, GET, PATCH, PUT } from '~/app/api/v1/consents/route';
import { describeOnDrivers } from '../testing/databases';
import { startTestPublicServer } from '../testing/public-server';

await describeOnDrivers('consent endpoint methods', (t) => {
  let base = '';
  let close = () => {};
  beforeAll(async () => {
    const server = await startTestPublicServer(t.db);
    base = server.base;
    close = () => void server.close();
  });
  afterAll(() => close());

  it.each(['GET', 'PUT', 'DELETE', 'PATCH'] as const)(
    '%s: 405 with the same JSON error from the route and the collector',
    async (method) => {
      const url = 'http://localhost/api/v1/consents';
      const handler = { GET, PUT, DELETE, PATCH }[method];
      const fromRoute = await handler(new Request(url, { method }));
      const fromCollector = await fetch(`${base}/api/v1/consents`, { method });
      for (const res of [fromRoute, fromCollector]) {
        expect(res.status).toBe(405);
        expect(res.headers.get('allow')).toBe('POST, OPTIONS');
        expect(res.headers.get('content-type')).toContain('application/json');
      }
      const body = await fromRoute.json();
      expect(body).toEqual({ error: { code: 'method_not_allowed', message: 'Use POST.' } });
      expect(await fromCollector.json()).toEqual(body);
    },
  );
});
