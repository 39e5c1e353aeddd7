import { useTranslations } from 'next-intl';
import { Badge } from '~/components/ui/badge';

/** "sv missing" markers for the locales an entity has no translation in. */
export function MissingBadges({ locales }: { locales: readonly string[] | undefined }) {
  const t = useTranslations('common');
  if (!locales?.length) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {locales.map((l) => (
        <Badge key={l} tone="warning" title={t('missingTranslation', { locale: l })}>
          {t('missing', { locale: l })}
        </Badge>
      ))}
    </span>
  );
}
