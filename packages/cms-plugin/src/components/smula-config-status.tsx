'use client';

/**
 * The warning at the top of the Smula settings when the plugin's options (from the site's
 * code or environment) are invalid and Smula is therefore off. Nothing when all is well.
 */
export function SmulaConfigStatus({ problems }: { problems?: string[] }) {
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
      <strong>Smula is off: the plugin options in the site's code are invalid.</strong>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p>
        Fix them in payload.config.ts (or the environment variables they come from) and restart the
        site. Until then there is no banner and no cookie declaration; the site and this admin keep
        working.
      </p>
    </div>
  );
}
