'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '~/components/ui/button';

/**
 * Copies `text` and says so where screen readers hear it (a polite status region beside the
 * button), not only as a changed label. Falls back to a hidden textarea where the Clipboard API
 * is unavailable (an insecure origin).
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations('overview');
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.append(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      setCopied(ok ? 'yes' : 'failed');
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" variant="secondary" onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="text-sm text-slate-700">
        {copied === 'yes' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
