import { describe, expect, it } from 'vitest';
import { consentSignalGates } from './consent-signals.js';
import { fjallbagerietDeclaration as draft } from './fixtures/fjallbageriet.js';
import type { TVendor } from './model.js';
import { normaliseDeclaration } from './published-config.js';

const withVendors = (vendors: TVendor[]) => normaliseDeclaration({ ...draft, vendors });

describe('consentSignalGates', () => {
  it('is empty when no vendor enables a signal', () => {
    expect(consentSignalGates(normaliseDeclaration(draft))).toEqual({});
  });

  it('gates each signal on the vendor’s default category, else its items’ categories', () => {
    const vendors = draft.vendors.map((v) =>
      v.id === 'meta'
        ? { ...v, consentSignal: 'meta-pixel' as const }
        : v.id === 'google'
          ? { ...v, consentSignal: 'microsoft-clarity' as const, defaultCategory: 'preferences' }
          : v,
    );
    expect(consentSignalGates(withVendors(vendors))).toEqual({
      'meta-pixel': 'marketing',
      'microsoft-clarity': 'preferences',
    });
  });

  it('needs every category when two vendors enable the same signal', () => {
    const vendors = draft.vendors.map((v) =>
      v.id === 'meta' || v.id === 'google' ? { ...v, consentSignal: 'matomo' as const } : v,
    );
    expect(consentSignalGates(withVendors(vendors))).toEqual({ matomo: 'marketing statistics' });
  });
});
