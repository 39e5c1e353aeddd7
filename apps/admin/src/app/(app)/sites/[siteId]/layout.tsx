import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
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
  const t = await getTranslations('siteLayout');
  const tc = await getTranslations('common');
  const api = await serverApi();
  const site = await api.site.get({ siteId }).catch(() => null);
  if (!site) notFound();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <Link href="/dashboard" className="text-sm text-brand underline">
          {t('allSites')}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{site.settings.name}</h1>
          <Badge tone={site.role === 'viewer' ? 'warning' : 'neutral'}>
            {site.role === 'viewer'
              ? tc('readOnly')
              : tc('yourRole', { role: tc(`role.${site.role}`) })}
          </Badge>
        </div>
        <p className="text-sm text-slate-600">
          {site.settings.domains.join(', ') || tc('noDomains')}
        </p>
      </div>
      <SiteNav siteId={siteId} />
      <div>{children}</div>
    </div>
  );
}
