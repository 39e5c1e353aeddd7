import { describe, expect, it } from 'vitest';
import { normaliseHost } from './auto-block.js';
import { isValidCountryCode } from './countries.js';
import { KNOWN_VENDORS } from './known-vendors.js';
import { ZVendorSchema } from './schema/index.js';

describe('known vendors', () => {
  it('are valid vendors with unique ids, real country codes, https policies and usable hosts', () => {
    const ids = KNOWN_VENDORS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const v of KNOWN_VENDORS) {
      expect(ZVendorSchema.safeParse(v).success, v.id).toBe(true);
      expect(v.countries.length, v.id).toBeGreaterThan(0);
      for (const c of v.countries) expect(isValidCountryCode(c), `${v.id} ${c}`).toBe(true);
      expect(v.privacyPolicyUrl, v.id).toMatch(/^https:\/\//);
      for (const h of v.hosts ?? []) expect(normaliseHost(h), `${v.id} ${h}`).toBe(h);
      expect(v.description.en.length && v.description.sv.length, v.id).toBeGreaterThan(20);
    }
  });

  it('cover the vendors the issue names', () => {
    const names = KNOWN_VENDORS.map((v) => v.name).join(' ');
    for (const n of ['Hotjar', 'Meta', 'TikTok', 'Google', 'Microsoft', 'LinkedIn'])
      expect(names).toContain(n);
  });
});
