/** Latvian default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const lv: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Mēs izmantojam sīkdatnes',
      description:
        'Mēs un mūsu partneri (kopā {vendorCount}) izmantojam sīkdatnes un līdzīgas tehnoloģijas šādiem mērķiem: {categories}. Nepieciešamās sīkdatnes ir vienmēr ieslēgtas. Citas izmantojam tikai ar jūsu piekrišanu.',
      withdrawal:
        'Jūs jebkurā laikā varat mainīt vai atsaukt savu piekrišanu sadaļā “Sīkdatņu iestatījumi”, kas ir pieejama katrā lapā.',
      acceptAll: 'Pieņemt visas',
      rejectAll: 'Noraidīt visas',
      customise: 'Pielāgot',
      save: 'Saglabāt manu izvēli',
      preferencesTitle: 'Pielāgojiet savu izvēli',
      preferencesDescription:
        'Ieslēdziet kategorijas, kurām piekrītat. Viss, izņemot nepieciešamo, paliek izslēgts, līdz jūs to ieslēdzat paši.',
      alwaysOn: 'Vienmēr aktīvas',
      cookiePolicyLink: 'Sīkdatņu politika',
      privacyPolicyLink: 'Privātuma politika',
      close: 'Aizvērt',
      gpcNotice:
        'Jūsu pārlūkprogramma sūta signālu Global Privacy Control. Tāpēc mēs esam izslēguši mārketingu. Ja vēlaties, varat to mainīt zemāk.',
      openSettings: 'Sīkdatņu iestatījumi',
      vendorsHeading: 'Pakalpojumu sniedzēji',
      itemsHeading: 'Sīkdatnes un līdzīgas tehnoloģijas',
      placeholderText: 'Šis saturs ir no {vendor}. Lai to parādītu šeit, atļaujiet {category}.',
      placeholderAllow: 'Atļaut {category}',
      placeholderLink: 'Atvērt pie {vendor}',
      reloadNotice: 'Iepriekš atļautais saturs jau ir ielādēts. Lai to apturētu, pārlādējiet lapu.',
      reloadButton: 'Pārlādēt lapu',
    },
    policy: {
      title: 'Sīkdatņu politika',
      intro:
        'Šeit skaidrojam, kā tīmekļvietne izmanto sīkdatnes un līdzīgas tehnoloģijas. Jūs redzat, kuras mēs izmantojam, kāpēc, cik ilgi tās glabājas un kas saņem datus. Zemāk varat apskatīt un mainīt savu piekrišanu.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Kas ir sīkdatnes?',
          body: 'Sīkdatne ir neliels teksta fails, ko tīmekļvietne saglabā jūsu pārlūkprogrammā. Ar to tīmekļvietne atpazīst jūsu pārlūkprogrammu nākamajā lapas skatījumā vai apmeklējumā.\n\nLīdzīgas tehnoloģijas darbojas tāpat. Piemēri ir pārlūkprogrammas lokālā krātuve un sesijas krātuve, IndexedDB un pikseļi. Šajā politikā tās visas saucam par sīkdatnēm.',
        },
        {
          id: 'session-persistent',
          heading: 'Sesijas sīkdatnes un pastāvīgās sīkdatnes',
          body: 'Sesijas sīkdatne pastāv tikai tik ilgi, kamēr pārlūkprogramma ir atvērta. To izdzēš, kad aizverat pārlūkprogrammu.\n\nPastāvīgā sīkdatne paliek jūsu ierīcē noteiktu laiku vai līdz brīdim, kad to izdzēšat. Katras sīkdatnes maksimālais glabāšanas laiks ir norādīts tabulās zemāk.',
        },
        {
          id: 'first-third-party',
          heading: 'Pirmās puses un trešo pušu sīkdatnes',
          body: 'Pirmās puses sīkdatni iestata tīmekļvietne, kuru apmeklējat. Trešās puses sīkdatni iestata cits uzņēmums, piemēram, statistikas vai reklāmas pakalpojumu sniedzējs.\n\nTrešo pušu sīkdatnes var sūtīt datus pakalpojumu sniedzējam, dažkārt uz valstīm ārpus ES/EEZ. Tabulās redzams, kurš pakalpojumu sniedzējs ir aiz katras sīkdatnes un kur nonāk dati.',
        },
        {
          id: 'change-consent',
          heading: 'Kā mainīt vai atsaukt piekrišanu',
          body: 'Jūs paši izlemjat, kuras sīkdatnes papildus nepieciešamajām mēs drīkstam izmantot. Jūs jebkurā laikā varat mainīt vai atsaukt savu piekrišanu.\n\nIzmantojiet pogu vai saiti “Sīkdatņu iestatījumi”, kas ir pieejama katrā lapā. Šajā lapā redzama jūsu pašreizējā izvēle, piekrišanas ID un izvēles datums. Norādiet savu piekrišanas ID, ja sazināties ar mums par savu piekrišanu.',
        },
        {
          id: 'remove-cookies',
          heading: 'Kā izdzēst sīkdatnes',
          body: 'Jūs varat izdzēst sīkdatnes, kas jau ir jūsu ierīcē, un bloķēt jaunas. To dara pārlūkprogrammas iestatījumos, parasti sadaļā par privātumu, drošību vai vietņu datiem.\n\n- Chrome un Edge: privātuma un vietņu datu iestatījumi.\n- Firefox: privātuma un drošības iestatījumi.\n- Safari: privātuma iestatījumi, kur pārvaldāt tīmekļvietņu datus.\n- Mobilajās ierīcēs: pašas pārlūkprogrammas iestatījumi, dažkārt tālruņa iestatījumos pie lietotnes.\n\nJa bloķējat visas sīkdatnes, dažas tīmekļvietnes daļas var pārstāt darboties. Ja izdzēšat mūsu sīkdatnes, mēs aizmirstam arī jūsu izvēli un jautāsim vēlreiz.',
        },
        {
          id: 'contact',
          heading: 'Kontakti',
          body: 'Sazinieties ar mums, ja jums ir jautājumi par sīkdatnēm vai par to, kā mēs apstrādājam jūsu personas datus.',
        },
      ],
      declarationHeading: 'Tīmekļvietnē izmantotās sīkdatnes',
      vendorsHeading: 'Pakalpojumu sniedzēji',
      lastUpdated: 'Pēdējoreiz atjaunināts',
      version: 'Versija',
      itemCount: 'Sīkdatņu un līdzīgu tehnoloģiju skaits: {count}',
      colName: 'Nosaukums',
      colProvider: 'Pakalpojumu sniedzējs',
      colPurpose: 'Mērķis',
      colDuration: 'Maksimālais glabāšanas laiks',
      colType: 'Veids',
      colCountry: 'Saņēmēja valsts un nosūtīšanas pamats',
      firstParty: 'pirmā puse',
      thirdParty: 'trešā puse',
      typeCookie: 'HTTP sīkdatne',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pikselis',
      durationSession: 'Sesija',
      durationPersistent: 'Pastāvīga',
      durationUnknown: 'Nezināms',
      countryUnknown: 'Saņēmēja valsts nav zināma',
      basisEea: 'ES/EEZ',
      basisAdequacy: 'Lēmums par aizsardzības līmeņa pietiekamību',
      basisDpf: 'ES un ASV datu privātuma regulējums',
      basisScc: 'Līguma standartklauzulas',
      basisBcr: 'Saistošie uzņēmuma noteikumi (BCR)',
      basisNone: 'Nav nosūtīšanas pamata',
      basisUnknown: 'Nosūtīšanas pamats nav zināms',
      vendorData: 'Sīkdatnes un līdzīgas tehnoloģijas',
      vendorRetention: 'Cik ilgi pakalpojumu sniedzējs glabā datus',
      vendorCountries: 'Saņēmēju valstis un nosūtīšanas pamats',
      privacyPolicyLink: 'Pakalpojumu sniedzēja privātuma politika',
      optOutLink: 'Atteikties pie pakalpojumu sniedzēja (opt-out)',
      consentStateHeading: 'Jūsu piekrišana',
      changeConsent: 'Mainīt piekrišanu',
      withdrawConsent: 'Atsaukt piekrišanu',
      noConsent: 'Jūs vēl neesat izdarījis izvēli.',
      noItems: 'Šajā kategorijā mēs neizmantojam sīkdatnes vai līdzīgas tehnoloģijas.',
    },
  },
  categories: {
    necessary: {
      name: 'Nepieciešamās',
      description:
        'Nepieciešamās sīkdatnes nodrošina tīmekļvietnes darbību, piemēram, drošību, pieteikšanos un jūsu sīkdatņu izvēles saglabāšanu. Tās nevar izslēgt.',
    },
    preferences: {
      name: 'Izvēles',
      description:
        'Izvēļu sīkdatnes atceras tādas izvēles kā valoda vai reģions. Tā tīmekļvietne nākamreiz pielāgojas jums.',
    },
    statistics: {
      name: 'Statistika',
      description:
        'Statistikas sīkdatnes parāda, kā apmeklētāji izmanto tīmekļvietni. Mēs izmantojam šo informāciju, lai uzlabotu saturu un funkcijas.',
    },
    marketing: {
      name: 'Mārketings',
      description:
        'Mārketinga sīkdatnes izmanto, lai rādītu jums atbilstošas reklāmas un mērītu, kā reklāmas darbojas. Tās var jums sekot no vienas tīmekļvietnes uz citu.',
    },
    unclassified: {
      name: 'Neklasificētās',
      description:
        'Neklasificētās sīkdatnes mēs vēl neesam klasificējuši. Mēs noskaidrojam, ko tās dara un kas ir aiz tām.',
    },
  },
};
