import { describe, expect, it } from 'vitest';
import { fjallbagerietDeclaration } from './fixtures/index.js';
import { isSiteOwner, visitorCategories } from './recipients.js';

const site = {
  domains: ['www.almi.se', 'etjanster.almi.se'],
  contact: { name: 'Almi Företagspartner AB' },
};

describe('recipients', () => {
  it('knows the site owner by the contact name or a privacy policy on its own domains', () => {
    expect(isSiteOwner(site, { name: 'Almi', legalName: 'Almi  företagspartner AB.' })).toBe(true);
    expect(isSiteOwner(site, { name: 'Almi Företagspartner AB' })).toBe(true);
    expect(
      isSiteOwner(site, { name: 'Almi', privacyPolicyUrl: 'https://almi.se/integritet' }),
    ).toBe(true);
    expect(
      isSiteOwner(site, {
        name: 'Google',
        legalName: 'Google LLC',
        privacyPolicyUrl: 'https://policies.google.com/privacy',
      }),
    ).toBe(false);
    // No contact name: only the policy address can tell; a broken one tells nothing.
    const anonymous = { domains: site.domains, contact: {} };
    expect(isSiteOwner(anonymous, { name: 'Almi' })).toBe(false);
    expect(isSiteOwner(anonymous, { name: 'Almi', privacyPolicyUrl: 'not a url' })).toBe(false);
    // A look-alike domain is someone else.
    expect(
      isSiteOwner(anonymous, { name: 'X', privacyPolicyUrl: 'https://almi.se.example/p' }),
    ).toBe(false);
  });

  it('offers every category but an empty unclassified one', () => {
    const d = fjallbagerietDeclaration;
    const keys = (x: Parameters<typeof visitorCategories>[0]) =>
      visitorCategories(x).map((c) => c.key);
    const empty = {
      categories: d.categories,
      items: d.items.filter((i) => i.category !== 'unclassified'),
    };
    expect(keys(empty)).toEqual(d.categories.map((c) => c.key).filter((k) => k !== 'unclassified'));
    const one = {
      ...empty,
      items: [...empty.items, { ...empty.items[0]!, category: 'unclassified' }],
    };
    expect(keys(one)).toEqual(d.categories.map((c) => c.key));
  });
});
