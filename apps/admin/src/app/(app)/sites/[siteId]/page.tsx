import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Card } from '~/components/ui/card';
import { publicBaseUrl } from '~/server/public-url';
import { serverApi } from '~/trpc/server';
import { LastScan } from './scan/last-scan';

export async function generateMetadata() {
  return { title: (await getTranslations('overview'))('title') };
}

export default async function SitePage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const t = await getTranslations('overview');
  const api = await serverApi();
  const site = await api.site.get({ siteId }).catch(() => null);
  if (!site) notFound();
  const base = publicBaseUrl();
  const snippet = `<script src="${base}/b/${site.key}.js"></script>`;
  return (
    <div className="flex flex-col gap-6">
      <h2 className="sr-only">{t('title')}</h2>
      <Card>
        <h2 className="text-lg font-medium">{t('install')}</h2>
        <p className="mt-1 text-sm text-slate-700">
          {t.rich('installHint', { code: (c) => <code>{c}</code>, head: '<head>' })}
        </p>
        {/* Scrolls sideways on a phone: focusable so keyboard users can scroll it too (axe). */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
        <section tabIndex={0} aria-label={t('snippet')} className="mt-3 overflow-x-auto rounded">
          <pre className="w-max min-w-full bg-slate-900 p-3 text-sm text-slate-50">
            <code>{snippet}</code>
          </pre>
        </section>
        <p className="mt-2 text-xs text-slate-600">
          {t.rich('siteKey', { code: (c) => <code>{c}</code>, key: site.key })}
        </p>
      </Card>
      <LastScan siteId={siteId} />
    </div>
  );
}
