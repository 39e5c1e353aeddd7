import { bannerScript } from '@smula/banner/serve';
import { buildPublishedConfig } from '@smula/core';
import { ZAppearanceSchema } from '@smula/core/schema';
import { z } from 'zod';
import { requireSite, type TServiceCtx } from '../context';
import { readDeclaration } from '../declaration/read-declaration';
import { liveVersion } from './versions';

export const ZPreviewBannerInput = z.object({
  siteId: z.uuid(),
  /** One of the site's languages; the default language when absent. */
  locale: z.string().min(2).max(35).optional(),
  layer: z.enum(['first', 'preferences']).default('first'),
  /** The Appearance form's values as the editor types them, before they are saved. */
  appearance: ZAppearanceSchema.optional(),
});

/**
 * The Appearance tab's preview: the real banner runtime with the draft declaration, as the next
 * publish would serve it, in one of the site's languages and with the editor's unsaved
 * appearance. Everything the preferences layer lists is inlined (a draft has no published
 * detail to fetch). Nothing is written; viewers may look.
 */
export async function previewBanner(ctx: TServiceCtx, raw: z.input<typeof ZPreviewBannerInput>) {
  const input = ZPreviewBannerInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  const draft = await readDeclaration(ctx.db, site);
  if (input.appearance) draft.appearance = input.appearance;
  const live = await liveVersion(ctx.db, site.id);
  const config = buildPublishedConfig(draft, {
    siteKey: site.key,
    version: (live?.version ?? 0) + 1,
    publishedAt: new Date().toISOString(),
    previous: live?.config,
  });
  const locale =
    input.locale && config.texts[input.locale] ? input.locale : config.site.defaultLocale;
  const script = bannerScript(config, { locale, inlineDetail: true });
  return { html: previewDocument(script, locale, input.layer), locale };
}

/**
 * A page with nothing but the banner on a placeholder layout. It runs sandboxed with an opaque
 * origin (see the route), where `document.cookie` and `localStorage` throw: the first script
 * gives the banner in-memory stand-ins, so a choice made in the preview is kept only until the
 * frame reloads. Records have nowhere to go (the route's CSP allows no connections).
 */
function previewDocument(script: string, locale: string, layer: 'first' | 'preferences') {
  const stubs = `(()=>{let jar={};const store=()=>{const m=new Map();return{getItem:k=>m.has(k)?m.get(k):null,setItem:(k,v)=>m.set(k,String(v)),removeItem:k=>m.delete(k),clear:()=>m.clear(),key:i=>[...m.keys()][i]??null,get length(){return m.size}}};Object.defineProperty(document,'cookie',{configurable:true,get:()=>Object.entries(jar).map(([k,v])=>k+'='+v).join('; '),set:v=>{const[p]=String(v).split(';');const i=p.indexOf('=');const k=p.slice(0,i).trim();if(/expires=Thu, 01 Jan 1970/i.test(v))delete jar[k];else jar[k]=p.slice(i+1)}});for(const n of['localStorage','sessionStorage'])Object.defineProperty(window,n,{configurable:true,value:store()})})();`;
  const open = layer === 'preferences' ? '<script>Smula.show()</script>' : '';
  // The placeholder page: grey blocks where a site's header and text would be, so the
  // banner's position and size read as they would on a real page.
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Banner preview</title><style>body{margin:0;font-family:system-ui,sans-serif;background:#fff}header{height:56px;background:#e2e8f0}main{max-width:760px;margin:24px auto;padding:0 16px}main div{height:14px;margin:12px 0;border-radius:4px;background:#f1f5f9}main div:nth-child(3n){width:70%}</style><script>${stubs}</script><script>${script.replaceAll('</script', '<\\/script')}</script></head><body><header></header><main>${'<div></div>'.repeat(18)}</main>${open}</body></html>`;
}
