import { countryName, type TTransferMechanism, transferBasis } from '@smula/core';
import { Badge, type TBadgeTone } from '~/components/ui/badge';

/** How each transfer basis reads, in badges and in the transfer-mechanism select. */
export const BASIS_LABELS: Record<TTransferMechanism, string> = {
  eea: 'Inside the EEA',
  adequacy: 'Adequacy decision',
  dpf: 'EU–US Data Privacy Framework',
  scc: 'Standard contractual clauses',
  bcr: 'Binding corporate rules',
  none: 'No transfer basis',
  unknown: 'Unknown',
};
const BASIS_TONE: Record<TTransferMechanism, TBadgeTone> = {
  eea: 'success',
  adequacy: 'success',
  dpf: 'success',
  scc: 'info',
  bcr: 'info',
  none: 'danger',
  unknown: 'warning',
};

/** Each recipient country with the legal basis its data leaves the EEA on. */
export function CountryBases({
  codes,
  dpfCertified,
  transferMechanism,
}: {
  codes: readonly string[];
  dpfCertified: boolean;
  transferMechanism?: TTransferMechanism | null;
}) {
  if (codes.length === 0) return <span className="text-slate-600">Countries not known</span>;
  const vendor = { dpfCertified, ...(transferMechanism ? { transferMechanism } : {}) };
  return (
    <ul className="flex flex-wrap gap-1">
      {codes.map((code) => {
        const basis = transferBasis(code, vendor);
        return (
          <li key={code}>
            <Badge tone={BASIS_TONE[basis]}>
              {code.toUpperCase()} {countryName(code, 'en')}: {BASIS_LABELS[basis]}
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}
