import { describe, expect, it } from 'vitest';
import { diffConfigs } from './diff.js';
import { fjallbagerietDeclaration as draft } from './fixtures/fjallbageriet.js';
import type { TDeclaration, TStorageItem } from './model.js';
import { normaliseDeclaration } from './published-config.js';

const base = normaliseDeclaration(draft);
const edit = (f: (d: TDeclaration) => TDeclaration) =>
  normaliseDeclaration(f(structuredClone(draft)));
const item = (over: Partial<TStorageItem>): TStorageItem => ({
  id: 'new-item',
  name: 'new_cookie',
  matchKind: 'exact',
  type: 'cookie',
  party: 'first',
  duration: { kind: 'session' },
  purpose: { sv: 'Något.' },
  category: 'marketing',
  ...over,
});

describe('diffConfigs', () => {
  it('finds nothing between a config and itself', () => {
    expect(diffConfigs(base, base)).toEqual({
      changes: [],
      material: false,
      invalidatedCategories: [],
    });
  });

  it('marks adding a vendor to Marketing as material and invalidates only Marketing', () => {
    const next = edit((d) => ({
      ...d,
      vendors: [
        ...d.vendors,
        { id: 'tiktok', name: 'TikTok', countries: ['SG'], dpfCertified: false, description: {} },
      ],
      items: [...d.items, item({ id: 'ttp', name: '_ttp', vendor: 'tiktok' })],
    }));
    const diff = diffConfigs(base, next);
    expect(diff.material).toBe(true);
    expect(diff.invalidatedCategories).toEqual(['marketing']);
    const vendorAdded = diff.changes.find((c) => c.entity === 'vendor' && c.id === 'tiktok');
    expect(vendorAdded).toMatchObject({
      kind: 'added',
      material: true,
      invalidates: ['marketing'],
    });
  });

  it('marks editing a purpose text as not material', () => {
    const next = edit((d) => ({
      ...d,
      items: d.items.map((i) =>
        i.id === 'fbp' ? { ...i, purpose: { sv: 'Ny formulering.', en: 'New wording.' } } : i,
      ),
    }));
    const diff = diffConfigs(base, next);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      entity: 'item',
      id: 'fbp',
      field: 'purpose',
      material: false,
    });
    expect(diff.material).toBe(false);
  });

  it('does not treat another item of an already-declared vendor as material', () => {
    const next = edit((d) => ({
      ...d,
      items: [...d.items, item({ id: 'fbc', name: '_fbc', vendor: 'meta' })],
    }));
    const diff = diffConfigs(base, next);
    expect(diff.changes.map((c) => [c.entity, c.kind, c.id])).toEqual([['item', 'added', 'fbc']]);
    expect(diff.material).toBe(false);
  });

  it('treats a new recipient country as material for every category the vendor serves', () => {
    const next = edit((d) => ({
      ...d,
      vendors: d.vendors.map((v) => (v.id === 'google' ? { ...v, countries: ['US', 'IN'] } : v)),
    }));
    const diff = diffConfigs(base, next);
    expect(diff.invalidatedCategories).toEqual(['statistics']);
    expect(diff.changes[0]).toMatchObject({
      entity: 'vendor',
      id: 'google',
      field: 'countries',
      material: true,
    });
  });

  it('treats a lost DPF certification as material, and removals as not', () => {
    const lost = edit((d) => ({
      ...d,
      vendors: d.vendors.map((v) => (v.id === 'meta' ? { ...v, dpfCertified: false } : v)),
    }));
    expect(diffConfigs(base, lost).invalidatedCategories).toEqual(['marketing']);
    const removed = edit((d) => ({
      ...d,
      items: d.items.filter((i) => i.vendor !== 'meta'),
      vendors: d.vendors.filter((v) => v.id !== 'meta'),
    }));
    const diff = diffConfigs(base, removed);
    expect(diff.changes.length).toBeGreaterThan(0);
    expect(diff.material).toBe(false);
  });

  it('marks a new category and a required category becoming optional as material', () => {
    const next = edit((d) => ({
      ...d,
      categories: [
        ...d.categories.map((c) => (c.key === 'necessary' ? { ...c, required: false } : c)),
        {
          key: 'social',
          required: false,
          order: 9,
          gcmSignals: [],
          name: { sv: 'Sociala medier' },
          description: {},
        },
      ],
    }));
    const diff = diffConfigs(base, next);
    expect(diff.invalidatedCategories).toEqual(['necessary', 'social']);
  });

  it('marks moving an item into a category with a new recipient as material', () => {
    const next = edit((d) => ({
      ...d,
      items: d.items.map((i) => (i.id === 'video-prefs' ? { ...i, category: 'statistics' } : i)),
    }));
    const diff = diffConfigs(base, next);
    expect(diff.invalidatedCategories).toEqual(['statistics']);
    expect(diff.changes.find((c) => c.id === 'video-prefs')).toMatchObject({
      field: 'category',
      material: true,
    });
  });

  it('reports text and appearance edits with a readable field path, never as material', () => {
    const next = edit((d) => ({
      ...d,
      texts: { ...d.texts, en: { banner: { title: 'Cookies at the bakery' } } },
      appearance: { ...d.appearance, radius: 0 },
    }));
    const diff = diffConfigs(base, next);
    expect(diff.changes.map((c) => `${c.entity}:${c.id}:${c.field}`).sort()).toEqual([
      'appearance:appearance:radius',
      'texts:en:banner.title',
    ]);
    expect(diff.material).toBe(false);
  });
});
