import { expect, it } from 'vitest';
import { oidcProfileMayLink } from './oidc';

it('links an SSO profile only when the provider verified the address', () => {
  expect(oidcProfileMayLink({ email: 'a@b.se', email_verified: true }, undefined)).toBe(true);
  expect(oidcProfileMayLink({ email: 'a@b.se', email_verified: 'true' }, undefined)).toBe(true);
  expect(oidcProfileMayLink({ email: 'a@b.se', email_verified: false }, undefined)).toBe(false);
  expect(oidcProfileMayLink({ email: 'a@b.se', email_verified: 'false' }, undefined)).toBe(false);
  expect(oidcProfileMayLink({ email: 'a@b.se' }, undefined)).toBe(false);
  expect(oidcProfileMayLink(undefined, undefined)).toBe(false);
});

it('with a hosted domain, only profiles of that Google Workspace domain', () => {
  const p = { email: 'a@exempel.se', email_verified: true };
  expect(oidcProfileMayLink({ ...p, hd: 'exempel.se' }, 'exempel.se')).toBe(true);
  expect(oidcProfileMayLink({ ...p, hd: 'other.se' }, 'exempel.se')).toBe(false);
  expect(oidcProfileMayLink(p, 'exempel.se')).toBe(false);
});
