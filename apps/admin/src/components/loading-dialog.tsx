'use client';

import { LoadingRows } from './empty-state';
import { Dialog } from './ui/dialog';

/**
 * A form dialog while what its selects offer is still loading: the form opens only once its
 * options exist, so each select starts on the value it holds.
 */
export function LoadingDialog({ title, onClose }: { title: string; onClose: () => void }) {
  return (
    <Dialog title={title} onClose={onClose} wide>
      <LoadingRows rows={4} />
    </Dialog>
  );
}
