import config from '@payload-config';
import { getSmulaSettings } from '@smula/cms-plugin';
import { SmulaDeclaration } from '@smula/cms-plugin/react';
import { notFound } from 'next/navigation';
import { getPayload } from 'payload';
import { splitLocale } from '../../../locales';
import { currentTenant } from '../../../tenant';

// Pages come from the CMS and the declaration is revalidated by the plugin on each request:
// nothing here may be frozen at build time.
export const dynamic = 'force-dynamic';

type TBlock =
  | { blockType: 'content'; id?: string | null; text: string }
  | {
      blockType: 'smula-declaration';
      id?: string | null;
      heading?: string | null;
      locale?: string | null;
    };

export default async function Page({ params }: { params: Promise<{ slug?: string[] }> }) {
  const { slug = [] } = await params;
  // `/en/cookie-policy` is the English page; the declaration follows the page's locale.
  const { locale, rest } = splitLocale(slug);
  const payload = await getPayload({ config });
  const smula = await getSmulaSettings(payload, { tenant: await currentTenant(payload) });
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: rest.length ? rest.join('/') : 'home' } },
    locale,
    limit: 1,
    depth: 0,
  });
  const page = docs[0] as { title: string; layout?: TBlock[] | null } | undefined;

  if (!page) {
    // The policy path always shows the declaration, even before an editor creates the page.
    if (`/${rest.join('/')}` === smula.policyPath)
      return (
        <article>
          <h1>{locale === 'sv' ? 'Kakor (cookies)' : 'Cookies'}</h1>
          <SmulaDeclaration settings={smula} locale={locale} />
        </article>
      );
    notFound();
  }

  return (
    <article>
      <h1>{page.title}</h1>
      {page.layout?.map((block, i) => {
        if (block.blockType === 'content') return <p key={block.id ?? i}>{block.text}</p>;
        // Smula turned off: no declaration, and no empty section or lone heading either.
        if (!smula.enabled) return null;
        return (
          <section key={block.id ?? i}>
            {block.heading ? <h2>{block.heading}</h2> : null}
            {/* The block's own language if an editor chose one, else the page's. */}
            <SmulaDeclaration settings={smula} locale={block.locale || locale} />
          </section>
        );
      })}
    </article>
  );
}
