import { DEFAULT_CATEGORIES } from './default-texts.js';
import type { TAppearance, TConsentLifetimes, TDeclaration, TSiteSettings } from './model.js';

/** Accept 12 months, reject 6: the longest common practice, and CNIL's advice for refusals. */
export const DEFAULT_LIFETIMES: TConsentLifetimes = { acceptMonths: 12, rejectMonths: 6 };

/** Neutral colours with every text pair above 4.5:1 contrast. */
export const DEFAULT_APPEARANCE: TAppearance = {
  layout: 'box',
  position: 'bottom-left',
  colors: {
    background: '#ffffff',
    text: '#1f2328',
    buttonBackground: '#1f4fd1',
    buttonText: '#ffffff',
    link: '#1f4fd1',
    focus: '#b35900',
  },
  radius: 8,
  floatingButton: { enabled: true, position: 'left' },
};

/**
 * A new, empty declaration for a site: the five standard categories, default lifetimes and
 * looks, Google Consent Mode on in basic mode (Google tags blocked until consent).
 */
export function createDeclaration(
  site: Pick<TSiteSettings, 'name'> & Partial<TSiteSettings>,
): TDeclaration {
  const locales = site.locales ?? ['sv', 'en'];
  return {
    site: {
      domains: [],
      defaultLocale: locales[0] ?? 'sv',
      consentLifetimes: { ...DEFAULT_LIFETIMES },
      contact: {},
      googleConsentMode: { enabled: true, mode: 'basic' },
      ...site,
      locales,
    },
    categories: DEFAULT_CATEGORIES.map((c) => ({ ...c, gcmSignals: [...c.gcmSignals] })),
    vendors: [],
    items: [],
    texts: {},
    appearance: structuredClone(DEFAULT_APPEARANCE),
  };
}
