/**
 * The texts and categories every declaration starts from: Swedish and English here, the other
 * EU languages, Norwegian (bokmål) and Icelandic from their message files in `messages/`. Publishing
 * merges an editor's overrides over these, so every locale a site offers is complete (compliance.md B-11).
 *
 * Placeholders, filled in where the text is shown:
 * - `{categories}` in `banner.description`: the names of the non-necessary categories (B-07).
 * - `{vendorCount}` in `banner.description`: the number of third-party vendors (B-07).
 * - `{count}` in `policy.itemCount`: the number of storage items in a category.
 * - `{vendor}` and `{category}` in `banner.placeholder*`: the blocked embed's vendor and the
 *   category names it needs (the automatic-blocking placeholder).
 *
 * Every sentence is kept to at most 25 words for readability (B-11).
 *
 * @packageDocumentation
 */
import { baseLocale } from './locale.js';
import { MESSAGES } from './messages/index.js';
import {
  STANDARD_CATEGORIES,
  standardGcmSignals,
  type TCategory,
  type TLocaleTexts,
  type TStandardCategory,
} from './model.js';

const sv: TLocaleTexts = {
  banner: {
    title: 'Vi använder cookies',
    /** `{vendorCount}`: number of third parties; `{categories}`: non-necessary category names. */
    description:
      'Vi och {vendorCount} samarbetspartner använder cookies och liknande tekniker för {categories}. Nödvändiga cookies är alltid på. Övriga används bara om du samtycker.',
    withdrawal:
      'Du kan när som helst ändra eller återkalla ditt samtycke via Cookieinställningar, som finns på varje sida.',
    acceptAll: 'Acceptera alla',
    rejectAll: 'Avvisa alla',
    customise: 'Anpassa',
    save: 'Spara mina val',
    preferencesTitle: 'Anpassa dina val',
    preferencesDescription:
      'Slå på de kategorier du godkänner. Allt utom det nödvändiga är avstängt tills du själv slår på det.',
    alwaysOn: 'Alltid aktiva',
    cookiePolicyLink: 'Cookiepolicy',
    privacyPolicyLink: 'Integritetspolicy',
    close: 'Stäng',
    gpcNotice:
      'Din webbläsare skickar signalen Global Privacy Control. Därför har vi stängt av marknadsföring. Du kan ändra det nedan om du vill.',
    openSettings: 'Cookieinställningar',
    vendorsHeading: 'Leverantörer',
    itemsHeading: 'Cookies och liknande tekniker',
    placeholderText:
      'Det här innehållet kommer från {vendor}. För att visa det här behöver du godkänna {category}.',
    placeholderAllow: 'Tillåt {category}',
    placeholderLink: 'Öppna hos {vendor}',
    reloadNotice:
      'Innehåll som du tidigare tillät har redan laddats. Ladda om sidan för att stoppa det.',
    reloadButton: 'Ladda om sidan',
  },
  policy: {
    title: 'Cookiepolicy',
    intro:
      'Här berättar vi hur webbplatsen använder cookies och liknande tekniker. Du ser vilka vi använder, varför, hur länge de sparas och vem som tar emot uppgifterna. Längre ned kan du se och ändra ditt samtycke.',
    sections: [
      {
        id: 'what-are-cookies',
        heading: 'Vad är cookies?',
        body: 'En cookie är en liten textfil som webbplatsen sparar i din webbläsare. Den gör att webbplatsen kan känna igen din webbläsare vid nästa sidvisning eller besök.\n\nLiknande tekniker fungerar på samma sätt. Exempel är lokal lagring och sessionslagring i webbläsaren, IndexedDB och pixlar. I den här policyn kallar vi dem alla för cookies.',
      },
      {
        id: 'session-persistent',
        heading: 'Sessionscookies och beständiga cookies',
        body: 'En sessionscookie finns bara medan webbläsaren är öppen. Den raderas när du stänger webbläsaren.\n\nEn beständig cookie ligger kvar på din enhet under en bestämd tid, eller tills du tar bort den. Den längsta lagringstiden för varje cookie står i tabellerna nedan.',
      },
      {
        id: 'first-third-party',
        heading: 'Förstapartscookies och tredjepartscookies',
        body: 'En förstapartscookie sätts av webbplatsen du besöker. En tredjepartscookie sätts av ett annat företag, till exempel en leverantör av statistik eller annonser.\n\nTredjepartscookies kan skicka uppgifter till leverantören, ibland till länder utanför EU/EES. I tabellerna ser du vilken leverantör som står bakom varje cookie och vart uppgifterna går.',
      },
      {
        id: 'change-consent',
        heading: 'Så ändrar eller återkallar du ditt samtycke',
        body: 'Du bestämmer själv vilka cookies vi får använda, utöver de nödvändiga. Du kan ändra eller återkalla ditt samtycke när som helst.\n\nAnvänd knappen eller länken Cookieinställningar, som finns på varje sida. Ditt nuvarande val, ditt samtyckes-id och datumet för valet visas på den här sidan. Ange samtyckes-id:t om du kontaktar oss om ditt samtycke.',
      },
      {
        id: 'remove-cookies',
        heading: 'Så tar du bort cookies',
        body: 'Du kan radera cookies som redan finns på din enhet och blockera nya. Det gör du i webbläsarens inställningar, oftast under sekretess, integritet eller webbplatsdata.\n\n- Chrome och Edge: inställningarna för sekretess och webbplatsdata.\n- Firefox: inställningarna för sekretess och säkerhet.\n- Safari: inställningarna för integritet, där du hanterar webbplatsdata.\n- Mobil: webbläsarens egna inställningar, ibland under telefonens inställningar för appen.\n\nOm du blockerar alla cookies kan delar av webbplatsen sluta fungera. Raderar du våra cookies glömmer vi också ditt val, och då frågar vi igen.',
      },
      {
        id: 'contact',
        heading: 'Kontakt',
        body: 'Hör av dig till oss om du har frågor om cookies eller om hur vi behandlar dina personuppgifter.',
      },
    ],
    declarationHeading: 'Cookies som webbplatsen använder',
    vendorsHeading: 'Leverantörer',
    lastUpdated: 'Senast uppdaterad',
    version: 'Version',
    /** `{count}`: number of cookies and similar items in the category. */
    itemCount: 'Antal cookies och liknande tekniker: {count}',
    colName: 'Namn',
    colProvider: 'Leverantör',
    colPurpose: 'Ändamål',
    colDuration: 'Maximal lagringstid',
    colType: 'Typ',
    colCountry: 'Mottagarland och överföringsgrund',
    firstParty: 'första part',
    thirdParty: 'tredje part',
    typeCookie: 'HTTP-cookie',
    typeLocalStorage: 'Local Storage',
    typeSessionStorage: 'Session Storage',
    typeIndexedDb: 'IndexedDB',
    typePixel: 'Pixel',
    durationSession: 'Session',
    durationPersistent: 'Beständig',
    durationUnknown: 'Okänd',
    countryUnknown: 'Okänt mottagarland',
    basisEea: 'EU/EES',
    basisAdequacy: 'Beslut om adekvat skyddsnivå',
    basisDpf: 'EU–US Data Privacy Framework',
    basisScc: 'Standardavtalsklausuler',
    basisBcr: 'Bindande företagsbestämmelser (BCR)',
    basisNone: 'Ingen överföringsgrund',
    basisUnknown: 'Okänd överföringsgrund',
    vendorData: 'Cookies och liknande tekniker',
    vendorRetention: 'Så länge sparar leverantören uppgifterna',
    vendorCountries: 'Mottagarländer och överföringsgrund',
    privacyPolicyLink: 'Leverantörens integritetspolicy',
    optOutLink: 'Avböj hos leverantören (opt-out)',
    consentStateHeading: 'Ditt samtycke',
    changeConsent: 'Ändra samtycke',
    withdrawConsent: 'Återkalla samtycke',
    noConsent: 'Du har inte gjort något val ännu.',
    noItems: 'Vi använder inga cookies eller liknande tekniker i den här kategorin.',
  },
};

const en: TLocaleTexts = {
  banner: {
    title: 'We use cookies',
    /** `{vendorCount}`: number of third parties; `{categories}`: non-necessary category names. */
    description:
      'We and our partners ({vendorCount} in all) use cookies and similar technologies for {categories}. Necessary cookies are always on. Others are only used if you agree.',
    withdrawal:
      'You can change or withdraw your consent at any time via Cookie settings, which you will find on every page.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customise: 'Customise',
    save: 'Save my choices',
    preferencesTitle: 'Customise your choices',
    preferencesDescription:
      'Turn on the categories you agree to. Everything except the necessary ones stays off until you turn it on yourself.',
    alwaysOn: 'Always active',
    cookiePolicyLink: 'Cookie policy',
    privacyPolicyLink: 'Privacy policy',
    close: 'Close',
    gpcNotice:
      'Your browser sends a Global Privacy Control signal. We have therefore turned off marketing. You can change this below if you wish.',
    openSettings: 'Cookie settings',
    vendorsHeading: 'Providers',
    itemsHeading: 'Cookies and similar technologies',
    placeholderText: 'This content comes from {vendor}. To show it here, allow {category}.',
    placeholderAllow: 'Allow {category}',
    placeholderLink: 'Open it at {vendor}',
    reloadNotice: 'Content you allowed earlier has already loaded. Reload the page to stop it.',
    reloadButton: 'Reload page',
  },
  policy: {
    title: 'Cookie policy',
    intro:
      'This page explains how the website uses cookies and similar technologies. You can see which ones we use, why, how long they are kept and who receives the data. Further down you can see and change your consent.',
    sections: [
      {
        id: 'what-are-cookies',
        heading: 'What are cookies?',
        body: 'A cookie is a small text file that a website stores in your browser. It lets the website recognise your browser on the next page view or visit.\n\nSimilar technologies work in the same way. Examples are local storage and session storage in the browser, IndexedDB and pixels. In this policy we call them all cookies.',
      },
      {
        id: 'session-persistent',
        heading: 'Session cookies and persistent cookies',
        body: 'A session cookie only exists while your browser is open. It is deleted when you close the browser.\n\nA persistent cookie stays on your device for a set time, or until you remove it. The tables below give the maximum storage duration of each cookie.',
      },
      {
        id: 'first-third-party',
        heading: 'First-party and third-party cookies',
        body: 'A first-party cookie is set by the website you are visiting. A third-party cookie is set by another company, such as a provider of statistics or advertising.\n\nThird-party cookies may send data to the provider, sometimes to countries outside the EU/EEA. The tables show which provider is behind each cookie and where the data goes.',
      },
      {
        id: 'change-consent',
        heading: 'How to change or withdraw your consent',
        body: 'You decide which cookies we may use, apart from the necessary ones. You can change or withdraw your consent at any time.\n\nUse the Cookie settings button or link, which you will find on every page. This page shows your current choice, your consent ID and the date of your choice. Please quote your consent ID if you contact us about your consent.',
      },
      {
        id: 'remove-cookies',
        heading: 'How to remove cookies',
        body: 'You can delete cookies already stored on your device and block new ones. You do this in your browser settings, usually under privacy, security or site data.\n\n- Chrome and Edge: the privacy and site data settings.\n- Firefox: the privacy and security settings.\n- Safari: the privacy settings, where you manage website data.\n- Mobile: the browser’s own settings, sometimes under the phone’s settings for the app.\n\nIf you block all cookies, parts of the website may stop working. If you delete our cookies, we also forget your choice and will ask you again.',
      },
      {
        id: 'contact',
        heading: 'Contact',
        body: 'Get in touch if you have questions about cookies or about how we process your personal data.',
      },
    ],
    declarationHeading: 'Cookies used on this website',
    vendorsHeading: 'Providers',
    lastUpdated: 'Last updated',
    version: 'Version',
    /** `{count}`: number of cookies and similar items in the category. */
    itemCount: 'Number of cookies and similar technologies: {count}',
    colName: 'Name',
    colProvider: 'Provider',
    colPurpose: 'Purpose',
    colDuration: 'Maximum storage duration',
    colType: 'Type',
    colCountry: 'Recipient country and transfer basis',
    firstParty: 'first party',
    thirdParty: 'third party',
    typeCookie: 'HTTP cookie',
    typeLocalStorage: 'HTML Local Storage',
    typeSessionStorage: 'HTML Session Storage',
    typeIndexedDb: 'IndexedDB',
    typePixel: 'Pixel',
    durationSession: 'Session',
    durationPersistent: 'Persistent',
    durationUnknown: 'Unknown',
    countryUnknown: 'Recipient country unknown',
    basisEea: 'EU/EEA',
    basisAdequacy: 'Adequacy decision',
    basisDpf: 'EU–US Data Privacy Framework',
    basisScc: 'Standard contractual clauses',
    basisBcr: 'Binding corporate rules (BCR)',
    basisNone: 'No transfer basis',
    basisUnknown: 'Transfer basis unknown',
    vendorData: 'Cookies and similar technologies',
    vendorRetention: 'How long the provider keeps the data',
    vendorCountries: 'Recipient countries and transfer basis',
    privacyPolicyLink: 'The provider’s privacy policy',
    optOutLink: 'Opt out with the provider',
    consentStateHeading: 'Your consent',
    changeConsent: 'Change consent',
    withdrawConsent: 'Withdraw consent',
    noConsent: 'You have not made a choice yet.',
    noItems: 'We use no cookies or similar technologies in this category.',
  },
};

/**
 * Complete default texts per language. Frozen in spirit: publishing copies them into a config,
 * so changing a string here changes new versions only, never a published one.
 */
export const DEFAULT_TEXTS: Readonly<Record<TDefaultLanguage, TLocaleTexts>> = {
  sv,
  en,
  ...(Object.fromEntries(Object.entries(MESSAGES).map(([l, m]) => [l, m.texts])) as Record<
    keyof typeof MESSAGES,
    TLocaleTexts
  >),
};

/** A language Smula has default texts in: the 24 official EU languages, `nb` and `is`. */
export type TDefaultLanguage = 'sv' | 'en' | keyof typeof MESSAGES;

/** The languages with default texts, Swedish and English first, then as `MESSAGES` lists them. */
export const DEFAULT_LANGUAGES: readonly TDefaultLanguage[] = Object.keys(
  DEFAULT_TEXTS,
) as TDefaultLanguage[];

/** Whether `language` (a base subtag such as `de`) has default texts. */
export function hasDefaultTexts(language: string): language is TDefaultLanguage {
  return Object.hasOwn(DEFAULT_TEXTS, language);
}

/**
 * The five standard categories in display order, named and described in Swedish and English.
 * Only `necessary` is required; `unclassified` holds what nobody has classified yet, so it
 * grants no Consent Mode signal. The other default languages' names stay in their message
 * files and are added per site locale by {@link withDefaultCategoryTexts}, so that a site's
 * categories (and its published config) carry only the languages it offers.
 */
export const DEFAULT_CATEGORIES: readonly TCategory[] = [
  {
    key: 'necessary',
    required: true,
    order: 0,
    gcmSignals: standardGcmSignals('necessary'),
    legalBasis: 'strictly_necessary',
    name: { sv: 'Nödvändiga', en: 'Necessary' },
    description: {
      sv: 'Nödvändiga cookies får webbplatsen att fungera, till exempel säkerhet, inloggning och att ditt cookieval sparas. De kan inte stängas av.',
      en: 'Necessary cookies make the website work, for example security, signing in and remembering your cookie choice. They cannot be switched off.',
    },
  },
  {
    key: 'preferences',
    required: false,
    order: 1,
    gcmSignals: standardGcmSignals('preferences'),
    legalBasis: 'consent',
    name: { sv: 'Inställningar', en: 'Preferences' },
    description: {
      sv: 'Inställningscookies kommer ihåg val som språk eller region. Då anpassas webbplatsen efter dig nästa gång.',
      en: 'Preference cookies remember choices such as language or region. The website then adapts to you next time.',
    },
  },
  {
    key: 'statistics',
    required: false,
    order: 2,
    gcmSignals: standardGcmSignals('statistics'),
    legalBasis: 'consent',
    name: { sv: 'Statistik', en: 'Statistics' },
    description: {
      sv: 'Statistikcookies visar hur besökare använder webbplatsen. Vi använder uppgifterna för att förbättra innehåll och funktioner.',
      en: 'Statistics cookies show how visitors use the website. We use the information to improve content and features.',
    },
  },
  {
    key: 'marketing',
    required: false,
    order: 3,
    gcmSignals: standardGcmSignals('marketing'),
    legalBasis: 'consent',
    name: { sv: 'Marknadsföring', en: 'Marketing' },
    description: {
      sv: 'Marknadsföringscookies används för att visa annonser som är relevanta för dig och för att mäta hur annonserna fungerar. De kan följa dig mellan webbplatser.',
      en: 'Marketing cookies are used to show ads that are relevant to you and to measure how the ads perform. They can follow you across websites.',
    },
  },
  {
    key: 'unclassified',
    required: false,
    order: 4,
    gcmSignals: standardGcmSignals('unclassified'),
    legalBasis: 'consent',
    name: { sv: 'Oklassificerade', en: 'Unclassified' },
    description: {
      sv: 'Oklassificerade cookies har vi ännu inte hunnit klassificera. Vi utreder vad de gör och vem som står bakom dem.',
      en: 'Unclassified cookies are ones we have not yet classified. We are finding out what they do and who is behind them.',
    },
  },
];

/**
 * The default texts for a locale by its base language (`sv-FI` → Swedish), or `undefined` when
 * Smula has no defaults in that language; the caller decides what to fall back to.
 *
 * @example defaultTextsFor('en-GB')?.banner.acceptAll // 'Accept all'
 */
export function defaultTextsFor(locale: string): TLocaleTexts | undefined {
  const base = baseLocale(locale);
  return hasDefaultTexts(base) ? DEFAULT_TEXTS[base] : undefined;
}

const isStandard = (key: string): key is TStandardCategory =>
  (STANDARD_CATEGORIES as readonly string[]).includes(key);

/**
 * `category` with a standard category's default name and description filled in for each of
 * `locales` that has default texts and lacks its own, so that a site adding German gets
 * "Notwendig" rather than its Swedish name. What an editor wrote is kept; a custom category,
 * or a language without defaults, is left as it is. Returns `category` itself when nothing
 * was missing.
 *
 * @example withDefaultCategoryTexts(siteNecessary, ['sv', 'de']).name.de // 'Notwendig'
 */
export function withDefaultCategoryTexts<T extends Pick<TCategory, 'key' | 'name' | 'description'>>(
  category: T,
  locales: readonly string[],
): T {
  if (!isStandard(category.key)) return category;
  const svEn = DEFAULT_CATEGORIES.find((c) => c.key === category.key)!;
  const words = (l: TDefaultLanguage, field: 'name' | 'description') =>
    l === 'sv' || l === 'en'
      ? svEn[field][l]!
      : MESSAGES[l].categories[category.key as TStandardCategory][field];
  let name = category.name;
  let description = category.description;
  for (const l of locales.map(baseLocale)) {
    if (!hasDefaultTexts(l)) continue;
    if (!name[l]?.trim()) name = { ...name, [l]: words(l, 'name') };
    if (!description[l]?.trim()) description = { ...description, [l]: words(l, 'description') };
  }
  return name === category.name && description === category.description
    ? category
    : { ...category, name, description };
}
