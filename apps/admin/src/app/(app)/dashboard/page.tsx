import Link from 'next/link';
import { Card } from '~/components/ui/card';
import { serverApi } from '~/trpc/server';
import { CreateSiteForm } from './create-site-form';
import { LoadDemoButton } from './load-demo-button';

export const metadata = { title: 'Sites' };

export default async function Dashboard() {
  const api = await serverApi();
  const [orgs, demo] = await Promise.all([api.organisation.list(), api.declaration.demoStatus()]);
  const withSites = await Promise.all(
    orgs.map(async (o) => ({ ...o, sites: await api.site.list({ organisationId: o.id }) })),
  );
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Sites</h1>
        <LoadDemoButton demo={demo} />
      </div>
      {withSites.map((org) => (
        <section key={org.id} aria-labelledby={`org-${org.id}`} className="flex flex-col gap-4">
          <div className="flex items-baseline justify-between">
            <h2 id={`org-${org.id}`} className="text-lg font-medium">
              {org.name}
            </h2>
            <span className="flex items-center gap-3 text-sm text-slate-600">
              Your role: {org.role}
              <Link href={`/orgs/${org.id}/members`} className="text-brand underline">
                Members
              </Link>
            </span>
          </div>
          {org.sites.length === 0 ? (
            <Card>
              <p className="text-slate-700">
                No sites yet. Add the first one to start its cookie declaration.
              </p>
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
                      {s.domains.join(', ') || 'No domains yet'}
                    </span>
                    <span className="block text-xs text-slate-500">
                      {s.liveVersion ? `Live version ${s.liveVersion}` : 'Not published yet'}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {(org.role === 'owner' || org.role === 'admin') && (
            <CreateSiteForm organisationId={org.id} />
          )}
        </section>
      ))}
    </div>
  );
}
