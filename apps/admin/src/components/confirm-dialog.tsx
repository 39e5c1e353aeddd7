'use client';

import type { ReactNode } from 'react';
import { Button } from './ui/button';
import { Dialog } from './ui/dialog';
import { DialogActions } from './ui/dialog-actions';

/**
 * "Delete …?" and the like: what will happen, Cancel, and one button that does it (red unless
 * the action destroys nothing, such as Publish).
 */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  pending,
  onConfirm,
  onClose,
  error,
  variant = 'danger',
  children,
}: {
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** Why the last attempt was refused. */
  error?: string | undefined;
  variant?: 'danger' | 'primary';
  children: ReactNode;
}) {
  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <div className="text-sm text-slate-700">{children}</div>
      {error && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <DialogActions onCancel={onClose} className="mt-4">
        <Button variant={variant} disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
