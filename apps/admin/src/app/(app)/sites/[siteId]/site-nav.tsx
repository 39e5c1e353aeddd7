'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '~/components/ui/cn';

const TABS = [
  { path: '', label: 'Overview' },
  { path: '/declaration', label: 'Declaration' },
  { path: '/vendors', label: 'Vendors' },
  { path: '/texts', label: 'Texts' },
  { path: '/appearance', label: 'Appearance' },
  { path: '/settings', label: 'Settings' },
  { path: '/import', label: 'Import & export' },
  { path: '/scan', label: 'Scan' },
  { path: '/publish', label: 'Publish' },
  { path: '/webhooks', label: 'Webhooks' },
  { path: '/consents', label: 'Consent log' },
  { path: '/audit', label: 'Audit log' },
] as const;

/** The site's sections; scrolls sideways on a phone rather than wrapping into a wall. */
export function SiteNav({ siteId }: { siteId: string }) {
  const pathname = usePathname();
  const base = `/sites/${siteId}`;
  return (
    <nav
      aria-label="Site"
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
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
