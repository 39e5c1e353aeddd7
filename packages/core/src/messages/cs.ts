/** Czech default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const cs: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Používáme soubory cookie',
      description:
        'My a naši partneři (celkem {vendorCount}) používáme soubory cookie a podobné technologie pro tyto účely: {categories}. Nezbytné soubory cookie jsou vždy zapnuté. Ostatní používáme jen s vaším souhlasem.',
      withdrawal:
        'Souhlas můžete kdykoli změnit nebo odvolat v části „Nastavení cookies“, kterou najdete na každé stránce.',
      acceptAll: 'Přijmout vše',
      rejectAll: 'Odmítnout vše',
      customise: 'Přizpůsobit',
      save: 'Uložit mé volby',
      preferencesTitle: 'Přizpůsobte si své volby',
      preferencesDescription:
        'Zapněte kategorie, se kterými souhlasíte. Vše kromě nezbytného zůstane vypnuté, dokud to sami nezapnete.',
      alwaysOn: 'Vždy aktivní',
      cookiePolicyLink: 'Zásady používání cookies',
      privacyPolicyLink: 'Zásady ochrany osobních údajů',
      close: 'Zavřít',
      gpcNotice:
        'Váš prohlížeč odesílá signál Global Privacy Control. Proto jsme vypnuli marketing. Pokud chcete, můžete to níže změnit.',
      openSettings: 'Nastavení cookies',
      vendorsHeading: 'Poskytovatelé',
      itemsHeading: 'Soubory cookie a podobné technologie',
      placeholderText:
        'Tento obsah pochází od {vendor}. Chcete-li jej zobrazit zde, povolte {category}.',
      placeholderAllow: 'Povolit {category}',
      placeholderLink: 'Otevřít u {vendor}',
      reloadNotice:
        'Obsah, který jste dříve povolili, se již načetl. Chcete-li jej zastavit, načtěte stránku znovu.',
      reloadButton: 'Načíst stránku znovu',
    },
    policy: {
      title: 'Zásady používání cookies',
      intro:
        'Zde vysvětlujeme, jak web používá soubory cookie a podobné technologie. Uvidíte, které používáme, proč, jak dlouho se uchovávají a kdo údaje dostává. Níže si můžete prohlédnout a změnit svůj souhlas.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Co jsou soubory cookie?',
          body: 'Soubor cookie je malý textový soubor, který web uloží do vašeho prohlížeče. Díky němu web pozná váš prohlížeč při dalším zobrazení stránky nebo návštěvě.\n\nPodobné technologie fungují stejně. Příkladem je místní úložiště a úložiště relace prohlížeče, IndexedDB a pixely. V těchto zásadách jim všem říkáme soubory cookie.',
        },
        {
          id: 'session-persistent',
          heading: 'Relační a trvalé soubory cookie',
          body: 'Relační soubor cookie existuje jen po dobu, kdy je prohlížeč otevřený. Smaže se, když prohlížeč zavřete.\n\nTrvalý soubor cookie zůstává ve vašem zařízení po stanovenou dobu, nebo dokud ho nesmažete. Nejdelší dobu uložení každého souboru cookie uvádějí tabulky níže.',
        },
        {
          id: 'first-third-party',
          heading: 'Soubory cookie první a třetí strany',
          body: 'Soubor cookie první strany ukládá web, který navštěvujete. Soubor cookie třetí strany ukládá jiná společnost, například poskytovatel statistik nebo reklamy.\n\nSoubory cookie třetích stran mohou posílat údaje poskytovateli, někdy do zemí mimo EU/EHP. Tabulky ukazují, který poskytovatel stojí za každým souborem cookie a kam údaje putují.',
        },
        {
          id: 'change-consent',
          heading: 'Jak změnit nebo odvolat souhlas',
          body: 'Sami rozhodujete, které soubory cookie kromě nezbytných smíme používat. Souhlas můžete kdykoli změnit nebo odvolat.\n\nPoužijte tlačítko nebo odkaz „Nastavení cookies“, které najdete na každé stránce. Tato stránka ukazuje vaši aktuální volbu, ID souhlasu a datum volby. Pokud nás kontaktujete ohledně svého souhlasu, uveďte prosím ID souhlasu.',
        },
        {
          id: 'remove-cookies',
          heading: 'Jak smazat soubory cookie',
          body: 'Soubory cookie, které už máte v zařízení, můžete smazat a nové blokovat. Uděláte to v nastavení prohlížeče, obvykle v části soukromí, zabezpečení nebo data webů.\n\n- Chrome a Edge: nastavení soukromí a dat webů.\n- Firefox: nastavení soukromí a zabezpečení.\n- Safari: nastavení soukromí, kde spravujete data webových stránek.\n- Mobilní zařízení: vlastní nastavení prohlížeče, někdy v nastavení telefonu u aplikace.\n\nPokud zablokujete všechny soubory cookie, části webu mohou přestat fungovat. Pokud smažete naše soubory cookie, zapomeneme i vaši volbu a zeptáme se znovu.',
        },
        {
          id: 'contact',
          heading: 'Kontakt',
          body: 'Obraťte se na nás, pokud máte dotazy k souborům cookie nebo ke zpracování vašich osobních údajů.',
        },
      ],
      declarationHeading: 'Soubory cookie používané na tomto webu',
      vendorsHeading: 'Poskytovatelé',
      lastUpdated: 'Naposledy aktualizováno',
      version: 'Verze',
      itemCount: 'Počet souborů cookie a podobných technologií: {count}',
      colName: 'Název',
      colProvider: 'Poskytovatel',
      colPurpose: 'Účel',
      colDuration: 'Nejdelší doba uložení',
      colType: 'Typ',
      colCountry: 'Země příjemce a základ předání',
      firstParty: 'první strana',
      thirdParty: 'třetí strana',
      typeCookie: 'Soubor cookie HTTP',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pixel',
      durationSession: 'Relace',
      durationPersistent: 'Trvalý',
      durationUnknown: 'Neznámá',
      countryUnknown: 'Země příjemce neznámá',
      basisEea: 'EU/EHP',
      basisAdequacy: 'Rozhodnutí o odpovídající ochraně',
      basisDpf: 'Rámec EU–USA pro ochranu osobních údajů',
      basisScc: 'Standardní smluvní doložky',
      basisBcr: 'Závazná podniková pravidla (BCR)',
      basisNone: 'Bez základu pro předání',
      basisUnknown: 'Základ předání neznámý',
      vendorData: 'Soubory cookie a podobné technologie',
      vendorRetention: 'Jak dlouho poskytovatel údaje uchovává',
      vendorCountries: 'Země příjemců a základ předání',
      privacyPolicyLink: 'Zásady ochrany osobních údajů poskytovatele',
      optOutLink: 'Odmítnout u poskytovatele (opt-out)',
      consentStateHeading: 'Váš souhlas',
      changeConsent: 'Změnit souhlas',
      withdrawConsent: 'Odvolat souhlas',
      noConsent: 'Zatím jste nic nezvolili.',
      noItems: 'V této kategorii nepoužíváme žádné soubory cookie ani podobné technologie.',
    },
  },
  categories: {
    necessary: {
      name: 'Nezbytné',
      description:
        'Nezbytné soubory cookie zajišťují fungování webu, například zabezpečení, přihlášení a zapamatování vaší volby cookies. Nelze je vypnout.',
    },
    preferences: {
      name: 'Předvolby',
      description:
        'Soubory cookie předvoleb si pamatují volby jako jazyk nebo oblast. Web se vám tak příště přizpůsobí.',
    },
    statistics: {
      name: 'Statistika',
      description:
        'Statistické soubory cookie ukazují, jak návštěvníci web používají. Informace využíváme ke zlepšování obsahu a funkcí.',
    },
    marketing: {
      name: 'Marketing',
      description:
        'Marketingové soubory cookie slouží k zobrazování reklam, které jsou pro vás relevantní, a k měření jejich účinnosti. Mohou vás sledovat napříč weby.',
    },
    unclassified: {
      name: 'Nezařazené',
      description:
        'Nezařazené soubory cookie jsme zatím nezařadili. Zjišťujeme, co dělají a kdo za nimi stojí.',
    },
  },
};
