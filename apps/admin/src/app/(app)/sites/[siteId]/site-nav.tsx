'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { cn } from '~/components/ui/cn';

const TABS = [
  { path: '', label: 'overview' },
  { path: '/declaration', label: 'declaration' },
  { path: '/vendors', label: 'vendors' },
  { path: '/texts', label: 'texts' },
  { path: '/appearance', label: 'appearance' },
  { path: '/settings', label: 'settings' },
  { path: '/import', label: 'import' },
  { path: '/scan', label: 'scan' },
  { path: '/publish', label: 'publish' },
  { path: '/webhooks', label: 'webhooks' },
  { path: '/consents', label: 'consents' },
  { path: '/audit', label: 'audit' },
] as const;

/** The site's sections; scrolls sideways on a phone rather than wrapping into a wall. */
export function SiteNav({ siteId }: { siteId: string }) {
  const t = useTranslations('siteNav');
  const pathname = usePathname();
  const base = `/sites/${siteId}`;
  return (
    <nav
      aria-label={t('label')}
      className="relative -mx-4 overflow-x-auto border-b border-slate-200 px-4"
    >
      <ul className="flex min-w-max gap-1">
        {TABS.map((tab) => {
          const href = base + tab.path;
          const current = tab.path === '' ? pathname === base : pathname.startsWith(href);
          return (
            <li key={tab.path}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  '-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium',
                  current
                    ? 'border-brand text-brand'
                    : 'border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900',
                )}
              >
                {t(tab.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
