import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Button } from './button';
import { cn } from './cn';

/** A dialog's buttons, bottom right: Cancel, then the action (`children`). */
export function DialogActions({
  onCancel,
  className,
  children,
}: {
  onCancel: () => void;
  className?: string;
  children: ReactNode;
}) {
  const t = useTranslations('common');
  return (
    <div className={cn('flex justify-end gap-2', className)}>
      <Button variant="secondary" onClick={onCancel}>
        {t('cancel')}
      </Button>
      {children}
    </div>
  );
}
