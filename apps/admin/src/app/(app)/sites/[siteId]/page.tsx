import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DateTime } from '~/components/date-time';
import { Card } from '~/components/ui/card';
import { publicBaseUrl } from '~/server/public-url';
import { serverApi } from '~/trpc/server';
import { CopyButton } from './overview/copy-button';
import { GoLiveChecklist } from './overview/go-live-checklist';
import { LastScan } from './scan/last-scan';

export async function generateMetadata() {
  return { title: (await getTranslations('overview'))('title') };
}

export default async function SitePage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const t = await getTranslations('overview');
  const api = await serverApi();
  const [site, overview] = await Promise.all([
    api.site.get({ siteId }).catch(() => null),
    api.site.overview({ siteId }).catch(() => null),
  ]);
  if (!site || !overview) notFound();
  const base = publicBaseUrl();
  const snippet = `<script src="${base}/b/${site.key}.js"></script>`;
  const link = (href: string) => (c: ReactNode) => (
    <Link href={href} className="text-brand underline">
      {c}
    </Link>
  );
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
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
          <p className="text-xs text-slate-600">
            {t.rich('siteKey', { code: (c) => <code>{c}</code>, key: site.key })}
          </p>
          <CopyButton text={snippet} label={t('copy')} />
        </div>
        <p className="mt-3 text-sm text-slate-700" data-testid="live-state">
          {overview.live
            ? t.rich('liveState', {
                version: overview.live.version,
                when: () => <DateTime value={overview.live!.publishedAt} />,
                link: link(`/sites/${siteId}/publish`),
              })
            : t.rich('notLive', { link: link(`/sites/${siteId}/publish`) })}
        </p>
      </Card>
      <GoLiveChecklist
        siteId={siteId}
        checklist={overview.checklist}
        domains={overview.domains}
        liveVersion={overview.live?.version ?? null}
      />
      <Card>
        <h2 className="text-lg font-medium">{t('consentTitle')}</h2>
        <div className="mt-1 flex flex-col gap-2 text-sm text-slate-700" data-testid="last-consent">
          {overview.lastConsentAt ? (
            <p>
              {t.rich('lastConsent', {
                when: () => <DateTime value={overview.lastConsentAt!} />,
                link: link(`/sites/${siteId}/consents`),
              })}
            </p>
          ) : (
            <p className="text-amber-900">{t('noConsent')}</p>
          )}
          {/* Why a page shows the banner but no declaration and no records (Quick start). */}
          <p>
            {overview.domains.length > 0
              ? t.rich('domainRule', {
                  domains: overview.domains.join(', '),
                  link: link(`/sites/${siteId}/settings`),
                })
              : t.rich('domainRuleNone', { link: link(`/sites/${siteId}/settings`) })}
          </p>
        </div>
      </Card>
      <LastScan siteId={siteId} />
    </div>
  );
}
