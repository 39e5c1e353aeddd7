import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '~/components/ui/card';
import { serverApi } from '~/trpc/server';
import { CreateSiteForm } from './create-site-form';
import { LoadDemoButton } from './load-demo-button';

export async function generateMetadata() {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function Dashboard() {
  const t = await getTranslations('dashboard');
  const tc = await getTranslations('common');
  const api = await serverApi();
  const [orgs, demo] = await Promise.all([api.organisation.list(), api.declaration.demoStatus()]);
  const withSites = await Promise.all(
    orgs.map(async (o) => ({ ...o, sites: await api.site.list({ organisationId: o.id }) })),
  );
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <LoadDemoButton demo={demo} />
      </div>
      {withSites.map((org) => (
        <section key={org.id} aria-labelledby={`org-${org.id}`} className="flex flex-col gap-4">
          <div className="flex items-baseline justify-between">
            <h2 id={`org-${org.id}`} className="text-lg font-medium">
              {org.name}
            </h2>
            <span className="flex items-center gap-3 text-sm text-slate-600">
              {tc('yourRole', { role: tc(`role.${org.role}`) })}
              <Link href={`/orgs/${org.id}/members`} className="text-brand underline">
                {t('members')}
              </Link>
            </span>
          </div>
          {org.sites.length === 0 ? (
            <Card>
              <p className="text-slate-700">{t('noSites')}</p>
            </Card>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2">
              {org.sites.map((s) => (
                <li key={s.id}>
                  <Link
                    href={`/sites/${s.id}`}
                    className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand"
                  >
                    <span className="font-medium">{s.name}</span>
                    <span className="block text-sm text-slate-600">
                      {s.domains.join(', ') || tc('noDomains')}
                    </span>
                    <span className="block text-xs text-slate-500">
                      {s.liveVersion
                        ? t('liveVersion', { version: s.liveVersion })
                        : t('notPublished')}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {(org.role === 'owner' || org.role === 'admin') && (
            <CreateSiteForm organisationId={org.id} organisationName={org.name} />
          )}
        </section>
      ))}
    </div>
  );
}
