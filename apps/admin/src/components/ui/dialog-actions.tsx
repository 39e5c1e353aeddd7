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
  return (
    <div className={cn('flex justify-end gap-2', className)}>
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
      {children}
    </div>
  );
}
