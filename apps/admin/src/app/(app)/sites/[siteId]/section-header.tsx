import type { ReactNode } from 'react';

/**
 * A list's heading with a line about it below and its main action (Add …) to the right. The
 * heading's id labels the section around it.
 */
export function SectionHeader({
  id,
  title,
  level = 'h3',
  action,
  children,
}: {
  id: string;
  title: string;
  level?: 'h2' | 'h3';
  action?: ReactNode;
  /** The line below the heading. */
  children: ReactNode;
}) {
  const Heading = level;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div>
        <Heading id={id} className="text-lg font-semibold">
          {title}
        </Heading>
        {children}
      </div>
      {action}
    </div>
  );
}
