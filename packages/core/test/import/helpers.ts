// Shared by the importers' tests: their own fixture files and two small lookups.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseDuration } from '../../src/durations.js';
import type { TStorageItem } from '../../src/model.js';

/** A fixture file of this folder (`test/import/<name>`), as text. */
export const importFixture = (name: string): string =>
  readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** The seconds a duration text stands for, to state expectations as the source words them. */
export const seconds = (text: string): number => {
  const d = parseDuration(text);
  return d.kind === 'seconds' ? d.seconds : Number.NaN;
};

/** The one item named `name`; fails the test when there is none or more than one. */
export const byName = (items: TStorageItem[], name: string): TStorageItem => {
  const found = items.filter((i) => i.name === name);
  expect(found, name).toHaveLength(1);
  return found[0] as TStorageItem;
};
