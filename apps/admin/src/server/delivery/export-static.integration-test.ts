import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOrRefreshDemo } from '../demo/create-or-refresh-demo';
import { publishSite } from '../services/publish/publish-site';
import { makeOrganisation } from '../testing/actors';
import { describeOnDrivers } from '../testing/databases';
import { deliver } from './deliver';
import { exportStatic } from './export-static';

await describeOnDrivers('static export', (t) => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'smula-export-'));
  });
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
  });

  it('writes exactly the bytes the endpoints serve, with a manifest', async () => {
    const { ctx } = await makeOrganisation(t.db, ['owner']);
    const demo = await createOrRefreshDemo(t.db, { actorId: ctx.owner.actor!.id });
    const owner = { db: t.db, actor: ctx.owner.actor };
    await publishSite(owner, { siteId: demo.siteId, note: 'v1' });
    const publicUrl = 'https://consent.example';
    const manifest = await exportStatic(t.db, { outDir: out, publicUrl });
    const mine = manifest.sites.find((s) => s.siteKey === demo.siteKey);
    expect(mine).toMatchObject({ liveVersion: 1, versions: [1] });
    const files = manifest.files.filter((f) => f.url.includes(demo.siteKey));
    expect(files.map((f) => f.url).sort()).toEqual(
      [
        `/b/${demo.siteKey}.js`,
        `/b/${demo.siteKey}@1.js`,
        `/api/v1/sites/${demo.siteKey}/config`,
        `/api/v1/sites/${demo.siteKey}/config?version=1`,
        ...mine!.locales.map((l) => `/api/v1/sites/${demo.siteKey}/declaration?locale=${l}`),
        // The preferences layer's detail, which the banner fetches (issue 16).
        ...mine!.locales.map((l) => `/b/${demo.siteKey}@1.detail.${l}.json`),
      ].sort(),
    );
    for (const f of files) {
      const u = new URL(f.url, publicUrl);
      const script = u.pathname.match(/^\/b\/([^@]+?)(?:@(\d+))?\.js$/);
      const detail = u.pathname.match(/^\/b\/[^@]+@(\d+)\.detail\.([^/]+)\.json$/);
      const served = await deliver(t.db, {
        kind: script
          ? 'script'
          : detail
            ? 'detail'
            : u.pathname.endsWith('/config')
              ? 'config'
              : 'declaration',
        siteKey: demo.siteKey,
        version: script ? (script[2] ?? null) : detail ? detail[1]! : u.searchParams.get('version'),
        locale: detail ? detail[2] : u.searchParams.get('locale'),
        origin: null,
        ifNoneMatch: null,
        publicUrl,
      });
      expect(readFileSync(join(out, f.file), 'utf8'), f.url).toBe(served.body);
      expect(f.etag).toBe(served.headers.etag);
      expect(f.cacheControl).toBe(served.headers['cache-control']);
    }
    const onDisk = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(onDisk.files).toHaveLength(manifest.files.length);
  });
});
