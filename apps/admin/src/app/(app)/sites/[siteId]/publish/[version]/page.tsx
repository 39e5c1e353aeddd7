import { renderDeclaration } from '@smula/core';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '~/components/date-time';
import { Card } from '~/components/ui/card';
import { diffLineText, reconsentText, type TWordingTranslator } from '~/i18n/publish-wording';
import { serverApi } from '~/trpc/server';

export async function generateMetadata() {
  return { title: (await getTranslations('versionPage'))('metaTitle') };
}

/**
 * One published version as people read it: who published it and why, what changed from the
 * one before, and the declaration exactly as the policy page renders it, per language. The raw
 * JSON (what sites load) stays one link away.
 */
export default async function VersionPage({
  params,
  searchParams,
}: {
  params: Promise<{ siteId: string; version: string }>;
  searchParams: Promise<{ locale?: string }>;
}) {
  const { siteId, version: raw } = await params;
  const { locale: asked } = await searchParams;
  const version = Number(raw);
  if (!Number.isInteger(version) || version < 1) notFound();
  const t = await getTranslations('versionPage');
  const wording = (await getTranslations()) as unknown as TWordingTranslator;
  const readerLocale = await getLocale();
  const api = await serverApi();
  const site = await api.site.get({ siteId }).catch(() => null);
  if (!site) notFound();
  const [row, versions] = await Promise.all([
    api.publish.version({ siteId, version }).catch(() => null),
    api.publish.versions({ siteId }),
  ]);
  if (!row) notFound();
  const meta = versions.find((v) => v.version === version);
  const previous =
    version > 1
      ? await api.publish.compare({ siteId, from: version - 1, to: version }).catch(() => null)
      : null;
  const config = row.config;
  const locales = config.site.locales;
  const locale = asked && locales.includes(asked) ? asked : config.site.defaultLocale;
  // Core's renderer escapes every text an editor wrote; it is the policy page's own HTML.
  const html = renderDeclaration(config, { locale });
  const base = `/sites/${siteId}/publish`;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href={base} className="text-brand underline">
          {t('back')}
        </Link>
      </p>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-xl font-semibold">
          {t('title', { version })}
          {versions[0]?.version === version && (
            <span className="ml-2 rounded bg-green-100 px-1 align-middle text-xs font-normal">
              {t('live')}
            </span>
          )}
        </h2>
        <a
          className="text-sm text-brand underline"
          href={`/api/v1/sites/${site.key}/config?version=${version}`}
        >
          {t('json')}
        </a>
      </div>
      <Card className="flex flex-col gap-1 text-sm">
        <p>
          {t.rich(row.rollbackOf ? 'publishedByRollback' : 'publishedBy', {
            time: () => <DateTime value={meta?.createdAt ?? row.createdAt} />,
            author: meta?.author ?? t('operator'),
            of: row.rollbackOf ?? 0,
          })}
        </p>
        {row.note && <p>{t('note', { note: row.note })}</p>}
        <p className="font-mono text-xs text-slate-600">{row.hash}</p>
      </Card>
      {previous && (
        <Card className="flex flex-col gap-2 text-sm">
          <h3 className="text-lg font-medium">{t('changesFrom', { version: version - 1 })}</h3>
          {previous.lines.length === 0 ? (
            <p>{t('noDifferences')}</p>
          ) : (
            <ul className="list-disc pl-6">
              {previous.lines.map((l, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their order
                <li key={i}>{diffLineText(l, wording, readerLocale)}</li>
              ))}
            </ul>
          )}
          {previous.reconsent && (
            <p className="text-amber-900">{reconsentText(previous, wording)}</p>
          )}
        </Card>
      )}
      <Card className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="text-lg font-medium">{t('asVisitorsRead')}</h3>
          {locales.length > 1 && (
            <nav aria-label={t('language')} className="flex gap-2 text-sm">
              {locales.map((l) => (
                <Link
                  key={l}
                  href={`${base}/${version}?locale=${l}`}
                  aria-current={l === locale ? 'page' : undefined}
                  className={l === locale ? 'font-semibold' : 'text-brand underline'}
                >
                  {l}
                </Link>
              ))}
            </nav>
          )}
        </div>
        <div
          className="overflow-x-auto text-sm [&_caption]:text-left [&_caption]:font-medium [&_h2]:mt-4 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-3 [&_h3]:font-medium [&_table]:mt-2 [&_table]:w-full [&_td]:border-t [&_td]:border-slate-200 [&_td]:p-1 [&_td]:align-top [&_th]:p-1 [&_th]:text-left"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: core's renderer escapes all editor text (tested in core)
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </Card>
    </div>
  );
}
