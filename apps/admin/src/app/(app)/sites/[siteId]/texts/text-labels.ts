/**
 * What each banner and policy text is, in an editor's words (the keys are internal names:
 * "gpcNotice" or "colProvider" mean nothing to a legal editor). The words are messages
 * (`textLabels.banner.*`, `textLabels.policy.*`); a key without one (added to core later) falls
 * back to its key split into words.
 */
import { useTranslations } from 'next-intl';

export function useTextLabel() {
  const t = useTranslations('textLabels');
  return (part: 'banner' | 'policy', key: string): string => {
    if (t.has(`${part}.${key}`)) return t(`${part}.${key}`);
    const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  };
}
