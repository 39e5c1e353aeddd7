/**
 * The demo site's declaration: the facts of seed 003 (a Cookiebot declaration of a Swedish
 * agency's e-services: cookie names, hosts, types, durations, recipient countries, 22 items in
 * Necessary 4, Preferences 8, Statistics 3, Marketing 4, Unclassified 3), written up as a Smula
 * declaration in our own words and completed so that it passes the publish lint:
 *
 * - The seed's three unclassified items are filed by what they do, since publishing is blocked
 *   while anything is unclassified (issue 18): `_gcl_ls` is Google's conversion linker keeping
 *   the ad click that brought a visitor (marketing, as `_gcl_au`); `oep.selectedSorting` and
 *   `oep.selectedView` remember how a visitor sorts and views the e-service's lists
 *   (preferences). That makes 4/10/3/5 and an empty Unclassified category, kept because it is
 *   one of the standard five and where the next unknown find goes (visitors are not shown it
 *   while it is empty).
 *
 * - The seed's providers are hosts; here they are grouped into the three organisations behind
 *   them. The site's own hosts (`etjanster.almi.se`, `gtm.almi.se`, `almi.se`) are the vendor
 *   `almi`, recipient Sweden as the seed says. Google's cookies (`_ga`, `_ga_#`, `_gcl_au`, set
 *   first-party on almi.se, and `_gcl_ls` from googletagmanager.com) are the vendor `google`,
 *   recipient the United States as the seed says, DPF-certified (Google LLC is on the Data
 *   Privacy Framework list). The first-party `FPID`/`FPLC` pair stays with `almi`: the seed
 *   sends it to Sweden (the site's own tagging server).
 * - The seed gives Imbox's recipient as "Unknown". Imbox AB is a Swedish company running the
 *   chat from Sweden, so the demo records `SE` for the vendor `imbox`. This is a documented
 *   decision for the demo, not a fact from the seed.
 * - Purposes, descriptions and the necessity justifications of the four necessary items are
 *   ours. Privacy-policy links are given only where we know them (Google's).
 */
import {
  DEFAULT_APPEARANCE,
  DEFAULT_LIFETIMES,
  parseDuration,
  standardGcmSignals,
  type TCategory,
  type TDeclaration,
  type TStorageItem,
  type TVendor,
} from '@smula/core';

export const DEMO_SITE_NAME = 'Demo: e-tjänster';
export const DEMO_ORGANISATION_NAME = 'Smula demo';

const FIRST_FOUND = 'https://etjanster.almi.se/';

const categories: TCategory[] = [
  {
    key: 'necessary',
    required: true,
    order: 0,
    gcmSignals: standardGcmSignals('necessary'),
    legalBasis: 'strictly_necessary',
    name: { sv: 'Nödvändiga', en: 'Necessary' },
    description: {
      sv: 'Utan de här kakorna går det inte att logga in, fylla i formulär eller spara ditt samtyckesval. De kräver inte samtycke och kan inte stängas av.',
      en: 'Without these cookies you could not sign in, fill in forms or have your consent choice saved. They need no consent and cannot be switched off.',
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
      sv: 'Kommer ihåg val du gör, till exempel chattens läge, vad du har skrivit i den och hur du sorterar och visar listor, så att tjänsten fungerar som du lämnade den.',
      en: 'Remember choices you make, such as the state of the chat, what you typed into it and how you sort and view lists, so the service behaves as you left it.',
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
      sv: 'Hjälper oss att se hur e-tjänsterna används, så att vi kan förbättra dem. Uppgifterna används bara i sammanställd form.',
      en: 'Help us see how the e-services are used so that we can improve them. The data is only used in aggregated form.',
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
      sv: 'Används för att följa upp kampanjer och annonser och för att känna igen dig på andra webbplatser.',
      en: 'Used to follow up campaigns and ads and to recognise you on other websites.',
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
      sv: 'Kakor vi har hittat men ännu inte har utrett fullt ut. De sätts bara om du samtycker.',
      en: 'Cookies we have found but not yet fully looked into. They are only set if you consent.',
    },
  },
];

const vendors: TVendor[] = [
  {
    id: 'almi',
    name: 'Almi',
    legalName: 'Almi Företagspartner AB',
    countries: ['SE'],
    dpfCertified: false,
    transferMechanism: 'eea',
    legalBasis: 'consent',
    description: {
      sv: 'Almi driver e-tjänsterna och sätter de här kakorna på sina egna domäner. Uppgifterna lämnar inte Almi och lagras i Sverige.',
      en: 'Almi runs the e-services and sets these cookies on its own domains. The data stays with Almi and is stored in Sweden.',
    },
  },
  {
    id: 'imbox',
    name: 'Imbox',
    legalName: 'Imbox AB',
    // The seed says "Unknown"; Imbox AB is Swedish, so the demo records Sweden (see above).
    countries: ['SE'],
    dpfCertified: false,
    transferMechanism: 'eea',
    legalBasis: 'consent',
    description: {
      sv: 'Imbox levererar chatten och hjälpartiklarna i e-tjänsterna. Chattfönstret sparar sitt läge i din webbläsare, och meddelanden du skickar går till Imbox.',
      en: 'Imbox provides the chat and the help articles in the e-services. The chat window keeps its state in your browser, and messages you send go to Imbox.',
    },
  },
  {
    id: 'google',
    name: 'Google',
    legalName: 'Google LLC',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
    countries: ['US'],
    dpfCertified: true,
    legalBasis: 'consent',
    description: {
      sv: 'Google Analytics och Google Ads mäter hur webbplatsen används och hur annonser fungerar. Uppgifterna förs över till USA, där Google LLC är certifierat enligt EU–US Data Privacy Framework.',
      en: 'Google Analytics and Google Ads measure how the site is used and how ads perform. The data is transferred to the United States, where Google LLC is certified under the EU–US Data Privacy Framework.',
    },
  },
];

type TItemFacts = Pick<TStorageItem, 'name' | 'host' | 'type' | 'category' | 'vendor'> & {
  duration: string;
  matchKind?: TStorageItem['matchKind'];
  party: TStorageItem['party'];
  purpose: { sv: string; en: string };
  necessityJustification?: string;
};

const facts: TItemFacts[] = [
  // Necessary (4)
  {
    name: 'CookieConsent',
    host: 'etjanster.almi.se',
    type: 'cookie',
    duration: '1 year',
    category: 'necessary',
    vendor: 'almi',
    party: 'first',
    purpose: {
      sv: 'Sparar vilka cookiekategorier du har godkänt i e-tjänsterna, så att frågan inte ställs på varje sida.',
      en: 'Remembers which cookie categories you accepted in the e-services, so you are not asked on every page.',
    },
    necessityJustification:
      'Holds the visitor’s consent decision itself; without it the site could neither respect a refusal nor stop asking again.',
  },
  {
    name: 'CookieConsent',
    host: 'gtm.almi.se',
    type: 'cookie',
    duration: '1 year',
    category: 'necessary',
    vendor: 'almi',
    party: 'first',
    purpose: {
      sv: 'Samma samtyckesval, sparat för domänen som kör webbplatsens taggar, så att taggarna följer ditt beslut.',
      en: 'The same consent choice, kept for the domain that runs the site’s tags, so the tags follow your decision.',
    },
    necessityJustification:
      'The tag domain must read the consent decision to keep tags the visitor refused from running.',
  },
  {
    name: 'imbox-consent',
    host: 'files.imbox.io',
    type: 'local_storage',
    duration: 'Session',
    category: 'necessary',
    vendor: 'imbox',
    party: 'third',
    purpose: {
      sv: 'Håller reda på om du har svarat på chattens fråga om samtycke under besöket.',
      en: 'Keeps track of whether you have answered the chat’s consent question during this visit.',
    },
    necessityJustification:
      'Stores only the answer to the chat’s consent question so that a refusal is honoured; it is gone when the session ends.',
  },
  {
    name: 'JSESSIONID',
    host: 'etjanster.almi.se',
    type: 'cookie',
    duration: 'Session',
    category: 'necessary',
    vendor: 'almi',
    party: 'first',
    purpose: {
      sv: 'Knyter ihop dina sidvisningar till en session på servern, så att inloggning och formulär i e-tjänsten fungerar.',
      en: 'Ties your page views to one session on the server, so that signing in and forms in the e-service work.',
    },
    necessityJustification:
      'The e-service’s session identifier: it keeps a signed-in user signed in and a half-filled form intact between requests, and is deleted when the browser closes.',
  },
  // Preferences (8)
  {
    name: 'imbox',
    host: 'etjanster.almi.se',
    type: 'cookie',
    duration: '30 days',
    category: 'preferences',
    vendor: 'imbox',
    party: 'first',
    purpose: {
      sv: 'Känner igen dig som samma besökare i chatten mellan besök, så att tidigare samtal kan visas.',
      en: 'Recognises you as the same chat visitor between visits, so earlier conversations can be shown.',
    },
  },
  {
    name: 'imbox-formValues',
    host: 'files.imbox.io',
    type: 'local_storage',
    duration: 'Session',
    category: 'preferences',
    vendor: 'imbox',
    party: 'third',
    purpose: {
      sv: 'Sparar det du har skrivit i chattens formulär medan fliken är öppen.',
      en: 'Keeps what you typed into the chat’s form while the tab is open.',
    },
  },
  {
    name: 'imbox-navigation',
    host: 'files.imbox.io',
    type: 'local_storage',
    duration: 'Session',
    category: 'preferences',
    vendor: 'imbox',
    party: 'third',
    purpose: {
      sv: 'Kommer ihåg vilken vy i chattfönstret du befinner dig i.',
      en: 'Remembers which view of the chat window you are in.',
    },
  },
  {
    name: 'imbox-notification',
    host: 'files.imbox.io',
    type: 'local_storage',
    duration: 'Session',
    category: 'preferences',
    vendor: 'imbox',
    party: 'third',
    purpose: {
      sv: 'Håller reda på vilka aviseringar från chatten du redan har sett.',
      en: 'Keeps track of which chat notifications you have already seen.',
    },
  },
  {
    name: 'imbox-pendingMessages',
    host: 'files.imbox.io',
    type: 'local_storage',
    duration: 'Session',
    category: 'preferences',
    vendor: 'imbox',
    party: 'third',
    purpose: {
      sv: 'Förvarar chattmeddelanden som ännu inte har skickats, så att de inte går förlorade.',
      en: 'Holds chat messages that have not been sent yet, so they are not lost.',
    },
  },
  {
    name: 'imbox-search',
    host: 'files.imbox.io',
    type: 'local_storage',
    duration: 'Session',
    category: 'preferences',
    vendor: 'imbox',
    party: 'third',
    purpose: {
      sv: 'Sparar dina sökningar bland chattens hjälpartiklar under besöket, sökorden inräknade.',
      en: 'Keeps your searches among the chat’s help articles during the visit, search words included.',
    },
  },
  {
    name: 'imboxuid',
    host: 'triggers-v3.imbox.io',
    type: 'cookie',
    duration: '1 day',
    category: 'preferences',
    vendor: 'imbox',
    party: 'third',
    purpose: {
      sv: 'Ett besöks-id som chatten använder för att visa rätt meddelande vid rätt tillfälle.',
      en: 'A visitor id the chat uses to show the right message at the right moment.',
    },
  },
  {
    name: 'imbox-widget',
    host: 'files.imbox.io',
    type: 'local_storage',
    duration: 'Session',
    category: 'preferences',
    vendor: 'imbox',
    party: 'third',
    purpose: {
      sv: 'Kommer ihåg om chattfönstret är öppet eller stängt.',
      en: 'Remembers whether the chat window is open or closed.',
    },
  },
  // Statistics (3)
  {
    name: 'FPID',
    host: 'almi.se',
    type: 'cookie',
    duration: '400 days',
    category: 'statistics',
    vendor: 'almi',
    party: 'first',
    purpose: {
      sv: 'Ett förstaparts-id som låter oss räkna besök och återkommande besökare i vår egen statistik.',
      en: 'A first-party id that lets us count visits and returning visitors in our own statistics.',
    },
  },
  {
    name: 'FPLC',
    host: 'almi.se',
    type: 'cookie',
    duration: '1 day',
    category: 'statistics',
    vendor: 'almi',
    party: 'first',
    purpose: {
      sv: 'En kortlivad kopia av besöks-id:t som kopplar ihop besök mellan våra egna domäner i statistiken.',
      en: 'A short-lived copy of the visitor id that links visits across our own domains in the statistics.',
    },
  },
  {
    name: 'imbox-feedbackVotes',
    host: 'files.imbox.io',
    type: 'local_storage',
    duration: 'Session',
    category: 'statistics',
    vendor: 'imbox',
    party: 'third',
    purpose: {
      sv: 'Sparar dina röster på chattens hjälpartiklar så att de kan räknas utan att du loggar in.',
      en: 'Stores your votes on the chat’s help articles so they can be counted without you signing in.',
    },
  },
  // Marketing (4)
  {
    name: '_ga',
    host: 'almi.se',
    type: 'cookie',
    duration: '2 years',
    category: 'marketing',
    vendor: 'google',
    party: 'first',
    purpose: {
      sv: 'Google Analytics-id som skiljer besökare åt och följer besök över enheter och kampanjer.',
      en: 'Google Analytics id that tells visitors apart and follows visits across devices and campaigns.',
    },
  },
  {
    name: '_ga_#',
    matchKind: 'pattern',
    host: 'almi.se',
    type: 'cookie',
    duration: '2 years',
    category: 'marketing',
    vendor: 'google',
    party: 'first',
    purpose: {
      sv: 'Sparar sessionens läge för en viss Google Analytics-egendom; # står för egendomens nummer.',
      en: 'Keeps the session state for one Google Analytics property; # stands for the property’s number.',
    },
  },
  {
    name: '_gcl_au',
    host: 'almi.se',
    type: 'cookie',
    duration: '3 months',
    category: 'marketing',
    vendor: 'google',
    party: 'first',
    purpose: {
      sv: 'Google Ads använder den för att koppla annonsklick till besök och mäta hur annonserna fungerar.',
      en: 'Google Ads uses it to link ad clicks to visits and measure how the ads perform.',
    },
  },
  {
    name: 'imbox-referrer',
    host: 'files.imbox.io',
    type: 'local_storage',
    duration: 'Session',
    category: 'marketing',
    vendor: 'imbox',
    party: 'third',
    purpose: {
      sv: 'Noterar varifrån du kom till webbplatsen, så att en partner som hänvisade dig kan få ersättning.',
      en: 'Notes where you arrived from, so that a partner who referred you can be credited.',
    },
  },
  // Unclassified in the seed (3), filed here by their purpose (see above). Kept last so the
  // items' ids (`demo-20` to `demo-22`) stay what they were.
  {
    name: '_gcl_ls',
    host: 'googletagmanager.com',
    type: 'local_storage',
    duration: 'Persistent',
    category: 'marketing',
    vendor: 'google',
    party: 'third',
    purpose: {
      sv: 'Googles konverteringslänk sparar uppgifter om annonsklicket som förde dig hit, så att en senare ansökan eller anmälan kan räknas till annonsen.',
      en: 'Google’s conversion linker keeps the details of the ad click that brought you here, so that a later application or sign-up can be credited to the ad.',
    },
  },
  {
    name: 'oep.selectedSorting',
    host: 'etjanster.almi.se',
    type: 'cookie',
    duration: 'Session',
    category: 'preferences',
    vendor: 'almi',
    party: 'first',
    purpose: {
      sv: 'Kommer ihåg hur du har valt att sortera e-tjänstens listor.',
      en: 'Remembers how you chose to sort the e-service’s lists.',
    },
  },
  {
    name: 'oep.selectedView',
    host: 'etjanster.almi.se',
    type: 'cookie',
    duration: 'Session',
    category: 'preferences',
    vendor: 'almi',
    party: 'first',
    purpose: {
      sv: 'Kommer ihåg vilken vy du valde i e-tjänsten, till exempel lista eller rutnät.',
      en: 'Remembers which view you chose in the e-service, such as list or grid.',
    },
  },
];

const items: TStorageItem[] = facts.map((f, i) => {
  const item: TStorageItem = {
    id: `demo-${String(i + 1).padStart(2, '0')}`,
    name: f.name,
    matchKind: f.matchKind ?? 'exact',
    type: f.type,
    party: f.party,
    duration: parseDuration(f.duration),
    purpose: f.purpose,
    category: f.category,
    firstFoundUrl: FIRST_FOUND,
  };
  if (f.host) item.host = f.host;
  if (f.vendor) item.vendor = f.vendor;
  if (f.necessityJustification) item.necessityJustification = f.necessityJustification;
  return item;
});

/** The demo declaration (a fresh copy on every call, so callers may change it). */
export function demoDeclaration(): TDeclaration {
  return structuredClone({
    site: {
      name: DEMO_SITE_NAME,
      // The real site's domain, and this machine's: the demo is for trying Smula on a test page
      // served locally, whose consent records are accepted only from declared domains.
      domains: ['etjanster.almi.se', 'localhost', '127.0.0.1'],
      locales: ['sv', 'en'],
      defaultLocale: 'sv',
      consentLifetimes: { ...DEFAULT_LIFETIMES },
      contact: { name: 'Almi Företagspartner AB' },
      googleConsentMode: { enabled: true, mode: 'basic' },
    },
    categories,
    vendors,
    items,
    texts: {},
    appearance: DEFAULT_APPEARANCE,
  } satisfies TDeclaration);
}
