'use client';
import { useTranslation } from '@payloadcms/ui';

/**
 * The warning at the top of the Smula settings when the plugin's options (from the site's
 * code or environment) are invalid and Smula is therefore off. Nothing when all is well. The
 * problems themselves are the plugin's English sentences (also in the server log).
 */
export function SmulaConfigStatus({ problems }: { problems?: string[] }) {
  const { t } = useTranslation();
  if (!problems?.length) return null;
  return (
    <div
      className="field-type smula-config-status"
      role="alert"
      style={{
        marginBottom: 'var(--base)',
        padding: 'calc(var(--base) / 2) var(--base)',
        border: '1px solid var(--theme-error-500)',
        background: 'var(--theme-error-50)',
        color: 'var(--theme-error-750)',
      }}
    >
      <strong>{t('plugin-smula:offTitle' as never)}</strong>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p>{t('plugin-smula:offFix' as never)}</p>
    </div>
  );
}
