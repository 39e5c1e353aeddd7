import { expect, it } from 'vitest';
import { productionConfigProblems } from './startup-config';

it('production refuses to start without a public URL, or with a sign-in URL of another origin', () => {
  expect(productionConfigProblems({ NODE_ENV: 'production' })).toEqual([
    expect.stringContaining('SMULA_PUBLIC_URL is not set'),
  ]);
  expect(
    productionConfigProblems({
      NODE_ENV: 'production',
      SMULA_PUBLIC_URL: 'https://consent.example.com',
      NEXTAUTH_URL: 'https://other.example.com',
    }),
  ).toEqual([expect.stringContaining('name different origins')]);
  expect(
    productionConfigProblems({
      NODE_ENV: 'production',
      SMULA_PUBLIC_URL: 'https://consent.example.com',
      NEXTAUTH_URL: 'https://consent.example.com/',
    }),
  ).toEqual([]);
  expect(
    productionConfigProblems({ NODE_ENV: 'production', SMULA_PUBLIC_URL: 'https://a.example' }),
  ).toEqual([]);
  // Development and tests keep their local defaults.
  expect(productionConfigProblems({ NODE_ENV: 'development' })).toEqual([]);
});
