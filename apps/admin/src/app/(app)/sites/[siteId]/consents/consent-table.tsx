import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { DateTime } from '~/components/date-time';
import { TableFrame, Td, THead, Th, Tr } from '~/components/ui/table';
import type { TOutputs } from '~/trpc/types';

type TRecord = TOutputs['consent']['search']['records'][number];

/**
 * Consent records, newest first: when, the visitor's consent id (a link to their history, left
 * out when the table is that history), what they chose, the exact version, and what the record
 * keeps of the request.
 */
export function ConsentTable({
  records,
  siteId,
  history,
  searchHref,
  caption,
}: {
  records: readonly TRecord[];
  siteId: string;
  /** The consent id whose history this is, if it is one. */
  history: string | undefined;
  searchHref: (consentId: string) => string;
  caption: string;
}) {
  const t = useTranslations('consents');
  return (
    <TableFrame>
      <table className="w-full min-w-[56rem] text-left text-sm" data-testid="consent-records">
        <caption className="px-3 pt-3 text-left font-medium text-slate-800">{caption}</caption>
        <THead>
          <tr>
            <Th>{t('time')}</Th>
            {!history && <Th>{t('consentId')}</Th>}
            <Th>{t('action')}</Th>
            <Th>{t('choices')}</Th>
            <Th>{t('version')}</Th>
            <Th>{t('locale')}</Th>
            <Th>{t('page')}</Th>
            <Th>{t('ip')}</Th>
            <Th>{t('gpc')}</Th>
          </tr>
        </THead>
        <tbody>
          {records.map((r) => {
            const entries = Object.entries(r.choices);
            const granted = entries.filter(([, v]) => v).map(([k]) => k);
            const refused = entries.filter(([, v]) => !v).map(([k]) => k);
            return (
              <Tr key={r.id}>
                <Td className="whitespace-nowrap text-slate-700">
                  <DateTime value={r.createdAt} />
                </Td>
                {!history && (
                  <Td>
                    <Link
                      href={searchHref(r.consentId)}
                      className="font-mono text-xs text-brand underline"
                      title={r.consentId}
                    >
                      {/* The accessible name contains the visible text (WCAG 2.5.3). */}
                      <span className="sr-only">{t('historyOf')}</span>
                      {r.consentId.slice(0, 8)}
                      <span className="sr-only">{r.consentId.slice(8)}</span>
                      <span aria-hidden="true">…</span>
                    </Link>
                  </Td>
                )}
                <Td className="whitespace-nowrap font-medium">
                  {t.has(`actions.${r.action}`) ? t(`actions.${r.action}`) : r.action}
                </Td>
                <Td>
                  <span className="block">
                    <span className="text-slate-600">{t('granted')}</span>
                    {granted.join(', ') || t('grantedNone')}
                  </span>
                  {refused.length > 0 && (
                    <span className="block">
                      <span className="text-slate-600">{t('refused')}</span>
                      {refused.join(', ')}
                    </span>
                  )}
                </Td>
                <Td className="whitespace-nowrap">
                  {/* The exact, immutable version this decision was made under. */}
                  <Link
                    href={`/sites/${siteId}/publish#version-${r.configVersion}`}
                    className="text-brand underline"
                    title={t('configHash', { hash: r.configHash })}
                  >
                    {t('versionN', { version: r.configVersion })}
                  </Link>
                  <code className="block text-xs text-slate-500">{r.configHash.slice(0, 12)}</code>
                </Td>
                <Td>{r.locale}</Td>
                <Td className="min-w-[8rem] max-w-[16rem] break-words font-mono text-xs">
                  {r.pagePath}
                </Td>
                <Td className="whitespace-nowrap font-mono text-xs">{r.ipTruncated ?? '—'}</Td>
                <Td>{r.gpc ? t('yes') : t('no')}</Td>
              </Tr>
            );
          })}
        </tbody>
      </table>
    </TableFrame>
  );
}
