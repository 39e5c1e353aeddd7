import { escapeHtml } from '@smula/core';
import { bannerScriptUrl, type TSmulaConnection } from './connection.js';

/** Marks our tag, so it can be found again (to move it first, or not to add it twice). */
export const BANNER_MARKER = 'data-smula-banner';

/** The banner's tag: synchronous on purpose, so it runs before any script that sets cookies. */
export function bannerScriptTag(c: TSmulaConnection): string {
  return `<script src="${escapeHtml(bannerScriptUrl(c))}" ${BANNER_MARKER}></script>`;
}

// `<head>` or `<head attr…>`, never `<header>`.
const HEAD_OPEN = /<head(?=[\s>/])[^>]*>/i;
const HTML_OPEN = /<html(?=[\s>/])[^>]*>/i;
const DOCTYPE = /^\s*<!doctype[^>]*>/i;
const MARKED = new RegExp(`<script\\b[^>]*\\s${BANNER_MARKER}\\b[^>]*>\\s*</script>`, 'gi');

/**
 * `tag` as the first child of `<head>`. Without `<head>`: right after `<html>` (or the doctype,
 * or at the very start); HTML parsers then open the implied head with it.
 */
function firstInHead(html: string, tag: string): string {
  const at = (m: RegExpExecArray | null) => (m ? m.index + m[0].length : -1);
  let i = at(HEAD_OPEN.exec(html));
  if (i < 0) i = at(HTML_OPEN.exec(html));
  if (i < 0) i = Math.max(0, at(DOCTYPE.exec(html)));
  return html.slice(0, i) + tag + html.slice(i);
}

/**
 * Puts the Smula banner script first in `<head>` of an HTML document, so the browser runs it
 * before any other script (a script later in the page is not even inserted until this one
 * has run). Idempotent: a Smula tag already in the page (one this wrote, or a hand-written one
 * with the same src) is removed first, so there is always exactly one, first.
 *
 * @example injectHead('<html><head><title>x</title></head>…', { adminUrl, siteKey })
 * // '<html><head><script src="https://consent.example.se/b/KEY.js" data-smula-banner></script><title>x</title>…'
 * @throws SmulaConfigError when the admin URL or site key is invalid.
 */
export function injectHead(html: string, c: TSmulaConnection): string {
  const src = escapeHtml(bannerScriptUrl(c)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sameSrc = new RegExp(`<script\\b[^>]*\\ssrc=["']?${src}["']?[^>]*>\\s*</script>`, 'gi');
  return firstInHead(html.replace(MARKED, '').replace(sameSrc, ''), bannerScriptTag(c));
}

/**
 * Moves a banner tag that is already in the page (marked `data-smula-banner`, as
 * `<SmulaBannerScript>` renders it) to be the first child of `<head>`. For frameworks that
 * put their own tags first (Next.js puts meta, styles and its async runtime chunks before
 * anything a layout renders): run the HTML through this on its way out. Pages without the
 * tag pass unchanged.
 */
export function moveBannerFirst(html: string): string {
  const found = html.match(MARKED);
  if (!found) return html;
  return firstInHead(html.replace(MARKED, ''), found[0]);
}
