/** Danish default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const da: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Vi bruger cookies',
      description:
        'Vi og {vendorCount} samarbejdspartnere bruger cookies og lignende teknologier til {categories}. Nødvendige cookies er altid slået til. Andre bruges kun, hvis du giver samtykke.',
      withdrawal:
        'Du kan til enhver tid ændre eller tilbagekalde dit samtykke via Cookieindstillinger, som findes på alle sider.',
      acceptAll: 'Accepter alle',
      rejectAll: 'Afvis alle',
      customise: 'Tilpas',
      save: 'Gem mine valg',
      preferencesTitle: 'Tilpas dine valg',
      preferencesDescription:
        'Slå de kategorier til, som du accepterer. Alt andet end det nødvendige er slået fra, indtil du selv slår det til.',
      alwaysOn: 'Altid aktive',
      cookiePolicyLink: 'Cookiepolitik',
      privacyPolicyLink: 'Privatlivspolitik',
      close: 'Luk',
      gpcNotice:
        'Din browser sender signalet Global Privacy Control. Derfor har vi slået markedsføring fra. Du kan ændre det nedenfor, hvis du vil.',
      openSettings: 'Cookieindstillinger',
      vendorsHeading: 'Udbydere',
      itemsHeading: 'Cookies og lignende teknologier',
      placeholderText:
        'Dette indhold kommer fra {vendor}. For at vise det her skal du tillade {category}.',
      placeholderAllow: 'Tillad {category}',
      placeholderLink: 'Åbn hos {vendor}',
      reloadNotice:
        'Indhold, som du tidligere tillod, er allerede indlæst. Genindlæs siden for at stoppe det.',
      reloadButton: 'Genindlæs siden',
    },
    policy: {
      title: 'Cookiepolitik',
      intro:
        'Her fortæller vi, hvordan hjemmesiden bruger cookies og lignende teknologier. Du kan se, hvilke vi bruger, hvorfor, hvor længe de gemmes, og hvem der modtager oplysningerne. Længere nede kan du se og ændre dit samtykke.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Hvad er cookies?',
          body: 'En cookie er en lille tekstfil, som hjemmesiden gemmer i din browser. Den gør det muligt for hjemmesiden at genkende din browser ved næste sidevisning eller besøg.\n\nLignende teknologier virker på samme måde. Eksempler er lokal lagring og sessionslagring i browseren, IndexedDB og pixels. I denne politik kalder vi dem alle cookies.',
        },
        {
          id: 'session-persistent',
          heading: 'Sessionscookies og vedvarende cookies',
          body: 'En sessionscookie findes kun, mens din browser er åben. Den slettes, når du lukker browseren.\n\nEn vedvarende cookie bliver på din enhed i et bestemt tidsrum, eller indtil du sletter den. Den længste opbevaringsperiode for hver cookie står i tabellerne nedenfor.',
        },
        {
          id: 'first-third-party',
          heading: 'Førstepartscookies og tredjepartscookies',
          body: 'En førstepartscookie sættes af den hjemmeside, du besøger. En tredjepartscookie sættes af en anden virksomhed, for eksempel en udbyder af statistik eller annoncer.\n\nTredjepartscookies kan sende oplysninger til udbyderen, nogle gange til lande uden for EU/EØS. Tabellerne viser, hvilken udbyder der står bag hver cookie, og hvor oplysningerne sendes hen.',
        },
        {
          id: 'change-consent',
          heading: 'Sådan ændrer eller tilbagekalder du dit samtykke',
          body: 'Du bestemmer selv, hvilke cookies vi må bruge ud over de nødvendige. Du kan til enhver tid ændre eller tilbagekalde dit samtykke.\n\nBrug knappen eller linket Cookieindstillinger, som findes på alle sider. Denne side viser dit nuværende valg, dit samtykke-id og datoen for dit valg. Oplys dit samtykke-id, hvis du kontakter os om dit samtykke.',
        },
        {
          id: 'remove-cookies',
          heading: 'Sådan sletter du cookies',
          body: 'Du kan slette cookies, der allerede ligger på din enhed, og blokere nye. Det gør du i browserens indstillinger, oftest under privatliv, sikkerhed eller webstedsdata.\n\n- Chrome og Edge: indstillingerne for privatliv og webstedsdata.\n- Firefox: indstillingerne for privatliv og sikkerhed.\n- Safari: indstillingerne for anonymitet, hvor du administrerer webstedsdata.\n- Mobil: browserens egne indstillinger, nogle gange under telefonens indstillinger for appen.\n\nHvis du blokerer alle cookies, kan dele af hjemmesiden holde op med at virke. Sletter du vores cookies, glemmer vi også dit valg og spørger igen.',
        },
        {
          id: 'contact',
          heading: 'Kontakt',
          body: 'Kontakt os, hvis du har spørgsmål om cookies eller om, hvordan vi behandler dine personoplysninger.',
        },
      ],
      declarationHeading: 'Cookies, som hjemmesiden bruger',
      vendorsHeading: 'Udbydere',
      lastUpdated: 'Senest opdateret',
      version: 'Version',
      itemCount: 'Antal cookies og lignende teknologier: {count}',
      colName: 'Navn',
      colProvider: 'Udbyder',
      colPurpose: 'Formål',
      colDuration: 'Maksimal opbevaringsperiode',
      colType: 'Type',
      colCountry: 'Modtagerland og overførselsgrundlag',
      firstParty: 'førstepart',
      thirdParty: 'tredjepart',
      typeCookie: 'HTTP-cookie',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pixel',
      durationSession: 'Session',
      durationPersistent: 'Vedvarende',
      durationUnknown: 'Ukendt',
      countryUnknown: 'Ukendt modtagerland',
      basisEea: 'EU/EØS',
      basisAdequacy: 'Afgørelse om tilstrækkeligt beskyttelsesniveau',
      basisDpf: 'EU-US Data Privacy Framework',
      basisScc: 'Standardkontraktbestemmelser',
      basisBcr: 'Bindende virksomhedsregler (BCR)',
      basisNone: 'Intet overførselsgrundlag',
      basisUnknown: 'Ukendt overførselsgrundlag',
      vendorData: 'Cookies og lignende teknologier',
      vendorRetention: 'Så længe gemmer udbyderen oplysningerne',
      vendorCountries: 'Modtagerlande og overførselsgrundlag',
      privacyPolicyLink: 'Udbyderens privatlivspolitik',
      optOutLink: 'Fravælg hos udbyderen (opt-out)',
      consentStateHeading: 'Dit samtykke',
      changeConsent: 'Ændr samtykke',
      withdrawConsent: 'Tilbagekald samtykke',
      noConsent: 'Du har ikke truffet et valg endnu.',
      noItems: 'Vi bruger ingen cookies eller lignende teknologier i denne kategori.',
    },
  },
  categories: {
    necessary: {
      name: 'Nødvendige',
      description:
        'Nødvendige cookies får hjemmesiden til at fungere, for eksempel sikkerhed, login og at dit cookievalg gemmes. De kan ikke slås fra.',
    },
    preferences: {
      name: 'Præferencer',
      description:
        'Præferencecookies husker valg som sprog eller region. Så tilpasser hjemmesiden sig til dig næste gang.',
    },
    statistics: {
      name: 'Statistik',
      description:
        'Statistikcookies viser, hvordan besøgende bruger hjemmesiden. Vi bruger oplysningerne til at forbedre indhold og funktioner.',
    },
    marketing: {
      name: 'Markedsføring',
      description:
        'Markedsføringscookies bruges til at vise annoncer, der er relevante for dig, og til at måle, hvordan annoncerne virker. De kan følge dig på tværs af hjemmesider.',
    },
    unclassified: {
      name: 'Uklassificerede',
      description:
        'Uklassificerede cookies har vi endnu ikke klassificeret. Vi undersøger, hvad de gør, og hvem der står bag dem.',
    },
  },
};
