/**
 * The banner's first-load bytes (issue 16): what a visitor's browser downloads before the
 * banner shows, i.e. the runtime plus the site's config as `bannerScript` builds it and the
 * delivery precomputes it, with brotli at quality 11 as `delivery/encoding.ts` compresses it.
 * For the demo site and the example shop, with every language and with each one (`?lang=`),
 * and the preferences layer's detail that is fetched later. Run from apps/admin:
 *
 *   pnpm exec tsx --tsconfig tsconfig.json scripts/banner-first-load.ts
 */
import { bannerDetail, bannerRuntime, bannerScript } from '@smula/banner/serve';
import { buildPublishedConfig, type TPublishedConfig } from '@smula/core';
import { fjallbagerietDeclaration } from '@smula/core/fixtures';
import { ZDeclarationSchema } from '@smula/core/schema';
import { compressAnswer } from '../src/server/delivery/encoding';
import { demoDeclaration } from '../src/server/demo/demo-declaration';

const meta = { siteKey: 'demo-site-key', version: 1, publishedAt: '2026-12-07T00:00:00.000Z' };
const sites: [string, TPublishedConfig][] = [
  ['demo site', buildPublishedConfig(ZDeclarationSchema.parse(demoDeclaration()), meta)],
  ['example shop (fixture)', buildPublishedConfig(fjallbagerietDeclaration, meta)],
];
const endpoint = 'https://consent.example.com/api/v1/consents';
const br = (text: string) => compressAnswer(Buffer.from(text)).brotli.length;
const BUDGET = 7168;

console.log(`runtime alone (dist/banner.min.js): ${br(bannerRuntime())} B brotli`);
console.log('| site | script | first load (B, brotli 11) | ≤ 7 KiB | detail, fetched later (B) |');
console.log('| --- | --- | ---: | --- | ---: |');
for (const [name, config] of sites) {
  const detail = (l: string) => br(bannerDetail(config, l) ?? '');
  const all = br(bannerScript(config, { endpoint }));
  const rows: [string, number, string][] = [
    ['every language', all, config.site.locales.map((l) => `${l} ${detail(l)}`).join(', ')],
    ...config.site.locales.map(
      (l) =>
        [`?lang=${l}`, br(bannerScript(config, { endpoint, locale: l })), String(detail(l))] as [
          string,
          number,
          string,
        ],
    ),
  ];
  for (const [script, bytes, d] of rows)
    console.log(
      `| ${name} | ${script} | ${bytes.toLocaleString('en')} | ${bytes <= BUDGET ? 'yes' : 'no'} | ${d} |`,
    );
}
