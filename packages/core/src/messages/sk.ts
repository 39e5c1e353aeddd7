/** Slovak default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const sk: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Používame súbory cookie',
      description:
        'My a naši partneri (spolu {vendorCount}) používame súbory cookie a podobné technológie na tieto účely: {categories}. Nevyhnutné súbory cookie sú vždy zapnuté. Ostatné používame len s vaším súhlasom.',
      withdrawal:
        'Súhlas môžete kedykoľvek zmeniť alebo odvolať v časti „Nastavenia cookies“, ktorú nájdete na každej stránke.',
      acceptAll: 'Prijať všetky',
      rejectAll: 'Odmietnuť všetky',
      customise: 'Prispôsobiť',
      save: 'Uložiť moje voľby',
      preferencesTitle: 'Prispôsobte si svoje voľby',
      preferencesDescription:
        'Zapnite kategórie, s ktorými súhlasíte. Všetko okrem nevyhnutného zostane vypnuté, kým to sami nezapnete.',
      alwaysOn: 'Vždy aktívne',
      cookiePolicyLink: 'Zásady používania cookies',
      privacyPolicyLink: 'Zásady ochrany osobných údajov',
      close: 'Zavrieť',
      gpcNotice:
        'Váš prehliadač posiela signál Global Privacy Control. Preto sme vypli marketing. Ak chcete, môžete to nižšie zmeniť.',
      openSettings: 'Nastavenia cookies',
      vendorsHeading: 'Poskytovatelia',
      itemsHeading: 'Súbory cookie a podobné technológie',
      placeholderText:
        'Tento obsah pochádza od {vendor}. Ak ho chcete zobraziť tu, povoľte {category}.',
      placeholderAllow: 'Povoliť {category}',
      placeholderLink: 'Otvoriť u {vendor}',
      reloadNotice:
        'Obsah, ktorý ste predtým povolili, sa už načítal. Ak ho chcete zastaviť, znova načítajte stránku.',
      reloadButton: 'Znova načítať stránku',
    },
    policy: {
      title: 'Zásady používania cookies',
      intro:
        'Tu vysvetľujeme, ako webová stránka používa súbory cookie a podobné technológie. Uvidíte, ktoré používame, prečo, ako dlho sa uchovávajú a kto údaje dostáva. Nižšie si môžete pozrieť a zmeniť svoj súhlas.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Čo sú súbory cookie?',
          body: 'Súbor cookie je malý textový súbor, ktorý webová stránka uloží do vášho prehliadača. Vďaka nemu stránka spozná váš prehliadač pri ďalšom zobrazení stránky alebo návšteve.\n\nPodobné technológie fungujú rovnako. Príkladom je lokálne úložisko a úložisko relácie prehliadača, IndexedDB a pixely. V týchto zásadách ich všetky nazývame súbory cookie.',
        },
        {
          id: 'session-persistent',
          heading: 'Relačné a trvalé súbory cookie',
          body: 'Relačný súbor cookie existuje len dovtedy, kým je prehliadač otvorený. Vymaže sa, keď prehliadač zatvoríte.\n\nTrvalý súbor cookie zostáva vo vašom zariadení počas stanoveného času alebo dovtedy, kým ho nevymažete. Najdlhšiu dobu uchovávania každého súboru cookie uvádzajú tabuľky nižšie.',
        },
        {
          id: 'first-third-party',
          heading: 'Súbory cookie prvej a tretej strany',
          body: 'Súbor cookie prvej strany ukladá stránka, ktorú navštevujete. Súbor cookie tretej strany ukladá iná spoločnosť, napríklad poskytovateľ štatistík alebo reklamy.\n\nSúbory cookie tretích strán môžu posielať údaje poskytovateľovi, niekedy do krajín mimo EÚ/EHP. Tabuľky ukazujú, ktorý poskytovateľ stojí za každým súborom cookie a kam údaje smerujú.',
        },
        {
          id: 'change-consent',
          heading: 'Ako zmeniť alebo odvolať súhlas',
          body: 'Sami rozhodujete, ktoré súbory cookie okrem nevyhnutných smieme používať. Súhlas môžete kedykoľvek zmeniť alebo odvolať.\n\nPoužite tlačidlo alebo odkaz „Nastavenia cookies“, ktoré nájdete na každej stránke. Táto stránka ukazuje vašu aktuálnu voľbu, ID súhlasu a dátum voľby. Ak nás kontaktujete v súvislosti so súhlasom, uveďte prosím ID súhlasu.',
        },
        {
          id: 'remove-cookies',
          heading: 'Ako vymazať súbory cookie',
          body: 'Súbory cookie, ktoré už máte v zariadení, môžete vymazať a nové blokovať. Urobíte to v nastaveniach prehliadača, zvyčajne v časti súkromie, zabezpečenie alebo údaje stránok.\n\n- Chrome a Edge: nastavenia súkromia a údajov stránok.\n- Firefox: nastavenia súkromia a zabezpečenia.\n- Safari: nastavenia súkromia, kde spravujete údaje webových stránok.\n- Mobilné zariadenia: vlastné nastavenia prehliadača, niekedy v nastaveniach telefónu pri aplikácii.\n\nAk zablokujete všetky súbory cookie, časti stránky môžu prestať fungovať. Ak vymažete naše súbory cookie, zabudneme aj vašu voľbu a opýtame sa znova.',
        },
        {
          id: 'contact',
          heading: 'Kontakt',
          body: 'Obráťte sa na nás, ak máte otázky o súboroch cookie alebo o spracúvaní vašich osobných údajov.',
        },
      ],
      declarationHeading: 'Súbory cookie používané na tejto stránke',
      vendorsHeading: 'Poskytovatelia',
      lastUpdated: 'Naposledy aktualizované',
      version: 'Verzia',
      itemCount: 'Počet súborov cookie a podobných technológií: {count}',
      colName: 'Názov',
      colProvider: 'Poskytovateľ',
      colPurpose: 'Účel',
      colDuration: 'Najdlhšia doba uchovávania',
      colType: 'Typ',
      colCountry: 'Krajina príjemcu a základ prenosu',
      firstParty: 'prvá strana',
      thirdParty: 'tretia strana',
      typeCookie: 'Súbor cookie HTTP',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pixel',
      durationSession: 'Relácia',
      durationPersistent: 'Trvalý',
      durationUnknown: 'Neznáma',
      countryUnknown: 'Krajina príjemcu neznáma',
      basisEea: 'EÚ/EHP',
      basisAdequacy: 'Rozhodnutie o primeranosti',
      basisDpf: 'Rámec EÚ – USA na ochranu údajov',
      basisScc: 'Štandardné zmluvné doložky',
      basisBcr: 'Záväzné vnútropodnikové pravidlá (BCR)',
      basisNone: 'Bez základu prenosu',
      basisUnknown: 'Základ prenosu neznámy',
      vendorData: 'Súbory cookie a podobné technológie',
      vendorRetention: 'Ako dlho poskytovateľ uchováva údaje',
      vendorCountries: 'Krajiny príjemcov a základ prenosu',
      privacyPolicyLink: 'Zásady ochrany osobných údajov poskytovateľa',
      optOutLink: 'Odmietnuť u poskytovateľa (opt-out)',
      consentStateHeading: 'Váš súhlas',
      changeConsent: 'Zmeniť súhlas',
      withdrawConsent: 'Odvolať súhlas',
      noConsent: 'Zatiaľ ste si nevybrali.',
      noItems: 'V tejto kategórii nepoužívame žiadne súbory cookie ani podobné technológie.',
    },
  },
  categories: {
    necessary: {
      name: 'Nevyhnutné',
      description:
        'Nevyhnutné súbory cookie zabezpečujú fungovanie stránky, napríklad zabezpečenie, prihlásenie a zapamätanie vašej voľby cookies. Nedajú sa vypnúť.',
    },
    preferences: {
      name: 'Preferencie',
      description:
        'Súbory cookie preferencií si pamätajú voľby ako jazyk alebo región. Stránka sa vám tak nabudúce prispôsobí.',
    },
    statistics: {
      name: 'Štatistika',
      description:
        'Štatistické súbory cookie ukazujú, ako návštevníci stránku používajú. Informácie využívame na zlepšovanie obsahu a funkcií.',
    },
    marketing: {
      name: 'Marketing',
      description:
        'Marketingové súbory cookie slúžia na zobrazovanie reklám, ktoré sú pre vás relevantné, a na meranie ich účinnosti. Môžu vás sledovať naprieč stránkami.',
    },
    unclassified: {
      name: 'Nezaradené',
      description:
        'Nezaradené súbory cookie sme zatiaľ nezaradili. Zisťujeme, čo robia a kto za nimi stojí.',
    },
  },
};
