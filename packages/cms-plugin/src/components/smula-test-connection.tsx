'use client';
import { Button, useConfig, useFormFields, useTranslation } from '@payloadcms/ui';
import { useState } from 'react';
import type { TConnectionCheck } from '../helpers/check-connection.js';
import { TEST_CONNECTION_PATH } from '../payload/constants.js';
import type { TSmulaTranslationKey } from '../translations.js';

type TResult =
  | (Extract<TConnectionCheck, { ok: true }> & { cms?: { host: string; declared: boolean } | null })
  | { ok: false; code: string; message: string; params?: Record<string, unknown> };

/**
 * "Test connection" in the Smula settings global: asks the plugin's endpoint to fetch the
 * site's live config with the values in the form (saved or not). Success and failure look
 * different (a green or red box); success lists the live version, the published languages and
 * warns when this CMS's host is not among the site's domains in Smula. Texts through Payload's
 * i18n (`plugin-smula:*`), in the admin user's language. In a tenant's form (`siteKeyField`,
 * the plugin's `tenants` option) it tests that tenant's key.
 */
export function SmulaTestConnection({ siteKeyField = 'siteKey' }: { siteKeyField?: string }) {
  const { config } = useConfig();
  const { t, i18n } = useTranslation();
  const tt = (key: TSmulaTranslationKey, vars?: Record<string, unknown>) => t(key as never, vars);
  // A tenant's form has only its key field; the admin URL then comes from the saved settings.
  const adminUrl = useFormFields(([fields]) =>
    siteKeyField === 'siteKey' ? fields.adminUrl?.value : undefined,
  );
  const siteKey = useFormFields(([fields]) => fields[siteKeyField]?.value);
  const [state, setState] = useState<'idle' | 'busy' | TResult>('idle');

  async function test() {
    setState('busy');
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}${TEST_CONNECTION_PATH}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ adminUrl, siteKey }),
      });
      const body = (await res.json()) as TResult | { error: { code: string; message: string } };
      setState('ok' in body ? body : { ok: false, ...body.error });
    } catch {
      setState({ ok: false, code: 'cms_unreachable', message: '' });
    }
  }

  // The translated sentence for a known problem, else the endpoint's own (English) one.
  const problem = (r: Extract<TResult, { ok: false }>) => {
    const key = `plugin-smula:problem-${r.code}` as TSmulaTranslationKey;
    const text = tt(key, { ...r.params, message: r.message });
    return text === key || text === `problem-${r.code}` ? r.message : text;
  };
  const box = (ok: boolean) => ({
    marginTop: 'calc(var(--base) / 2)',
    padding: 'calc(var(--base) / 2) var(--base)',
    border: `1px solid var(--theme-${ok ? 'success' : 'error'}-500)`,
    background: `var(--theme-${ok ? 'success' : 'error'}-50)`,
    color: `var(--theme-${ok ? 'success' : 'error'}-750)`,
  });

  return (
    <div className="field-type smula-test-connection" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={state === 'busy'} onClick={test} size="medium">
        {tt('plugin-smula:testConnection')}
      </Button>
      <div role="status" aria-live="polite">
        {state === 'busy' && <p>{tt('plugin-smula:testing')}</p>}
        {typeof state === 'object' && state.ok && (
          <div className="smula-test-connection__ok" data-result="ok" style={box(true)}>
            <p>
              <strong>{tt('plugin-smula:connected', { version: state.version })}</strong>
            </p>
            <ul>
              {state.siteName && (
                <li>{tt('plugin-smula:connectedSite', { name: state.siteName })}</li>
              )}
              {state.publishedAt && (
                <li>
                  {tt('plugin-smula:publishedAt', {
                    date: new Date(state.publishedAt).toLocaleString(i18n.language),
                  })}
                </li>
              )}
              <li data-smula-languages={state.locales.join(' ')}>
                {tt('plugin-smula:languages', {
                  languages: state.locales.join(', '),
                  defaultLocale: state.defaultLocale ?? '–',
                })}
              </li>
            </ul>
          </div>
        )}
        {typeof state === 'object' && state.ok && state.cms && !state.cms.declared && (
          <p className="smula-test-connection__warning" data-result="warning" style={box(false)}>
            {tt('plugin-smula:domainMissing', {
              host: state.cms.host,
              domains: state.domains.join(', ') || tt('plugin-smula:domainsNone'),
            })}
          </p>
        )}
        {typeof state === 'object' && !state.ok && (
          <p className="smula-test-connection__error" data-result="error" style={box(false)}>
            {tt('plugin-smula:notConnected', { message: problem(state) })}
          </p>
        )}
      </div>
    </div>
  );
}
