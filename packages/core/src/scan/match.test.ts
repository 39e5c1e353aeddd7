import { describe, expect, it } from 'vitest';
import { parseOpenCookieDatabaseCsv } from '../import/open-cookie-database.js';
import type { TCategory, TStorageItem } from '../model.js';
import { matchScan, type TScanDeclaration } from './match.js';
import { ZScanReportSchema } from './schema.js';
import type { TScanObservation, TScanReport } from './types.js';

const cat = (key: string, required = false): TCategory => ({
  key,
  required,
  order: 0,
  gcmSignals: [],
  name: { en: key },
  description: { en: key },
});
const item = (over: Partial<TStorageItem> & Pick<TStorageItem, 'id' | 'name'>): TStorageItem => ({
  matchKind: 'exact',
  type: 'cookie',
  party: 'first',
  duration: { kind: 'session' },
  purpose: { en: 'x' },
  category: 'statistics',
  ...over,
});
const obs = (
  over: Partial<TScanObservation> & Pick<TScanObservation, 'name'>,
): TScanObservation => ({
  kind: 'cookie',
  host: 'shop.test',
  party: 'first',
  initiators: [],
  pages: ['http://www.shop.test/'],
  states: ['accepted'],
  ...over,
});
const report = (observations: TScanObservation[]): TScanReport => ({
  schemaVersion: 1,
  url: 'http://www.shop.test/',
  startedAt: '2026-12-06T10:00:00.000Z',
  finishedAt: '2026-12-06T10:01:00.000Z',
  pages: [{ url: 'http://www.shop.test/', foundBy: 'start', status: 'ok' }],
  observations,
  findings: [],
});

const declaration: TScanDeclaration = {
  categories: [cat('necessary', true), cat('statistics'), cat('marketing')],
  vendors: [
    { id: 'shop', name: 'Shop', countries: [], dpfCertified: false, description: {} },
    { id: 'tracker', name: 'Tracker Inc', countries: [], dpfCertified: false, description: {} },
  ],
  items: [
    item({ id: 'sid', name: 'sid', category: 'necessary', vendor: 'shop', host: 'www.shop.test' }),
    item({ id: 'ga', name: '_ga_#', matchKind: 'pattern', vendor: 'shop' }),
    item({ id: 'hj', name: '_hj', matchKind: 'prefix', type: 'local_storage', vendor: 'shop' }),
    item({
      id: 'trk',
      name: 'trk_id',
      party: 'third',
      host: 'tracker.test',
      category: 'marketing',
      vendor: 'tracker',
    }),
    item({ id: 'px', name: 'pixel', type: 'pixel', host: 'px.tracker.test', vendor: 'tracker' }),
    item({ id: 'gone', name: 'old_cookie', category: 'marketing' }),
  ],
};

const OCD =
  parseOpenCookieDatabaseCsv(`ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match
o1,Annonsnätet,Marketing,an_,,Ad id,1 year,Annonsnätet AB,,1
o2,Kassan,Functional,kassa,,Checkout,session,Kassan AB,,0
o3,Adobe,Analytics,s,adobe.example,Visit,session,Adobe,,0
`).rows;

describe('matchScan', () => {
  it('matches exact, pattern and prefix names per storage type, host-aware', () => {
    const findings = matchScan(
      report([
        obs({ name: 'sid', states: ['none', 'rejected', 'accepted'] }),
        obs({ name: '_ga_ABC123' }),
        obs({ name: '_hjUser', kind: 'local_storage', host: 'www.shop.test' }),
        // Same name on another site's host: not the declared tracker item.
        obs({ name: 'trk_id', host: 'other.test', party: 'third' }),
        obs({ name: 'trk_id', host: 'tracker.test', party: 'third' }),
        obs({ name: 'pixel', kind: 'request', host: 'px.tracker.test', party: 'third' }),
      ]),
      declaration,
    );
    expect(findings.map((f) => [f.kind, f.observation ?? f.itemId])).toEqual([
      ['undeclared', 3],
      ['declared_not_seen', 'gone'],
    ]);
  });

  it('classifies violations by the declared category, else the suggestion, else as unknown', () => {
    const findings = matchScan(
      report([
        obs({ name: 'trk_id', host: 'tracker.test', party: 'third', states: ['none', 'rejected'] }),
        obs({ name: 'an_42', host: 'www.shop.test', states: ['none'] }),
        obs({ name: 'kassa', host: 'www.shop.test', states: ['none', 'rejected'] }),
        obs({ name: 's', host: 'www.shop.test', states: ['rejected'] }),
        obs({
          name: 'tracker.test',
          kind: 'request',
          host: 'tracker.test',
          states: ['none', 'rejected'],
        }),
        obs({ name: 'cdn.test', kind: 'request', host: 'cdn.test', states: ['none'] }),
      ]),
      declaration,
      { ocdRows: OCD },
    );
    const of = (i: number) => findings.filter((f) => f.observation === i).map((f) => f.kind);
    expect(of(0)).toEqual(['set_before_consent', 'kept_after_reject']);
    expect(findings.find((f) => f.observation === 0)).toMatchObject({
      itemId: 'trk',
      category: 'marketing',
      categoryFrom: 'declaration',
    });
    expect(of(1)).toEqual(['undeclared', 'set_before_consent']);
    expect(findings.find((f) => f.observation === 1)?.suggestion).toMatchObject({
      ocdId: 'o1',
      category: 'marketing',
      vendor: 'Annonsnätet AB',
    });
    // Functional in the database: suggested necessary, so no violation on its word.
    expect(of(2)).toEqual(['undeclared']);
    // `s` is Adobe's only on Adobe's domain: here nobody knows it, so it counts as unconsented.
    expect(of(3)).toEqual(['undeclared', 'kept_after_reject']);
    expect(findings.find((f) => f.observation === 3)?.categoryFrom).toBe('unknown');
    expect(of(4)).toEqual(['request_before_consent', 'kept_after_reject']);
    expect(findings.find((f) => f.observation === 4)?.vendorId).toBe('tracker');
    expect(of(5)).toEqual([]);
    expect(ZScanReportSchema.parse({ ...report([]), findings })).toBeTruthy();
  });

  it('reports nothing as not seen when no page loaded', () => {
    const r = report([]);
    r.pages = [
      { url: r.url, foundBy: 'start', status: 'failed', error: 'net::ERR_NAME_NOT_RESOLVED' },
    ];
    expect(matchScan(r, declaration)).toEqual([]);
  });
});

describe('ZScanReportSchema', () => {
  it('refuses a report with an unknown state, naming the path', () => {
    const bad = report([obs({ name: 'x', states: ['maybe' as 'none'] })]);
    const result = ZScanReportSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['observations', 0, 'states', 0]);
  });
});
