import { Badge } from '~/components/ui/badge';

/** "sv missing" markers for the locales an entity has no translation in. */
export function MissingBadges({ locales }: { locales: readonly string[] | undefined }) {
  if (!locales?.length) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {locales.map((l) => (
        <Badge key={l} tone="warning" title={`Missing translation: ${l}`}>
          {l} missing
        </Badge>
      ))}
    </span>
  );
}
