import { countryName } from '@smula/core';
import { useLocale, useTranslations } from 'next-intl';

/**
 * Core words publish findings, diff lines and the re-consent sentence in English (for the API
 * and CLI) and gives each a `code` and `params` (issue 18). This module words them in the
 * reader's language from `publishWording` in the message files. Anything it has no words for
 * (an unknown code, a field core added later, a finding without params from an older server)
 * keeps core's English, so the screen always says something.
 */

/** A root translator: `t(key, values)` and `t.has(key)`, as next-intl's client and server give. */
export interface TWordingTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

type TParams = Readonly<Record<string, unknown>>;

const NS = 'publishWording';

/** A key's words, or undefined when the message files have none (the caller falls back). */
function word(t: TWordingTranslator, key: string, values?: Record<string, string | number>) {
  return t.has(key) ? t(key, values) : undefined;
}

const list = (words: readonly string[]) => words.join(', ');
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;

/**
 * Turns params into ICU values: keys (fields, item types, models) into the reader's words,
 * arrays into lists. Undefined when a key has no words, so the whole sentence falls back.
 */
function values(
  t: TWordingTranslator,
  code: string,
  params: TParams,
  locale: string | undefined,
): Record<string, string | number> | undefined {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    let value: string | number | undefined;
    if (k === 'missing' && code === 'item-incomplete') {
      const words = strings(v)?.map((f) =>
        word(t, `${NS}.itemFields.${f}`, { locale: String(params.locale ?? '') }),
      );
      value = words && !words.includes(undefined) ? list(words as string[]) : undefined;
    } else if (k === 'missing' && code === 'text-missing') {
      const words = strings(v)?.map((key) => word(t, `textLabels.banner.${key}`));
      value = words && !words.includes(undefined) ? list(words as string[]) : undefined;
    } else if (k === 'names') {
      value = strings(v)
        ?.map((name) => t(`${NS}.quoted`, { text: name }))
        .join(', ');
    } else if (k === 'field' && typeof v === 'string') {
      const ns =
        code === 'contrast-too-low'
          ? 'contrastFields'
          : code === 'lifetime-too-long'
            ? 'lifetimeFields'
            : 'diffFields';
      value = word(t, `${NS}.${ns}.${v}`);
    } else if (k === 'model' && typeof v === 'string') {
      value = word(t, `settings.models.${v}`);
    } else if (k === 'type' && typeof v === 'string') {
      value = word(t, `${NS}.itemKinds.${v}`);
    } else if (k === 'key' && code === 'texts-changed' && typeof v === 'string') {
      // The text's label where the texts tab has one; else its key, as the English line says.
      value = word(t, `textLabels.${String(params.part)}.${v}`) ?? v;
    } else if (k === 'countries' && locale) {
      value = strings(v)
        ?.map((c) => countryName(c, locale))
        .join(', ');
    } else if (Array.isArray(v)) {
      value = strings(v) && list(v);
    } else if (typeof v === 'string' || typeof v === 'number') {
      value = v;
    } else if (typeof v === 'boolean') {
      value = String(v);
    }
    if (value === undefined) return undefined;
    out[k] = value;
  }
  return out;
}

function sentence(
  t: TWordingTranslator,
  key: string,
  code: string,
  params: TParams | undefined,
  english: string,
  locale?: string,
): string {
  if (!params || !t.has(key)) return english;
  const v = values(t, code, params, locale);
  return v ? t(key, v) : english;
}

/** A publish finding in the reader's language (core's `TLintFinding`). */
export function findingText(
  f: { code: string; message: string; params?: TParams },
  t: TWordingTranslator,
): string {
  return sentence(t, `${NS}.findings.${f.code}`, f.code, f.params, f.message);
}

/**
 * A diff line in the reader's language (core's `TDiffLine`); with `locale`, countries by name
 * (else by code, as the English line has them).
 */
export function diffLineText(
  l: { code?: string; params?: TParams; text: string },
  t: TWordingTranslator,
  locale?: string,
): string {
  if (!l.code) return l.text;
  return sentence(t, `${NS}.diff.${l.code}`, l.code, l.params, l.text, locale);
}

/** Who is asked again, in the reader's language; null when nobody is. */
export function reconsentText(
  s: {
    reconsent: string | null;
    reconsentParams?: { categories: string[]; count: number } | null;
  },
  t: TWordingTranslator,
): string | null {
  if (!s.reconsent) return null;
  if (!s.reconsentParams) return s.reconsent;
  return t(`${NS}.reconsent`, {
    categories: list(s.reconsentParams.categories),
    count: s.reconsentParams.count,
  });
}

/** The findings a refused publish sends in its error details (`publish-site.ts`), if any. */
export function blockingFindings(details: unknown) {
  const findings = (details as { findings?: unknown } | null | undefined)?.findings;
  if (!Array.isArray(findings)) return undefined;
  return findings.filter(
    (f): f is { code: string; message: string; params?: Record<string, unknown> } =>
      typeof f?.code === 'string' && typeof f?.message === 'string',
  );
}

/**
 * The toast for a refused publish, from the findings the server sends in the error's details;
 * the server's English message when there are none.
 */
export function blockedText(
  message: string,
  findings: readonly { code: string; message: string; params?: TParams }[] | undefined,
  t: TWordingTranslator,
): string {
  const [first] = findings ?? [];
  if (!first) return message;
  return t(`${NS}.blocked`, { count: findings!.length, first: findingText(first, t) });
}

/** The four wordings bound to the reader's language, for client components. */
export function usePublishWording() {
  const t = useTranslations() as unknown as TWordingTranslator;
  const locale = useLocale();
  return {
    finding: (f: Parameters<typeof findingText>[0]) => findingText(f, t),
    line: (l: Parameters<typeof diffLineText>[0]) => diffLineText(l, t, locale),
    reconsent: (s: Parameters<typeof reconsentText>[0]) => reconsentText(s, t),
    blocked: (message: string, findings: Parameters<typeof blockedText>[1]) =>
      blockedText(message, findings, t),
  };
}
