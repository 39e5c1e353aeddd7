import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Badge } from '~/components/ui/badge';
import { serverApi } from '~/trpc/server';
import { SiteNav } from './site-nav';

export default async function SiteLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ siteId: string }>;
}) {
  const { siteId } = await params;
  const api = await serverApi();
  const site = await api.site.get({ siteId }).catch(() => null);
  if (!site) notFound();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <Link href="/dashboard" className="text-sm text-brand underline">
          ← All sites
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{site.settings.name}</h1>
          <Badge tone={site.role === 'viewer' ? 'warning' : 'neutral'}>
            {site.role === 'viewer' ? 'Read only' : `Your role: ${site.role}`}
          </Badge>
        </div>
        <p className="text-sm text-slate-600">
          {site.settings.domains.join(', ') || 'No domains yet'}
        </p>
      </div>
      <SiteNav siteId={siteId} />
      <div>{children}</div>
    </div>
  );
}
