'use client';
import { Button, useConfig, useFormFields } from '@payloadcms/ui';
import { useState } from 'react';
import type { TConnectionCheck } from '../helpers/check-connection.js';
import { TEST_CONNECTION_PATH } from '../payload/constants.js';

/**
 * "Test connection" in the Smula settings global: asks the plugin's endpoint to fetch the
 * site's live config with the values in the form (saved or not) and shows the live version
 * or what is wrong.
 */
export function SmulaTestConnection() {
  const { config } = useConfig();
  const adminUrl = useFormFields(([fields]) => fields.adminUrl?.value);
  const siteKey = useFormFields(([fields]) => fields.siteKey?.value);
  const [state, setState] = useState<'idle' | 'busy' | TConnectionCheck>('idle');

  async function test() {
    setState('busy');
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}${TEST_CONNECTION_PATH}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ adminUrl, siteKey }),
      });
      const body = (await res.json()) as TConnectionCheck | { error: { message: string } };
      setState('ok' in body ? body : { ok: false, message: body.error.message });
    } catch {
      setState({ ok: false, message: 'The CMS did not answer. Check that it is running.' });
    }
  }

  return (
    <div className="field-type smula-test-connection" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={state === 'busy'} onClick={test} size="medium">
        Test connection
      </Button>
      <p role="status" aria-live="polite">
        {state === 'busy' && 'Testing…'}
        {typeof state === 'object' &&
          (state.ok
            ? `Connected: version ${state.version} is live${state.siteName ? ` for ${state.siteName}` : ''}${state.publishedAt ? ` (published ${new Date(state.publishedAt).toLocaleString()})` : ''}.`
            : `Not connected: ${state.message}`)}
      </p>
    </div>
  );
}
