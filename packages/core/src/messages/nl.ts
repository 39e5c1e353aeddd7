/** Dutch default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const nl: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Wij gebruiken cookies',
      description:
        'Wij en onze partners ({vendorCount} in totaal) gebruiken cookies en vergelijkbare technieken voor {categories}. Noodzakelijke cookies staan altijd aan. Andere gebruiken we alleen als u toestemming geeft.',
      withdrawal:
        'U kunt uw toestemming altijd wijzigen of intrekken via Cookie-instellingen, dat u op elke pagina vindt.',
      acceptAll: 'Alles accepteren',
      rejectAll: 'Alles weigeren',
      customise: 'Aanpassen',
      save: 'Mijn keuzes opslaan',
      preferencesTitle: 'Uw keuzes aanpassen',
      preferencesDescription:
        'Zet de categorieën aan waarmee u instemt. Alles behalve het noodzakelijke blijft uit tot u het zelf aanzet.',
      alwaysOn: 'Altijd actief',
      cookiePolicyLink: 'Cookiebeleid',
      privacyPolicyLink: 'Privacybeleid',
      close: 'Sluiten',
      gpcNotice:
        'Uw browser stuurt het signaal Global Privacy Control. Daarom hebben we marketing uitgezet. U kunt dit hieronder wijzigen als u wilt.',
      openSettings: 'Cookie-instellingen',
      vendorsHeading: 'Aanbieders',
      itemsHeading: 'Cookies en vergelijkbare technieken',
      placeholderText: 'Deze inhoud komt van {vendor}. Sta {category} toe om hem hier te tonen.',
      placeholderAllow: '{category} toestaan',
      placeholderLink: 'Openen bij {vendor}',
      reloadNotice:
        'Inhoud die u eerder toestond, is al geladen. Laad de pagina opnieuw om die te stoppen.',
      reloadButton: 'Pagina opnieuw laden',
    },
    policy: {
      title: 'Cookiebeleid',
      intro:
        'Hier leggen we uit hoe de website cookies en vergelijkbare technieken gebruikt. U ziet welke we gebruiken, waarom, hoe lang ze worden bewaard en wie de gegevens ontvangt. Verderop kunt u uw toestemming bekijken en wijzigen.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Wat zijn cookies?',
          body: 'Een cookie is een klein tekstbestand dat een website in uw browser opslaat. Daarmee herkent de website uw browser bij de volgende pagina of het volgende bezoek.\n\nVergelijkbare technieken werken op dezelfde manier. Voorbeelden zijn lokale opslag en sessieopslag in de browser, IndexedDB en pixels. In dit beleid noemen we ze allemaal cookies.',
        },
        {
          id: 'session-persistent',
          heading: 'Sessiecookies en permanente cookies',
          body: 'Een sessiecookie bestaat alleen zolang uw browser open is. Hij wordt verwijderd als u de browser sluit.\n\nEen permanente cookie blijft een vaste tijd op uw apparaat staan, of tot u hem verwijdert. De tabellen hieronder geven de maximale bewaartermijn van elke cookie.',
        },
        {
          id: 'first-third-party',
          heading: 'Eigen cookies en cookies van derden',
          body: 'Een eigen cookie wordt geplaatst door de website die u bezoekt. Een cookie van derden wordt geplaatst door een ander bedrijf, bijvoorbeeld een aanbieder van statistieken of advertenties.\n\nCookies van derden kunnen gegevens naar de aanbieder sturen, soms naar landen buiten de EU/EER. De tabellen laten zien welke aanbieder achter elke cookie zit en waar de gegevens heen gaan.',
        },
        {
          id: 'change-consent',
          heading: 'Zo wijzigt of trekt u uw toestemming in',
          body: 'U bepaalt zelf welke cookies we naast de noodzakelijke mogen gebruiken. U kunt uw toestemming altijd wijzigen of intrekken.\n\nGebruik de knop of link Cookie-instellingen, die u op elke pagina vindt. Deze pagina toont uw huidige keuze, uw toestemmings-ID en de datum van uw keuze. Vermeld uw toestemmings-ID als u contact met ons opneemt over uw toestemming.',
        },
        {
          id: 'remove-cookies',
          heading: 'Zo verwijdert u cookies',
          body: 'U kunt cookies die al op uw apparaat staan verwijderen en nieuwe blokkeren. Dat doet u in de instellingen van uw browser, meestal onder privacy, beveiliging of websitegegevens.\n\n- Chrome en Edge: de instellingen voor privacy en websitegegevens.\n- Firefox: de instellingen voor privacy en beveiliging.\n- Safari: de privacyinstellingen, waar u websitegegevens beheert.\n- Mobiel: de eigen instellingen van de browser, soms in de instellingen van de telefoon voor de app.\n\nAls u alle cookies blokkeert, kunnen delen van de website niet meer werken. Als u onze cookies verwijdert, vergeten we ook uw keuze en vragen we het opnieuw.',
        },
        {
          id: 'contact',
          heading: 'Contact',
          body: 'Neem contact met ons op als u vragen hebt over cookies of over hoe we uw persoonsgegevens verwerken.',
        },
      ],
      declarationHeading: 'Cookies die deze website gebruikt',
      vendorsHeading: 'Aanbieders',
      lastUpdated: 'Laatst bijgewerkt',
      version: 'Versie',
      itemCount: 'Aantal cookies en vergelijkbare technieken: {count}',
      colName: 'Naam',
      colProvider: 'Aanbieder',
      colPurpose: 'Doel',
      colDuration: 'Maximale bewaartermijn',
      colType: 'Type',
      colCountry: 'Land van ontvanger en doorgiftegrond',
      firstParty: 'eigen',
      thirdParty: 'derde partij',
      typeCookie: 'HTTP-cookie',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pixel',
      durationSession: 'Sessie',
      durationPersistent: 'Permanent',
      durationUnknown: 'Onbekend',
      countryUnknown: 'Land van ontvanger onbekend',
      basisEea: 'EU/EER',
      basisAdequacy: 'Adequaatheidsbesluit',
      basisDpf: 'EU-VS-kader voor gegevensbescherming',
      basisScc: 'Modelcontractbepalingen',
      basisBcr: 'Bindende bedrijfsvoorschriften (BCR)',
      basisNone: 'Geen doorgiftegrond',
      basisUnknown: 'Doorgiftegrond onbekend',
      vendorData: 'Cookies en vergelijkbare technieken',
      vendorRetention: 'Zo lang bewaart de aanbieder de gegevens',
      vendorCountries: 'Landen van ontvangers en doorgiftegrond',
      privacyPolicyLink: 'Privacybeleid van de aanbieder',
      optOutLink: 'Afmelden bij de aanbieder (opt-out)',
      consentStateHeading: 'Uw toestemming',
      changeConsent: 'Toestemming wijzigen',
      withdrawConsent: 'Toestemming intrekken',
      noConsent: 'U hebt nog geen keuze gemaakt.',
      noItems: 'In deze categorie gebruiken we geen cookies of vergelijkbare technieken.',
    },
  },
  categories: {
    necessary: {
      name: 'Noodzakelijk',
      description:
        'Noodzakelijke cookies laten de website werken, bijvoorbeeld voor beveiliging, inloggen en het onthouden van uw cookiekeuze. Ze kunnen niet worden uitgezet.',
    },
    preferences: {
      name: 'Voorkeuren',
      description:
        'Voorkeurscookies onthouden keuzes zoals taal of regio. Zo past de website zich de volgende keer aan u aan.',
    },
    statistics: {
      name: 'Statistieken',
      description:
        'Statistische cookies laten zien hoe bezoekers de website gebruiken. We gebruiken die informatie om inhoud en functies te verbeteren.',
    },
    marketing: {
      name: 'Marketing',
      description:
        'Marketingcookies worden gebruikt om advertenties te tonen die voor u relevant zijn en te meten hoe die advertenties presteren. Ze kunnen u over websites heen volgen.',
    },
    unclassified: {
      name: 'Niet ingedeeld',
      description:
        'Niet-ingedeelde cookies hebben we nog niet ingedeeld. We zoeken uit wat ze doen en wie erachter zit.',
    },
  },
};
