/** Norwegian (bokmål) default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const nb: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Vi bruker informasjonskapsler',
      description:
        'Vi og {vendorCount} samarbeidspartnere bruker informasjonskapsler og lignende teknologier til {categories}. Nødvendige informasjonskapsler er alltid på. Andre brukes bare hvis du samtykker.',
      withdrawal:
        'Du kan når som helst endre eller trekke tilbake samtykket ditt via Innstillinger for informasjonskapsler, som finnes på hver side.',
      acceptAll: 'Godta alle',
      rejectAll: 'Avvis alle',
      customise: 'Tilpass',
      save: 'Lagre valgene mine',
      preferencesTitle: 'Tilpass valgene dine',
      preferencesDescription:
        'Slå på kategoriene du godtar. Alt annet enn det nødvendige er av til du selv slår det på.',
      alwaysOn: 'Alltid aktive',
      cookiePolicyLink: 'Retningslinjer for informasjonskapsler',
      privacyPolicyLink: 'Personvernerklæring',
      close: 'Lukk',
      gpcNotice:
        'Nettleseren din sender signalet Global Privacy Control. Derfor har vi slått av markedsføring. Du kan endre det nedenfor hvis du vil.',
      openSettings: 'Innstillinger for informasjonskapsler',
      vendorsHeading: 'Leverandører',
      itemsHeading: 'Informasjonskapsler og lignende teknologier',
      placeholderText:
        'Dette innholdet kommer fra {vendor}. For å vise det her må du tillate {category}.',
      placeholderAllow: 'Tillat {category}',
      placeholderLink: 'Åpne hos {vendor}',
      reloadNotice:
        'Innhold som du tidligere tillot, er allerede lastet inn. Last inn siden på nytt for å stoppe det.',
      reloadButton: 'Last inn siden på nytt',
    },
    policy: {
      title: 'Retningslinjer for informasjonskapsler',
      intro:
        'Her forteller vi hvordan nettstedet bruker informasjonskapsler og lignende teknologier. Du ser hvilke vi bruker, hvorfor, hvor lenge de lagres og hvem som mottar opplysningene. Lenger ned kan du se og endre samtykket ditt.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Hva er informasjonskapsler?',
          body: 'En informasjonskapsel (cookie) er en liten tekstfil som nettstedet lagrer i nettleseren din. Den gjør at nettstedet kan kjenne igjen nettleseren din ved neste sidevisning eller besøk.\n\nLignende teknologier virker på samme måte. Eksempler er lokal lagring og øktlagring i nettleseren, IndexedDB og piksler. I disse retningslinjene kaller vi dem alle informasjonskapsler.',
        },
        {
          id: 'session-persistent',
          heading: 'Øktkapsler og varige informasjonskapsler',
          body: 'En øktkapsel finnes bare mens nettleseren er åpen. Den slettes når du lukker nettleseren.\n\nEn varig informasjonskapsel blir liggende på enheten din i en bestemt tid, eller til du sletter den. Den lengste lagringstiden for hver informasjonskapsel står i tabellene nedenfor.',
        },
        {
          id: 'first-third-party',
          heading: 'Førsteparts- og tredjepartskapsler',
          body: 'En førstepartskapsel settes av nettstedet du besøker. En tredjepartskapsel settes av et annet selskap, for eksempel en leverandør av statistikk eller annonser.\n\nTredjepartskapsler kan sende opplysninger til leverandøren, noen ganger til land utenfor EU/EØS. Tabellene viser hvilken leverandør som står bak hver informasjonskapsel, og hvor opplysningene sendes.',
        },
        {
          id: 'change-consent',
          heading: 'Slik endrer eller trekker du tilbake samtykket ditt',
          body: 'Du bestemmer selv hvilke informasjonskapsler vi får bruke, utover de nødvendige. Du kan når som helst endre eller trekke tilbake samtykket ditt.\n\nBruk knappen eller lenken Innstillinger for informasjonskapsler, som finnes på hver side. Denne siden viser ditt nåværende valg, samtykke-ID-en din og datoen for valget. Oppgi samtykke-ID-en hvis du kontakter oss om samtykket ditt.',
        },
        {
          id: 'remove-cookies',
          heading: 'Slik sletter du informasjonskapsler',
          body: 'Du kan slette informasjonskapsler som allerede finnes på enheten din, og blokkere nye. Det gjør du i innstillingene til nettleseren, oftest under personvern, sikkerhet eller nettstedsdata.\n\n- Chrome og Edge: innstillingene for personvern og nettstedsdata.\n- Firefox: innstillingene for personvern og sikkerhet.\n- Safari: personverninnstillingene, der du administrerer nettstedsdata.\n- Mobil: nettleserens egne innstillinger, noen ganger under telefonens innstillinger for appen.\n\nHvis du blokkerer alle informasjonskapsler, kan deler av nettstedet slutte å virke. Sletter du informasjonskapslene våre, glemmer vi også valget ditt og spør deg igjen.',
        },
        {
          id: 'contact',
          heading: 'Kontakt',
          body: 'Ta kontakt med oss hvis du har spørsmål om informasjonskapsler eller om hvordan vi behandler personopplysningene dine.',
        },
      ],
      declarationHeading: 'Informasjonskapsler som nettstedet bruker',
      vendorsHeading: 'Leverandører',
      lastUpdated: 'Sist oppdatert',
      version: 'Versjon',
      itemCount: 'Antall informasjonskapsler og lignende teknologier: {count}',
      colName: 'Navn',
      colProvider: 'Leverandør',
      colPurpose: 'Formål',
      colDuration: 'Maksimal lagringstid',
      colType: 'Type',
      colCountry: 'Mottakerland og overføringsgrunnlag',
      firstParty: 'førstepart',
      thirdParty: 'tredjepart',
      typeCookie: 'HTTP-informasjonskapsel',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Piksel',
      durationSession: 'Økt',
      durationPersistent: 'Varig',
      durationUnknown: 'Ukjent',
      countryUnknown: 'Ukjent mottakerland',
      basisEea: 'EU/EØS',
      basisAdequacy: 'Beslutning om tilstrekkelig beskyttelsesnivå',
      basisDpf: 'EU–US Data Privacy Framework',
      basisScc: 'Standard personvernbestemmelser',
      basisBcr: 'Bindende virksomhetsregler (BCR)',
      basisNone: 'Intet overføringsgrunnlag',
      basisUnknown: 'Ukjent overføringsgrunnlag',
      vendorData: 'Informasjonskapsler og lignende teknologier',
      vendorRetention: 'Så lenge lagrer leverandøren opplysningene',
      vendorCountries: 'Mottakerland og overføringsgrunnlag',
      privacyPolicyLink: 'Leverandørens personvernerklæring',
      optOutLink: 'Reserver deg hos leverandøren (opt-out)',
      consentStateHeading: 'Ditt samtykke',
      changeConsent: 'Endre samtykke',
      withdrawConsent: 'Trekk tilbake samtykke',
      noConsent: 'Du har ikke gjort noe valg ennå.',
      noItems: 'Vi bruker ingen informasjonskapsler eller lignende teknologier i denne kategorien.',
    },
  },
  categories: {
    necessary: {
      name: 'Nødvendige',
      description:
        'Nødvendige informasjonskapsler får nettstedet til å virke, for eksempel sikkerhet, innlogging og lagring av valget ditt om informasjonskapsler. De kan ikke slås av.',
    },
    preferences: {
      name: 'Preferanser',
      description:
        'Preferansekapsler husker valg som språk eller region. Da tilpasses nettstedet til deg neste gang.',
    },
    statistics: {
      name: 'Statistikk',
      description:
        'Statistikkapsler viser hvordan besøkende bruker nettstedet. Vi bruker opplysningene til å forbedre innhold og funksjoner.',
    },
    marketing: {
      name: 'Markedsføring',
      description:
        'Markedsføringskapsler brukes til å vise annonser som er relevante for deg, og til å måle hvordan annonsene virker. De kan følge deg på tvers av nettsteder.',
    },
    unclassified: {
      name: 'Uklassifiserte',
      description:
        'Uklassifiserte informasjonskapsler har vi ennå ikke klassifisert. Vi undersøker hva de gjør og hvem som står bak dem.',
    },
  },
};
