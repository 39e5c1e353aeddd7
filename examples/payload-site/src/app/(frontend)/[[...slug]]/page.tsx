import config from '@payload-config';
import { getSmulaSettings } from '@smula/cms-plugin';
import { SmulaDeclaration } from '@smula/cms-plugin/react';
import { notFound } from 'next/navigation';
import { getPayload } from 'payload';

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
  const payload = await getPayload({ config });
  const smula = await getSmulaSettings(payload);
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug.length ? slug.join('/') : 'home' } },
    limit: 1,
    depth: 0,
  });
  const page = docs[0] as { title: string; layout?: TBlock[] | null } | undefined;

  if (!page) {
    // The policy path always shows the declaration, even before an editor creates the page.
    if (`/${slug.join('/')}` === smula.policyPath)
      return (
        <article>
          <h1>Kakor (cookies)</h1>
          <SmulaDeclaration settings={smula} locale="sv-SE" />
        </article>
      );
    notFound();
  }

  return (
    <article>
      <h1>{page.title}</h1>
      {page.layout?.map((block, i) =>
        block.blockType === 'content' ? (
          <p key={block.id ?? i}>{block.text}</p>
        ) : (
          <section key={block.id ?? i}>
            {block.heading ? <h2>{block.heading}</h2> : null}
            <SmulaDeclaration settings={smula} locale={block.locale || 'sv-SE'} />
          </section>
        ),
      )}
    </article>
  );
}
