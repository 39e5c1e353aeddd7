import { launchChromium } from '@smula/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmulaConfigError } from './connection.js';
import { injectHead } from './inject-head.js';

const c = { adminUrl: 'https://consent.example.se/', siteKey: 'AbCdEf_123-xyz' };
const TAG =
  '<script src="https://consent.example.se/b/AbCdEf_123-xyz.js" data-smula-banner></script>';

// What a browser makes of the result is what counts: parse each output in Chromium (scripts
// do not run: the page is set as content with JavaScript off).
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function headChildren(html: string): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.setContent(html);
  const tags = await page.evaluate(() =>
    [...document.head.children].map((e) =>
      e.tagName === 'SCRIPT' ? `script:${e.getAttribute('src')}` : e.tagName.toLowerCase(),
    ),
  );
  await context.close();
  return tags;
}
const ours = 'script:https://consent.example.se/b/AbCdEf_123-xyz.js';

describe('injectHead', () => {
  it('puts the script first in <head>, before meta, title and other scripts', async () => {
    const html =
      '<!doctype html><html lang="sv"><head data-x="1"><meta charset="utf-8"><title>T</title><script src="/analytics.js"></script></head><body><header>h</header></body></html>';
    const out = injectHead(html, c);
    expect(out).toContain(`<head data-x="1">${TAG}<meta charset="utf-8">`);
    expect(await headChildren(out)).toEqual([ours, 'meta', 'title', 'script:/analytics.js']);
  });

  it('is idempotent: a second run changes nothing', () => {
    const once = injectHead('<html><head><title>T</title></head><body></body></html>', c);
    expect(injectHead(once, c)).toBe(once);
    expect(once.split(TAG)).toHaveLength(2);
  });

  it('moves a hand-written copy of the same tag to the front instead of doubling it', async () => {
    const html = `<html><head><title>T</title><script src="https://consent.example.se/b/AbCdEf_123-xyz.js" async></script></head><body></body></html>`;
    const out = injectHead(html, c);
    expect(await headChildren(out)).toEqual([ours, 'title']);
  });

  it('handles a document without <head>: the parser opens the head with our script', async () => {
    for (const html of [
      '<!DOCTYPE html><html><title>T</title><p>Hej</p></html>',
      '<!doctype html><title>T</title><p>Hej</p>',
      '<p>Bara ett fragment</p>',
    ]) {
      const out = injectHead(html, c);
      expect((await headChildren(out))[0], html).toBe(ours);
    }
  });

  it('does not mistake <header> for <head>', async () => {
    const out = injectHead('<!doctype html><html><body><header>Rubrik</header></body></html>', c);
    expect(out).not.toContain(`<header>${TAG}`);
    expect(await headChildren(out)).toEqual([ours]);
  });

  it('refuses settings that could smuggle markup into the page', () => {
    expect(() => injectHead('<head></head>', { ...c, adminUrl: 'javascript:alert(1)' })).toThrow(
      SmulaConfigError,
    );
    expect(() => injectHead('<head></head>', { ...c, siteKey: '"><script>x</script>' })).toThrow(
      /not a Smula site key/,
    );
    // Quotes in an otherwise valid URL's path are percent-encoded by URL parsing, never raw.
    const out = injectHead('<head></head>', { ...c, adminUrl: 'https://e.se/a"b<c' });
    expect(out).toContain('src="https://e.se/a%22b%3Cc/b/AbCdEf_123-xyz.js"');
  });
});
