import { notFound } from 'next/navigation';
import { Card } from '~/components/ui/card';
import { publicBaseUrl } from '~/server/public-url';
import { serverApi } from '~/trpc/server';
import { LastScan } from './scan/last-scan';

export const metadata = { title: 'Overview' };

export default async function SitePage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const api = await serverApi();
  const site = await api.site.get({ siteId }).catch(() => null);
  if (!site) notFound();
  const base = publicBaseUrl();
  const snippet = `<script src="${base}/b/${site.key}.js"></script>`;
  return (
    <div className="flex flex-col gap-6">
      <h2 className="sr-only">Overview</h2>
      <Card>
        <h2 className="text-lg font-medium">Install</h2>
        <p className="mt-1 text-sm text-slate-700">
          Put this first in the <code>&lt;head&gt;</code> of every page. The banner appears once the
          declaration is published.
        </p>
        <pre className="mt-3 overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-50">
          <code>{snippet}</code>
        </pre>
        <p className="mt-2 text-xs text-slate-600">
          Site key: <code>{site.key}</code>
        </p>
      </Card>
      <LastScan siteId={siteId} />
    </div>
  );
}
