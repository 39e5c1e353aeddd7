/**
 * Static export: for every site with a live version, the exact bytes the delivery endpoints
 * serve, as files any CDN or object store can host, plus a manifest saying which URL each file
 * answers and with which headers. Bodies come from `deliver` itself, so they cannot drift.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { asc, eq, isNotNull } from 'drizzle-orm';
import type { TDb } from '../db/client';
import { sites } from '../db/schema/sites';
import { configVersions } from '../db/schema/versions';
import { deliver, type TDeliveryRequest } from './deliver';

export interface TExportedFile {
  /** Path relative to the output directory. */
  file: string;
  /** The URL path (with query) it stands for on the admin. */
  url: string;
  contentType: string;
  cacheControl: string;
  etag: string;
  /** Serve the file with this Content-Security-Policy (the declaration's sandbox). */
  contentSecurityPolicy?: string;
  bytes: number;
}

export interface TExportManifest {
  generatedAt: string;
  publicUrl: string;
  sites: { siteKey: string; liveVersion: number; versions: number[]; locales: string[] }[];
  files: TExportedFile[];
}

export async function exportStatic(
  db: TDb,
  options: { outDir: string; publicUrl: string; onProgress?: (line: string) => void },
): Promise<TExportManifest> {
  const live = await db
    .select({
      id: sites.id,
      key: sites.key,
      liveVersion: sites.liveVersion,
      settings: sites.settings,
    })
    .from(sites)
    .where(isNotNull(sites.liveVersion))
    .orderBy(asc(sites.key));
  const manifest: TExportManifest = {
    generatedAt: new Date().toISOString(),
    publicUrl: options.publicUrl,
    sites: [],
    files: [],
  };
  const write = async (file: string, url: string, req: TDeliveryRequest) => {
    const res = await deliver(db, req);
    if (res.status !== 200 || res.body === null)
      throw new Error(`Export of ${url} answered ${res.status}`);
    const path = join(options.outDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, res.body);
    manifest.files.push({
      file,
      url,
      contentType: res.headers['content-type'] ?? '',
      cacheControl: res.headers['cache-control'] ?? '',
      etag: res.headers.etag ?? '',
      ...(res.headers['content-security-policy']
        ? { contentSecurityPolicy: res.headers['content-security-policy'] }
        : {}),
      bytes: Buffer.byteLength(res.body),
    });
  };
  for (const site of live) {
    const rows = await db
      .select({ version: configVersions.version, config: configVersions.config })
      .from(configVersions)
      .where(eq(configVersions.siteId, site.id))
      .orderBy(asc(configVersions.version));
    const versions = rows.map((v) => v.version);
    const base: TDeliveryRequest = {
      kind: 'script',
      siteKey: site.key,
      version: null,
      origin: null,
      ifNoneMatch: null,
      publicUrl: options.publicUrl,
    };
    const locales = site.settings.locales;
    await write(`b/${site.key}.js`, `/b/${site.key}.js`, base);
    await write(`api/v1/sites/${site.key}/config.json`, `/api/v1/sites/${site.key}/config`, {
      ...base,
      kind: 'config',
    });
    for (const locale of locales) {
      await write(
        `api/v1/sites/${site.key}/declaration.${locale}.html`,
        `/api/v1/sites/${site.key}/declaration?locale=${locale}`,
        {
          ...base,
          kind: 'declaration',
          locale,
        },
      );
    }
    for (const { version: v, config } of rows) {
      const pinned = { ...base, version: String(v) };
      await write(`b/${site.key}@${v}.js`, `/b/${site.key}@${v}.js`, pinned);
      // The preferences layer's detail, which the banner fetches when that layer opens.
      for (const locale of Object.keys(config.texts))
        await write(
          `b/${site.key}@${v}.detail.${locale}.json`,
          `/b/${site.key}@${v}.detail.${locale}.json`,
          { ...pinned, kind: 'detail', locale },
        );
      await write(
        `api/v1/sites/${site.key}/config@${v}.json`,
        `/api/v1/sites/${site.key}/config?version=${v}`,
        { ...pinned, kind: 'config' },
      );
    }
    manifest.sites.push({ siteKey: site.key, liveVersion: site.liveVersion!, versions, locales });
    options.onProgress?.(
      `${site.key}: live version ${site.liveVersion}, ${versions.length} version(s), ${locales.length} locale(s)`,
    );
  }
  writeFileSync(join(options.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
