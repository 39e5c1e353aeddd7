'use client';
import { FieldDescription, FieldLabel, useConfig, useField, useTranslation } from '@payloadcms/ui';
import type { TextFieldClientComponent } from 'payload';
import { useEffect, useState } from 'react';
import { LANGUAGES_PATH } from '../payload/constants.js';
import type { TSmulaTranslationKey } from '../translations.js';

type TLanguages =
  | { ok: true; locales: string[]; defaultLocale: string | null }
  | { ok: false; message: string };

/**
 * The Cookie declaration block's language: a select of the languages the site publishes in
 * Smula (from `/api/smula/languages`), plus "the page's language" (empty). A value saved
 * earlier that the site no longer publishes stays listed, so opening a page never changes it.
 */
export const SmulaLanguageSelect: TextFieldClientComponent = ({ field, path }) => {
  const { config } = useConfig();
  const { t } = useTranslation();
  const tt = (key: TSmulaTranslationKey, vars?: Record<string, unknown>) => t(key as never, vars);
  const { value, setValue } = useField<string | null>({ path: path ?? field.name });
  const [languages, setLanguages] = useState<TLanguages | null>(null);

  useEffect(() => {
    let live = true;
    fetch(`${config.serverURL}${config.routes.api}${LANGUAGES_PATH}`, { credentials: 'include' })
      .then((res) => res.json() as Promise<TLanguages | { error: { message: string } }>)
      .then((body) => {
        if (live) setLanguages('ok' in body ? body : { ok: false, message: body.error.message });
      })
      .catch(() => live && setLanguages({ ok: false, message: '' }));
    return () => {
      live = false;
    };
  }, [config.serverURL, config.routes.api]);

  const options = languages?.ok ? [...languages.locales] : [];
  if (value && !options.includes(value)) options.push(value);
  const id = `field-${(path ?? field.name).replace(/\./g, '__')}`;
  const names =
    typeof Intl.DisplayNames === 'function'
      ? new Intl.DisplayNames(undefined, { type: 'language' })
      : null;
  const label = (code: string) => {
    try {
      return `${names?.of(code) ?? code} (${code})`;
    } catch {
      return code;
    }
  };

  return (
    <div
      className="field-type select smula-language-select"
      style={{ marginBottom: 'var(--base)' }}
    >
      <FieldLabel htmlFor={id} label={field.label} path={path} />
      <select
        id={id}
        name={path}
        value={value ?? ''}
        disabled={field.admin?.readOnly}
        onChange={(e) => setValue(e.target.value || null)}
        style={{ display: 'block', minWidth: '16rem', padding: 'calc(var(--base) / 3)' }}
      >
        <option value="">{tt('plugin-smula:languagePage')}</option>
        {options.map((code) => (
          <option key={code} value={code}>
            {label(code)}
          </option>
        ))}
      </select>
      {languages && !languages.ok ? (
        <p role="status">
          {tt('plugin-smula:languagesUnavailable', { message: languages.message })}
        </p>
      ) : null}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  );
};
