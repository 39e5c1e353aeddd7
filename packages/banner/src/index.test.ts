import { describe, expect, it } from 'vitest';
import { BANNER_RUNTIME_VERSION } from './index.js';

describe('banner shell', () => {
  it('exposes a semver runtime version', () => {
    expect(BANNER_RUNTIME_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
