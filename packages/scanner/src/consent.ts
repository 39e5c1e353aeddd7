import type { TScanConsent } from '@smula/core/scan';
import type { Frame, Locator, Page } from 'playwright-core';

export type TChoice = 'accept' | 'reject';

/**
 * First-layer buttons of common CMPs, from each one's published banner markup. Playwright's CSS
 * engine looks into open shadow roots (Usercentrics renders in one). Where a CMP has no reject
 * button on its first layer (some Cookiebot and OneTrust setups), the name-based fallback below
 * gets a chance, and failing that the scan records `none` for that state.
 */
export const CMP_SELECTORS: readonly { id: string; accept: string; reject: string }[] = [
  {
    id: 'cookiebot',
    accept:
      '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll, #CybotCookiebotDialogBodyButtonAccept',
    reject: '#CybotCookiebotDialogBodyButtonDecline',
  },
  {
    id: 'onetrust',
    accept: '#onetrust-accept-btn-handler',
    reject: '#onetrust-reject-all-handler',
  },
  {
    id: 'cookieyes',
    accept: '[data-cky-tag="accept-button"], .cky-btn-accept',
    reject: '[data-cky-tag="reject-button"], .cky-btn-reject',
  },
  {
    id: 'complianz',
    accept: '.cmplz-cookiebanner .cmplz-btn.cmplz-accept',
    reject: '.cmplz-cookiebanner .cmplz-btn.cmplz-deny',
  },
  {
    id: 'didomi',
    accept: '#didomi-notice-agree-button',
    reject: '#didomi-notice-disagree-button, .didomi-continue-without-agreeing',
  },
  {
    id: 'usercentrics',
    accept: '[data-testid="uc-accept-all-button"], #usercentrics-cmp-ui #accept',
    reject: '[data-testid="uc-deny-all-button"], #usercentrics-cmp-ui #deny',
  },
  {
    id: 'klaro',
    accept: '.klaro .cookie-notice .cm-btn-success, .klaro .cm-btn-accept-all',
    reject: '.klaro .cookie-notice .cn-decline, .klaro .cm-btn-decline',
  },
  {
    id: 'vanilla-cookieconsent',
    accept: '#cc-main .cm__btn[data-role="all"]',
    reject: '#cc-main .cm__btn[data-role="necessary"]',
  },
];

// Whole accessible names only: "Acceptera endast nödvändiga" must not read as accept, and a
// form's "Accept terms" is not a consent banner.
const PHRASES: Record<TChoice, string[]> = {
  accept: [
    'accept',
    'accept all',
    'accept all cookies',
    'accept cookies',
    'allow all',
    'allow all cookies',
    'allow cookies',
    'i accept',
    'i agree',
    'agree',
    'agree and continue',
    'acceptera',
    'acceptera alla',
    'acceptera alla cookies',
    'acceptera alla kakor',
    'acceptera cookies',
    'godkänn',
    'godkänn alla',
    'godkänn alla cookies',
    'godkänn cookies',
    'tillåt alla',
    'tillåt alla cookies',
    'jag godkänner',
    'jag accepterar',
  ],
  reject: [
    'reject',
    'reject all',
    'reject all cookies',
    'decline',
    'decline all',
    'deny',
    'deny all',
    'refuse all',
    'only necessary',
    'only necessary cookies',
    'necessary only',
    'necessary cookies only',
    'use necessary cookies only',
    'continue without accepting',
    'avvisa',
    'avvisa alla',
    'avböj',
    'avböj alla',
    'neka',
    'neka alla',
    'endast nödvändiga',
    'endast nödvändiga cookies',
    'bara nödvändiga',
    'tillåt endast nödvändiga',
    'acceptera endast nödvändiga',
    'acceptera nödvändiga',
    'fortsätt utan att acceptera',
  ],
};
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The accessible names the fallback presses, per choice (Swedish and English). */
export const BUTTON_NAMES: Record<TChoice, RegExp> = {
  accept: new RegExp(`^\\s*(?:${PHRASES.accept.map(literal).join('|')})\\s*[.!]?\\s*$`, 'i'),
  reject: new RegExp(`^\\s*(?:${PHRASES.reject.map(literal).join('|')})\\s*[.!]?\\s*$`, 'i'),
};

async function visible(locator: Locator): Promise<Locator | undefined> {
  const first = locator.first();
  return (await first.isVisible().catch(() => false)) ? first : undefined;
}

/** Whether the page runs Smula's banner (its public API is there). */
export function hasSmula(page: Page): Promise<boolean> {
  return page
    .evaluate(() => {
      const s = (window as { Smula?: { acceptAll?: unknown } }).Smula;
      return typeof s?.acceptAll === 'function';
    })
    .catch(() => false);
}

/**
 * Gives Accept all or Reject all on the loaded page: through `window.Smula` when the page runs
 * Smula, else a known CMP's first-layer button, else a button named for the choice, in the page
 * or any of its frames. Reports which way worked, or `none`.
 */
export async function giveConsent(
  page: Page,
  choice: TChoice,
  timeoutMs: number,
): Promise<TScanConsent> {
  if (await hasSmula(page)) {
    await page.evaluate((c) => {
      const s = (window as { Smula?: { acceptAll(): void; rejectAll(): void } }).Smula!;
      if (c === 'accept') s.acceptAll();
      else s.rejectAll();
    }, choice);
    return { method: 'smula' };
  }
  const frames: Frame[] = page.frames();
  for (const cmp of CMP_SELECTORS)
    for (const frame of frames) {
      const button = await visible(frame.locator(cmp[choice]));
      if (button) {
        await button.click({ timeout: timeoutMs });
        return { method: 'cmp', cmp: cmp.id };
      }
    }
  for (const frame of frames) {
    const button = await visible(frame.getByRole('button', { name: BUTTON_NAMES[choice] }));
    if (button) {
      const label = ((await button.textContent().catch(() => '')) ?? '').trim();
      await button.click({ timeout: timeoutMs });
      return { method: 'button', label };
    }
  }
  return { method: 'none' };
}
