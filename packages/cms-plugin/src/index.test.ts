import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_PATH } from './index.js';

describe('cms-plugin shell', () => {
  it('defaults the policy page to an absolute path', () => {
    expect(DEFAULT_POLICY_PATH.startsWith('/')).toBe(true);
  });
});
