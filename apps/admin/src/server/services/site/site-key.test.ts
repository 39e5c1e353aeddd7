import { expect, it } from 'vitest';
import { generateSiteKey } from './site-key';

it('makes 22-character URL-safe keys that never start like a command-line option', () => {
  // A leading '-' or '_' comes up in about one draw in 32: 5,000 draws meet it many times.
  const keys = Array.from({ length: 5000 }, generateSiteKey);
  for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{21}$/);
  expect(new Set(keys).size).toBe(keys.length);
});
