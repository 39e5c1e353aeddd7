'use client';

import type { TScanObservation } from '@smula/core/scan';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { toast } from 'sonner';
import { conflictCurrent } from '~/components/form/field-errors';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { formatDateTime } from '~/lib/format-date';
import { useTRPC } from '~/trpc/react';
import { CategoryOptions } from '../../category-options';
import { ImportPreview } from '../../import/import-panel';
import { type TOutputs, useInvalidateDeclaration, useSite } from '../../use-site';
import { FINDING_GROUPS, isActive, STATUS_TONE } from '../labels';

type TPreview = TOutputs['scan']['previewAdditions'];

const KIND: Record<TScanObservation['kind'], string> = {
  cookie: 'cookie',
  local_storage: 'localStorage',
  session_storage: 'sessionStorage',
  indexeddb: 'IndexedDB',
  request: 'request',
};

function Observation({ o }: { o: TScanObservation }) {
  const t = useTranslations('scanReport');
  return (
    <div className="text-xs text-slate-700">
      <span>
        {t('observation', {
          kind: KIND[o.kind],
          host: o.host,
          party: o.party,
          states: o.states.join(', '),
        })}
      </span>
      <div className="break-all">
        {t('page', { page: o.pages[0] ?? '' })}
        {o.pages.length > 1 && ` (+${o.pages.length - 1})`}
      </div>
      {o.initiators.length > 0 && (
        <div className="break-all">{t('setBy', { initiator: o.initiators[0] ?? '' })}</div>
      )}
    </div>
  );
}

/** One scan: progress while it runs, then the report grouped by finding, with additions. */
export function ScanReport({ siteId, scanId }: { siteId: string; scanId: string }) {
  const t = useTranslations('scanReport');
  const labels = useTranslations('scanLabels');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateDeclaration();
  const { site, canEdit } = useSite(siteId);
  const scan = useQuery({
    ...trpc.scan.get.queryOptions({ scanId }),
    refetchInterval: (q) => (q.state.data && isActive(q.state.data.status) ? 2000 : false),
  });
  const categories = useQuery(trpc.category.list.queryOptions({ siteId }));
  // For the latest scan: which undeclared findings the draft still lacks (declared ones since
  // are marked, not offered again).
  const current = useQuery(trpc.scan.publishWarnings.queryOptions({ siteId }));
  const stillUndeclared =
    current.data?.scanId === scanId
      ? new Set(current.data.warnings.map((w) => w.observation))
      : null;
  // Chosen categories by observation index; '' is "not chosen" (never Necessary by default).
  const [chosen, setChosen] = useState<Record<number, string>>({});
  const [preview, setPreview] = useState<TPreview | null>(null);
  const items = Object.entries(chosen)
    .filter(([, category]) => category)
    .map(([observation, category]) => ({ observation: Number(observation), category }));
  const previewMutation = useMutation(
    trpc.scan.previewAdditions.mutationOptions({
      onSuccess: setPreview,
      onError: (err) => toast.error(err.message),
    }),
  );
  const apply = useMutation(
    trpc.scan.applyAdditions.mutationOptions({
      onSuccess(result) {
        toast.success(t('added', { count: result.counts.items.create }));
        setPreview(null);
        setChosen({});
        void invalidate();
        void queryClient.invalidateQueries({ queryKey: trpc.scan.pathKey() });
      },
      onError(err) {
        const next = conflictCurrent<TPreview>(err);
        toast.error(err.message, { duration: 10_000 });
        if (next) setPreview(next);
      },
    }),
  );

  const s = scan.data;
  if (!s) return <p className="text-sm text-slate-600">{scan.error?.message ?? t('loading')}</p>;
  const tone = STATUS_TONE[s.status] ?? 'neutral';
  const label = s.status in STATUS_TONE ? labels(`status.${s.status}`) : s.status;
  const report = s.report;
  const locales = site?.settings.locales ?? [];

  return (
    <div className="flex flex-col gap-6">
      <Link href={`/sites/${siteId}/scan`} className="text-sm text-brand underline">
        {t('allScans')}
      </Link>
      <Card className="flex flex-col gap-2">
        <h2 className="flex flex-wrap items-center gap-2 text-lg font-medium">
          {t.rich('scanOf', { url: () => <span className="break-all">{s.url}</span> })}{' '}
          <Badge tone={tone}>{label}</Badge>
        </h2>
        <p className="text-sm text-slate-700">
          {t('queued', { when: formatDateTime(s.createdAt, locale) })}
          {s.finishedAt && t('finished', { when: formatDateTime(s.finishedAt, locale) })}
          {s.attempts > 1 && t('attempts', { count: s.attempts })}
        </p>
        {isActive(s.status) && (
          <p role="status" className="text-sm">
            {s.status === 'queued'
              ? t('waiting')
              : t('scanning', { done: s.pagesDone, total: s.pagesTotal || '…' })}
          </p>
        )}
        {s.error && <p className="text-sm text-red-800">{s.error}</p>}
        {report && (
          <>
            <p className="text-sm text-slate-700">
              {t('scanned', {
                ok: report.pages.filter((p) => p.status === 'ok').length,
                total: report.pages.length,
                things: report.observations.length,
              })}{' '}
              {s.summary?.smulaFound ? t('tagFound') : t('tagMissing')}
            </p>
            {report.stopped && <p className="text-sm text-slate-700">{report.stopped}</p>}
            {report.pages
              .filter((p) => p.status === 'failed')
              .map((p) => (
                <p key={p.url} className="break-all text-sm text-red-800">
                  {t('failed', { url: p.url, error: p.error ?? '' })}
                </p>
              ))}
            {report.refused && report.refused.length > 0 && (
              <details className="text-sm">
                <summary>{t('refused', { count: report.refused.length })}</summary>
                <ul className="list-disc pl-5">
                  {report.refused.map((r) => (
                    <li key={r.url} className="break-all">
                      {r.url}: {r.reason}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </Card>

      {report &&
        FINDING_GROUPS.map((group) => {
          const findings = report.findings.filter((f) => f.kind === group.kind);
          if (!findings.length) return null;
          const undeclared = group.kind === 'undeclared';
          return (
            <Card key={group.kind} className="flex flex-col gap-3" data-finding={group.kind}>
              <h2 className="flex items-center gap-2 text-lg font-medium">
                {labels(`findings.${group.kind}.title`)} <Badge>{findings.length}</Badge>
              </h2>
              <p className="text-sm text-slate-600">{labels(`findings.${group.kind}.hint`)}</p>
              <ul className="flex flex-col gap-3">
                {findings.map((f, i) => {
                  const o =
                    f.observation === undefined ? undefined : report.observations[f.observation];
                  const key = `${f.observation ?? f.itemId ?? ''}-${i}`;
                  const declaredSince =
                    undeclared &&
                    stillUndeclared !== null &&
                    f.observation !== undefined &&
                    !stillUndeclared.has(f.observation);
                  return (
                    <li key={key} className="flex flex-col gap-1 border-t border-slate-200 pt-2">
                      <p className="text-sm">
                        {f.message}{' '}
                        {declaredSince && <Badge tone="success">{t('declaredSince')}</Badge>}
                      </p>
                      {o && <Observation o={o} />}
                      {f.suggestion && (
                        <p className="text-xs text-slate-700">
                          {t('ocd', {
                            vendor: f.suggestion.vendor,
                            category: f.suggestion.category,
                          })}
                          {f.suggestion.description && ` – ${f.suggestion.description}`}
                        </p>
                      )}
                      {undeclared && canEdit && !declaredSince && o && o.kind !== 'request' && (
                        <label className="flex flex-wrap items-center gap-2 text-sm">
                          {t('addAs')}
                          <select
                            className="rounded border border-slate-300 px-2 py-1"
                            aria-label={t('categoryFor', { name: o.name })}
                            value={chosen[f.observation!] ?? ''}
                            onChange={(e) => {
                              setPreview(null);
                              setChosen({ ...chosen, [f.observation!]: e.target.value });
                            }}
                          >
                            <option value="">{t('doNotAdd')}</option>
                            <CategoryOptions
                              categories={categories.data}
                              locales={locales}
                              value="key"
                            />
                          </select>
                          {f.suggestion && f.suggestion.category !== 'necessary' && (
                            <Button
                              size="sm"
                              variant="secondary"
                              onClick={() => {
                                setPreview(null);
                                setChosen({
                                  ...chosen,
                                  [f.observation!]: f.suggestion!.category,
                                });
                              }}
                            >
                              {t('useSuggestion', { category: f.suggestion.category })}
                            </Button>
                          )}
                        </label>
                      )}
                    </li>
                  );
                })}
              </ul>
              {undeclared && canEdit && (
                <div>
                  <Button
                    disabled={items.length === 0 || previewMutation.isPending}
                    onClick={() => previewMutation.mutate({ scanId, items })}
                  >
                    {previewMutation.isPending
                      ? t('reading')
                      : t('addToDeclaration', { count: items.length })}
                  </Button>
                  <p className="mt-1 text-xs text-slate-600">{t('addHint')}</p>
                </div>
              )}
            </Card>
          );
        })}

      {preview && (
        <ImportPreview
          preview={preview}
          siteId={siteId}
          applying={apply.isPending}
          onApply={() => apply.mutate({ scanId, items, planHash: preview.planHash })}
          onCancel={() => setPreview(null)}
        />
      )}
    </div>
  );
}
