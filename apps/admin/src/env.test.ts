import { describe, expect, it } from 'vitest';
import { ZEnvSchema } from './env';

describe('environment', () => {
  it('keeps the region header in lower case, as node:http keys request headers', () => {
    const parsed = ZEnvSchema.parse({ ...process.env, SMULA_REGION_HEADER: 'CF-IPCountry' });
    expect(parsed.SMULA_REGION_HEADER).toBe('cf-ipcountry');
  });

  it('refuses a region header that is no header name', () => {
    const parsed = ZEnvSchema.safeParse({ ...process.env, SMULA_REGION_HEADER: 'cf ipcountry' });
    expect(parsed.success).toBe(false);
  });
});
