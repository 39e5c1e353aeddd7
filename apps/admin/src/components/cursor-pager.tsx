import Link from 'next/link';
import { useTranslations } from 'next-intl';

/**
 * Newest-first paging by cursor: back to the newest page once paged, on to older ones while
 * there are more. Nothing when there is only one page.
 */
export function CursorPager({
  label,
  newestHref,
  olderHref,
  noun,
}: {
  label: string;
  /** Set when the page shown is not the first. */
  newestHref: string | undefined;
  /** Set when older entries exist. */
  olderHref: string | undefined;
  /** `events` → "← Newest events", "Older events →". */
  noun: string;
}) {
  const t = useTranslations('common');
  if (!newestHref && !olderHref) return null;
  return (
    <nav aria-label={label} className="flex justify-between gap-3 text-sm">
      {newestHref ? (
        <Link href={newestHref} className="text-brand underline">
          {t('newest', { noun })}
        </Link>
      ) : (
        <span />
      )}
      {olderHref && (
        <Link href={olderHref} className="text-brand underline">
          {t('older', { noun })}
        </Link>
      )}
    </nav>
  );
}
