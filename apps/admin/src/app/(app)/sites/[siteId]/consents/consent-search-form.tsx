import { CONSENT_ACTIONS } from '@smula/core';
import { FilterInput, FilterSelect, LogFilterForm } from '~/components/log-filters';
import { ACTION_LABELS } from './labels';

/** The consent log's filters, as the search params name them. */
export const CONSENT_FILTERS = ['consentId', 'from', 'to', 'action', 'version'] as const;
export type TConsentFilters = Record<(typeof CONSENT_FILTERS)[number], string | undefined>;

const ACTION_OPTIONS = CONSENT_ACTIONS.map((a) => [a, ACTION_LABELS[a]] as const);

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
  return (
    <LogFilterForm
      action={action}
      label="Search the consent log"
      submitLabel="Search"
      filtered={Object.values(filters).some(Boolean)}
      className="sm:grid-cols-2 lg:grid-cols-6"
      actionsClassName="lg:col-span-6"
    >
      <FilterInput
        label="Consent id"
        className="sm:col-span-2"
        inputClassName="font-mono"
        type="search"
        name="consentId"
        defaultValue={filters.consentId}
        placeholder="32 characters, from the policy page"
        autoComplete="off"
        spellCheck={false}
      />
      <FilterInput label="From" type="date" name="from" defaultValue={filters.from} />
      <FilterInput label="To (inclusive)" type="date" name="to" defaultValue={filters.to} />
      <FilterSelect
        label="Action"
        name="action"
        value={filters.action}
        anyLabel="Any action"
        options={ACTION_OPTIONS}
      />
      <FilterSelect
        label="Version"
        name="version"
        value={filters.version}
        anyLabel="Any version"
        options={versions.map((v) => [String(v.version), String(v.version)] as const)}
      />
    </LogFilterForm>
  );
}
