import { CONSENT_ACTIONS } from '@smula/core';
import { useTranslations } from 'next-intl';
import { FilterInput, FilterSelect, LogFilterForm } from '~/components/log-filters';

/** The consent log's filters, as the search params name them. */
export const CONSENT_FILTERS = ['consentId', 'from', 'to', 'action', 'version'] as const;
export type TConsentFilters = Record<(typeof CONSENT_FILTERS)[number], string | undefined>;

/** Search by a visitor's consent id, dates, action and version (a plain GET form). */
export function ConsentSearchForm({
  action,
  filters,
  versions,
}: {
  action: string;
  filters: TConsentFilters;
  versions: readonly { version: number }[];
}) {
  const t = useTranslations('consents');
  return (
    <LogFilterForm
      action={action}
      label={t('form')}
      submitLabel={t('search')}
      filtered={Object.values(filters).some(Boolean)}
      className="sm:grid-cols-2 lg:grid-cols-6"
      actionsClassName="lg:col-span-6"
    >
      <FilterInput
        label={t('consentId')}
        className="sm:col-span-2"
        inputClassName="font-mono"
        type="search"
        name="consentId"
        defaultValue={filters.consentId}
        placeholder={t('consentIdPlaceholder')}
        autoComplete="off"
        spellCheck={false}
      />
      <FilterInput label={t('from')} type="date" name="from" defaultValue={filters.from} />
      <FilterInput label={t('to')} type="date" name="to" defaultValue={filters.to} />
      <FilterSelect
        label={t('action')}
        name="action"
        value={filters.action}
        anyLabel={t('anyAction')}
        options={CONSENT_ACTIONS.map((a) => [a, t(`actions.${a}`)] as const)}
      />
      <FilterSelect
        label={t('version')}
        name="version"
        value={filters.version}
        anyLabel={t('anyVersion')}
        options={versions.map((v) => [String(v.version), String(v.version)] as const)}
      />
    </LogFilterForm>
  );
}
