import { countryName, type TTransferMechanism, transferBasis } from '@smula/core';
import { useLocale, useTranslations } from 'next-intl';
import { Badge, type TBadgeTone } from '~/components/ui/badge';

// How each transfer basis reads (badges, the transfer-mechanism select): `transfer.basis.<m>`.
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
  const t = useTranslations('transfer');
  const locale = useLocale();
  if (codes.length === 0) return <span className="text-slate-600">{t('noCountries')}</span>;
  const vendor = { dpfCertified, ...(transferMechanism ? { transferMechanism } : {}) };
  return (
    <ul className="flex flex-wrap gap-1">
      {codes.map((code) => {
        const basis = transferBasis(code, vendor);
        return (
          <li key={code}>
            <Badge tone={BASIS_TONE[basis]}>
              {t('country', {
                code: code.toUpperCase(),
                country: countryName(code, locale) ?? code,
                basis: t(`basis.${basis}`),
              })}
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}
