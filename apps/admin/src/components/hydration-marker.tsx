'use client';

import { useEffect } from 'react';

/** Marks the page hydrated, so browser tests never type into a form React will replace. */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
