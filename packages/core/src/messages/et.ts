/** Estonian default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const et: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Kasutame küpsiseid',
      description:
        'Meie ja meie partnerid ({vendorCount} kokku) kasutame küpsiseid ja sarnaseid tehnoloogiaid järgmistel eesmärkidel: {categories}. Vajalikud küpsised on alati sees. Teisi kasutame ainult teie nõusolekul.',
      withdrawal:
        'Saate oma nõusolekut igal ajal muuta või selle tagasi võtta jaotises Küpsiste seaded, mis on igal lehel.',
      acceptAll: 'Nõustu kõigiga',
      rejectAll: 'Keeldu kõigist',
      customise: 'Kohanda',
      save: 'Salvesta minu valikud',
      preferencesTitle: 'Kohandage oma valikuid',
      preferencesDescription:
        'Lülitage sisse kategooriad, millega nõustute. Kõik peale vajaliku jääb välja, kuni te selle ise sisse lülitate.',
      alwaysOn: 'Alati aktiivsed',
      cookiePolicyLink: 'Küpsiste põhimõtted',
      privacyPolicyLink: 'Privaatsuspoliitika',
      close: 'Sulge',
      gpcNotice:
        'Teie brauser saadab signaali Global Privacy Control. Seetõttu oleme turunduse välja lülitanud. Soovi korral saate seda allpool muuta.',
      openSettings: 'Küpsiste seaded',
      vendorsHeading: 'Teenusepakkujad',
      itemsHeading: 'Küpsised ja sarnased tehnoloogiad',
      placeholderText:
        'See sisu pärineb teenusepakkujalt {vendor}. Selle siin kuvamiseks lubage {category}.',
      placeholderAllow: 'Luba {category}',
      placeholderLink: 'Ava teenusepakkuja {vendor} juures',
      reloadNotice: 'Varem lubatud sisu on juba laaditud. Selle peatamiseks laadige leht uuesti.',
      reloadButton: 'Laadi leht uuesti',
    },
    policy: {
      title: 'Küpsiste põhimõtted',
      intro:
        'Siin selgitame, kuidas veebisait kasutab küpsiseid ja sarnaseid tehnoloogiaid. Näete, milliseid me kasutame, miks, kui kaua neid säilitatakse ja kes andmed saab. Allpool saate oma nõusolekut vaadata ja muuta.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Mis on küpsised?',
          body: 'Küpsis on väike tekstifail, mille veebisait salvestab teie brauserisse. Selle abil tunneb veebisait teie brauseri järgmisel lehe avamisel või külastusel ära.\n\nSarnased tehnoloogiad toimivad samamoodi. Näiteks brauseri kohalik salvestusruum ja seansi salvestusruum, IndexedDB ja pikslid. Nendes põhimõtetes nimetame neid kõiki küpsisteks.',
        },
        {
          id: 'session-persistent',
          heading: 'Seansiküpsised ja püsiküpsised',
          body: 'Seansiküpsis on olemas ainult siis, kui teie brauser on avatud. See kustutatakse, kui brauseri sulgete.\n\nPüsiküpsis jääb teie seadmesse kindlaks ajaks või kuni selle kustutate. Iga küpsise pikim säilitusaeg on toodud allolevates tabelites.',
        },
        {
          id: 'first-third-party',
          heading: 'Esimese osapoole ja kolmanda osapoole küpsised',
          body: 'Esimese osapoole küpsise paigaldab veebisait, mida külastate. Kolmanda osapoole küpsise paigaldab teine ettevõte, näiteks statistika või reklaami pakkuja.\n\nKolmanda osapoole küpsised võivad saata andmeid teenusepakkujale, mõnikord ka EL-ist/EMP-st väljapoole. Tabelitest näete, milline teenusepakkuja on iga küpsise taga ja kuhu andmed lähevad.',
        },
        {
          id: 'change-consent',
          heading: 'Kuidas nõusolekut muuta või tagasi võtta',
          body: 'Teie otsustate, milliseid küpsiseid võime lisaks vajalikele kasutada. Saate oma nõusolekut igal ajal muuta või selle tagasi võtta.\n\nKasutage nuppu või linki Küpsiste seaded, mis on igal lehel. Sellel lehel on näha teie praegune valik, nõusoleku ID ja valiku kuupäev. Märkige oma nõusoleku ID, kui võtate meiega nõusoleku asjus ühendust.',
        },
        {
          id: 'remove-cookies',
          heading: 'Kuidas küpsiseid kustutada',
          body: 'Saate kustutada teie seadmes juba olevad küpsised ja blokeerida uued. Seda saab teha brauseri seadetes, tavaliselt privaatsuse, turvalisuse või saidiandmete all.\n\n- Chrome ja Edge: privaatsuse ja saidiandmete seaded.\n- Firefox: privaatsuse ja turvalisuse seaded.\n- Safari: privaatsusseaded, kus haldate veebisaitide andmeid.\n- Mobiil: brauseri enda seaded, mõnikord telefoni seadetes rakenduse juures.\n\nKui blokeerite kõik küpsised, võivad veebisaidi osad lakata töötamast. Kui kustutate meie küpsised, unustame ka teie valiku ja küsime uuesti.',
        },
        {
          id: 'contact',
          heading: 'Kontakt',
          body: 'Võtke meiega ühendust, kui teil on küsimusi küpsiste või teie isikuandmete töötlemise kohta.',
        },
      ],
      declarationHeading: 'Veebisaidil kasutatavad küpsised',
      vendorsHeading: 'Teenusepakkujad',
      lastUpdated: 'Viimati uuendatud',
      version: 'Versioon',
      itemCount: 'Küpsiste ja sarnaste tehnoloogiate arv: {count}',
      colName: 'Nimi',
      colProvider: 'Teenusepakkuja',
      colPurpose: 'Eesmärk',
      colDuration: 'Pikim säilitusaeg',
      colType: 'Tüüp',
      colCountry: 'Vastuvõtja riik ja edastamise alus',
      firstParty: 'esimene osapool',
      thirdParty: 'kolmas osapool',
      typeCookie: 'HTTP-küpsis',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Piksel',
      durationSession: 'Seanss',
      durationPersistent: 'Püsiv',
      durationUnknown: 'Teadmata',
      countryUnknown: 'Vastuvõtja riik teadmata',
      basisEea: 'EL/EMP',
      basisAdequacy: 'Kaitse piisavuse otsus',
      basisDpf: 'ELi ja USA andmekaitseraamistik',
      basisScc: 'Lepingu tüüptingimused',
      basisBcr: 'Siduvad kontsernisisesed eeskirjad (BCR)',
      basisNone: 'Edastamise alus puudub',
      basisUnknown: 'Edastamise alus teadmata',
      vendorData: 'Küpsised ja sarnased tehnoloogiad',
      vendorRetention: 'Kui kaua teenusepakkuja andmeid säilitab',
      vendorCountries: 'Vastuvõtjariigid ja edastamise alus',
      privacyPolicyLink: 'Teenusepakkuja privaatsuspoliitika',
      optOutLink: 'Keeldu teenusepakkuja juures (opt-out)',
      consentStateHeading: 'Teie nõusolek',
      changeConsent: 'Muuda nõusolekut',
      withdrawConsent: 'Võta nõusolek tagasi',
      noConsent: 'Te ei ole veel valikut teinud.',
      noItems: 'Selles kategoorias me küpsiseid ega sarnaseid tehnoloogiaid ei kasuta.',
    },
  },
  categories: {
    necessary: {
      name: 'Vajalikud',
      description:
        'Vajalikud küpsised panevad veebisaidi tööle, näiteks turvalisus, sisselogimine ja teie küpsisevaliku meelespidamine. Neid ei saa välja lülitada.',
    },
    preferences: {
      name: 'Eelistused',
      description:
        'Eelistuste küpsised jätavad meelde valikud, näiteks keele või piirkonna. Nii kohandub veebisait järgmisel korral teiega.',
    },
    statistics: {
      name: 'Statistika',
      description:
        'Statistikaküpsised näitavad, kuidas külastajad veebisaiti kasutavad. Kasutame teavet sisu ja funktsioonide parandamiseks.',
    },
    marketing: {
      name: 'Turundus',
      description:
        'Turundusküpsiseid kasutatakse teile asjakohaste reklaamide näitamiseks ja reklaamide toimivuse mõõtmiseks. Need võivad teid jälgida eri veebisaitidel.',
    },
    unclassified: {
      name: 'Liigitamata',
      description:
        'Liigitamata küpsiseid ei ole me veel liigitanud. Uurime, mida need teevad ja kes nende taga on.',
    },
  },
};
