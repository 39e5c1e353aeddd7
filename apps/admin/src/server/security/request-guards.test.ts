import { expect, it } from 'vitest';
import { crossSiteProblem, sameOrigin } from './request-guards';

const req = (headers: Record<string, string>) =>
  new Request('http://localhost:3000/api/trpc/x', { method: 'POST', headers });

it('takes only the admin’s own origin; loopback names count as one on the developer’s machine', () => {
  expect(sameOrigin('https://consent.example.se', 'https://consent.example.se')).toBe(true);
  expect(sameOrigin('http://127.0.0.1:3000', 'http://localhost:3000')).toBe(true);
  expect(sameOrigin('http://[::1]:3000', 'http://localhost:3000')).toBe(true);
  expect(sameOrigin('http://127.0.0.1:3001', 'http://localhost:3000')).toBe(false);
  expect(sameOrigin('https://localhost:3000', 'http://localhost:3000')).toBe(false);
  expect(sameOrigin('https://evil.example', 'https://consent.example.se')).toBe(false);
  expect(sameOrigin('http://localhost:3000', 'https://consent.example.se')).toBe(false);
  expect(sameOrigin('null', 'http://localhost:3000')).toBe(false);
});

it('refuses cross-site requests by Origin or Sec-Fetch-Site, and lets the admin’s own through', () => {
  const pub = 'https://consent.example.se';
  expect(crossSiteProblem(req({ origin: 'https://evil.example' }), pub)?.status).toBe(403);
  expect(crossSiteProblem(req({ 'sec-fetch-site': 'cross-site' }), pub)?.status).toBe(403);
  expect(crossSiteProblem(req({ 'sec-fetch-site': 'same-site' }), pub)?.status).toBe(403);
  expect(crossSiteProblem(req({ origin: pub, 'sec-fetch-site': 'same-origin' }), pub)).toBeNull();
  // No public URL (development): the request's own origin.
  expect(crossSiteProblem(req({ origin: 'http://localhost:3000' }), undefined)).toBeNull();
  // A program without browser headers goes on to the session check.
  expect(crossSiteProblem(req({}), pub)).toBeNull();
});
