/**
 * The plugin's texts in the Payload admin, English and Swedish, merged into
 * `config.i18n.translations` under the `plugin-smula` namespace (as Payload's own plugins do),
 * so the admin shows them in the user's language. `{{name}}` is filled in by Payload's `t`.
 * A site can override any of them with its own `i18n.translations`.
 */
const en = {
  group: 'Smula',
  settingsLabel: 'Smula settings',
  settingsDescription:
    'The cookie banner and cookie policy come from Smula. Values left empty use the ones set in the code.',
  enabled: 'Show the cookie banner and the cookie declaration',
  adminUrl: 'Smula admin URL',
  siteKey: 'Site key',
  tenantSiteKeyDescription:
    "This site's key in Smula: its cookie banner and cookie declaration come from that site. Empty: no banner and no declaration on its pages.",
  siteKeyInvalid:
    'A site key is 8–64 letters, digits, "-" or "_". Copy it from the site\'s page in Smula.',
  policyPath: 'Cookie policy page path',
  fromCode: 'Empty: "{{value}}" from the site\'s code.',
  fromCodeNone: 'Empty: not set in the code either.',
  httpLocalhostNote:
    "Plain http is accepted here only because the site's code allows an admin on this machine (allowHttpLocalhost): for development. A public site needs https.",
  offTitle: "Smula is off: the plugin options in the site's code are invalid.",
  offFix:
    'Fix them in payload.config.ts (or the environment variables they come from) and restart the site. Until then there is no banner and no cookie declaration; the site and this admin keep working.',
  testConnection: 'Test connection',
  testing: 'Testing…',
  connected: 'Connected: version {{version}} is live.',
  connectedSite: 'Site in Smula: {{name}}',
  publishedAt: 'Published {{date}}',
  languages: 'Published languages: {{languages}} (default {{defaultLocale}})',
  domainMissing:
    "This CMS runs on {{host}}, which is not among the site's domains in Smula ({{domains}}). Add it there if the banner runs here, so its consent cookie and scans cover this host.",
  domainsNone: 'none',
  notConnected: 'Not connected: {{message}}',
  'problem-invalid_settings': '{{message}}',
  'problem-private_network':
    "{{adminUrl}} is on this machine or a private network, which the plugin does not connect to. An admin there needs the allowPrivateNetworks option in the site's code.",
  'problem-unreachable': 'Could not reach the Smula admin at {{adminUrl}}: {{reason}}.',
  'problem-redirect':
    "{{adminUrl}} answered with a redirect (HTTP {{status}}), which is not followed. Enter the admin's own address, the one it redirects to.",
  'problem-site_not_found':
    "The admin at {{adminUrl}} has no site with this key. Copy the key from the site's page in the admin.",
  'problem-not_published':
    'The site exists but has not published a declaration yet: publish it in the admin, then the banner appears.',
  'problem-not_smula': '{{adminUrl}} did not answer like a Smula admin (HTTP {{status}}).',
  'problem-not_config':
    "{{adminUrl}} answered, but not with a Smula config. Is this the admin's address?",
  'problem-cms_unreachable': 'The CMS did not answer. Check that it is running.',
  'problem-unauthorized': 'Sign in to test the connection.',
  'problem-forbidden': 'Only users who may change the Smula settings can test the connection.',
  blockSingular: 'Cookie declaration',
  blockPlural: 'Cookie declarations',
  heading: 'Heading',
  headingDescription: 'Optional heading shown above the declaration.',
  language: 'Language',
  languageDescription:
    "One of the languages the site publishes in Smula. Empty: the page's language.",
  languagePage: "The page's language",
  languagesUnavailable: "The site's languages could not be loaded from Smula: {{message}}",
  languageInvalid: 'A language tag such as "sv" or "en-GB".',
};

export type TSmulaTranslationKey = `plugin-smula:${keyof typeof en}`;

const sv: typeof en = {
  group: 'Smula',
  settingsLabel: 'Smula-inställningar',
  settingsDescription:
    'Kakbannern och kakpolicyn kommer från Smula. Tomma fält använder värdena från koden.',
  enabled: 'Visa kakbannern och kakdeklarationen',
  adminUrl: 'Adress till Smula-admin',
  siteKey: 'Webbplatsnyckel',
  tenantSiteKeyDescription:
    'Den här webbplatsens nyckel i Smula: kakbannern och kakdeklarationen kommer från den webbplatsen. Tomt: ingen banner och ingen deklaration på dess sidor.',
  siteKeyInvalid:
    'En webbplatsnyckel är 8–64 bokstäver, siffror, "-" eller "_". Kopiera den från webbplatsens sida i Smula.',
  policyPath: 'Sökväg till kakpolicysidan',
  fromCode: 'Tomt: "{{value}}" från webbplatsens kod.',
  fromCodeNone: 'Tomt: inte heller angivet i koden.',
  httpLocalhostNote:
    'Vanlig http godtas här bara för att webbplatsens kod tillåter en admin på den här datorn (allowHttpLocalhost): för utveckling. En publik webbplats behöver https.',
  offTitle: 'Smula är avstängt: insticksprogrammets inställningar i webbplatsens kod är ogiltiga.',
  offFix:
    'Rätta dem i payload.config.ts (eller miljövariablerna de kommer från) och starta om webbplatsen. Till dess finns ingen banner och ingen kakdeklaration; webbplatsen och den här adminen fungerar som vanligt.',
  testConnection: 'Testa anslutningen',
  testing: 'Testar…',
  connected: 'Ansluten: version {{version}} är publicerad.',
  connectedSite: 'Webbplats i Smula: {{name}}',
  publishedAt: 'Publicerad {{date}}',
  languages: 'Publicerade språk: {{languages}} (standard {{defaultLocale}})',
  domainMissing:
    'Det här CMS:et körs på {{host}}, som inte finns bland webbplatsens domäner i Smula ({{domains}}). Lägg till den där om bannern visas här, så att samtyckeskakan och skanningarna täcker den.',
  domainsNone: 'inga',
  notConnected: 'Inte ansluten: {{message}}',
  'problem-invalid_settings': 'Ogiltig inställning: {{message}}',
  'problem-private_network':
    '{{adminUrl}} ligger på den här datorn eller ett privat nät, som insticksprogrammet inte ansluter till. En admin där kräver inställningen allowPrivateNetworks i webbplatsens kod.',
  'problem-unreachable': 'Kunde inte nå Smula-adminen på {{adminUrl}}: {{reason}}.',
  'problem-redirect':
    '{{adminUrl}} svarade med en omdirigering (HTTP {{status}}), som inte följs. Ange adminens egen adress, den som omdirigeringen leder till.',
  'problem-site_not_found':
    'Adminen på {{adminUrl}} har ingen webbplats med den här nyckeln. Kopiera nyckeln från webbplatsens sida i adminen.',
  'problem-not_published':
    'Webbplatsen finns men har inte publicerat någon deklaration än: publicera i adminen, så visas bannern.',
  'problem-not_smula': '{{adminUrl}} svarade inte som en Smula-admin (HTTP {{status}}).',
  'problem-not_config':
    '{{adminUrl}} svarade, men inte med en Smula-konfiguration. Är det adminens adress?',
  'problem-cms_unreachable': 'CMS:et svarade inte. Kontrollera att det är igång.',
  'problem-unauthorized': 'Logga in för att testa anslutningen.',
  'problem-forbidden': 'Bara användare som får ändra Smula-inställningarna kan testa anslutningen.',
  blockSingular: 'Kakdeklaration',
  blockPlural: 'Kakdeklarationer',
  heading: 'Rubrik',
  headingDescription: 'Valfri rubrik ovanför deklarationen.',
  language: 'Språk',
  languageDescription: 'Ett av språken som webbplatsen publicerar i Smula. Tomt: sidans språk.',
  languagePage: 'Sidans språk',
  languagesUnavailable: 'Webbplatsens språk kunde inte hämtas från Smula: {{message}}',
  languageInvalid: 'En språkkod som "sv" eller "en-GB".',
};

export const smulaTranslations = { en: { 'plugin-smula': en }, sv: { 'plugin-smula': sv } };

/**
 * A label or description for the Payload config, in every language the plugin has: a plain
 * `{ en, sv }` record (Payload picks the admin user's language), since the client config must
 * be serializable (a global's description cannot be a function). `{{name}}` is filled from
 * `vars`.
 */
export function tr(
  key: keyof typeof en,
  vars: Record<string, string> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, texts] of Object.entries(smulaTranslations))
    out[lang] = texts['plugin-smula'][key].replace(/\{\{(\w+)\}\}/g, (m, name: string) =>
      Object.hasOwn(vars, name) ? (vars[name] as string) : m,
    );
  return out;
}
