/** Lithuanian default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const lt: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Naudojame slapukus',
      description:
        'Mes ir mūsų partneriai (iš viso {vendorCount}) naudojame slapukus ir panašias technologijas šiais tikslais: {categories}. Būtinieji slapukai visada įjungti. Kitus naudojame tik jums sutikus.',
      withdrawal:
        'Bet kada galite pakeisti arba atšaukti savo sutikimą per skiltį „Slapukų nustatymai“, kurią rasite kiekviename puslapyje.',
      acceptAll: 'Priimti visus',
      rejectAll: 'Atmesti visus',
      customise: 'Pritaikyti',
      save: 'Išsaugoti mano pasirinkimą',
      preferencesTitle: 'Pritaikykite savo pasirinkimą',
      preferencesDescription:
        'Įjunkite kategorijas, kurioms pritariate. Viskas, išskyrus būtinus slapukus, lieka išjungta, kol patys to neįjungsite.',
      alwaysOn: 'Visada aktyvūs',
      cookiePolicyLink: 'Slapukų politika',
      privacyPolicyLink: 'Privatumo politika',
      close: 'Uždaryti',
      gpcNotice:
        'Jūsų naršyklė siunčia signalą Global Privacy Control. Todėl išjungėme rinkodarą. Jei norite, galite tai pakeisti toliau.',
      openSettings: 'Slapukų nustatymai',
      vendorsHeading: 'Paslaugų teikėjai',
      itemsHeading: 'Slapukai ir panašios technologijos',
      placeholderText:
        'Šis turinys gaunamas iš {vendor}. Kad jis būtų rodomas čia, leiskite {category}.',
      placeholderAllow: 'Leisti {category}',
      placeholderLink: 'Atidaryti {vendor}',
      reloadNotice:
        'Anksčiau leistas turinys jau įkeltas. Norėdami jį sustabdyti, iš naujo įkelkite puslapį.',
      reloadButton: 'Įkelti puslapį iš naujo',
    },
    policy: {
      title: 'Slapukų politika',
      intro:
        'Čia paaiškiname, kaip svetainė naudoja slapukus ir panašias technologijas. Matysite, kuriuos naudojame, kodėl, kiek laiko jie saugomi ir kas gauna duomenis. Žemiau galite peržiūrėti ir pakeisti savo sutikimą.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Kas yra slapukai?',
          body: 'Slapukas yra nedidelis tekstinis failas, kurį svetainė išsaugo jūsų naršyklėje. Jis leidžia svetainei atpažinti jūsų naršyklę kito puslapio peržiūros ar apsilankymo metu.\n\nPanašios technologijos veikia taip pat. Pavyzdžiui, naršyklės vietinė saugykla ir seanso saugykla, IndexedDB ir pikseliai. Šioje politikoje juos visus vadiname slapukais.',
        },
        {
          id: 'session-persistent',
          heading: 'Seanso slapukai ir ilgalaikiai slapukai',
          body: 'Seanso slapukas egzistuoja tik tol, kol naršyklė atidaryta. Jis ištrinamas, kai uždarote naršyklę.\n\nIlgalaikis slapukas lieka jūsų įrenginyje nustatytą laiką arba tol, kol jį ištrinate. Ilgiausias kiekvieno slapuko saugojimo laikas nurodytas toliau pateiktose lentelėse.',
        },
        {
          id: 'first-third-party',
          heading: 'Pirmosios šalies ir trečiųjų šalių slapukai',
          body: 'Pirmosios šalies slapuką įrašo svetainė, kurioje lankotės. Trečiosios šalies slapuką įrašo kita įmonė, pavyzdžiui, statistikos ar reklamos paslaugų teikėjas.\n\nTrečiųjų šalių slapukai gali siųsti duomenis paslaugų teikėjui, kartais į šalis už ES/EEE ribų. Lentelėse matyti, kuris paslaugų teikėjas yra už kiekvieno slapuko ir kur keliauja duomenys.',
        },
        {
          id: 'change-consent',
          heading: 'Kaip pakeisti ar atšaukti sutikimą',
          body: 'Jūs pats sprendžiate, kuriuos slapukus, be būtinųjų, galime naudoti. Bet kada galite pakeisti arba atšaukti savo sutikimą.\n\nNaudokite mygtuką arba nuorodą „Slapukų nustatymai“, kurią rasite kiekviename puslapyje. Šiame puslapyje rodomas jūsų dabartinis pasirinkimas, sutikimo ID ir pasirinkimo data. Nurodykite savo sutikimo ID, jei kreipiatės į mus dėl savo sutikimo.',
        },
        {
          id: 'remove-cookies',
          heading: 'Kaip ištrinti slapukus',
          body: 'Galite ištrinti jūsų įrenginyje jau esančius slapukus ir blokuoti naujus. Tai daroma naršyklės nustatymuose, dažniausiai skiltyje apie privatumą, saugumą ar svetainių duomenis.\n\n- Chrome ir Edge: privatumo ir svetainių duomenų nustatymai.\n- Firefox: privatumo ir saugumo nustatymai.\n- Safari: privatumo nustatymai, kuriuose tvarkote svetainių duomenis.\n- Mobilieji įrenginiai: pačios naršyklės nustatymai, kartais telefono nustatymuose prie programėlės.\n\nJei blokuosite visus slapukus, kai kurios svetainės dalys gali nustoti veikti. Jei ištrinsite mūsų slapukus, pamiršime ir jūsų pasirinkimą bei paklausime dar kartą.',
        },
        {
          id: 'contact',
          heading: 'Kontaktai',
          body: 'Susisiekite su mumis, jei turite klausimų apie slapukus arba apie tai, kaip tvarkome jūsų asmens duomenis.',
        },
      ],
      declarationHeading: 'Svetainėje naudojami slapukai',
      vendorsHeading: 'Paslaugų teikėjai',
      lastUpdated: 'Paskutinį kartą atnaujinta',
      version: 'Versija',
      itemCount: 'Slapukų ir panašių technologijų skaičius: {count}',
      colName: 'Pavadinimas',
      colProvider: 'Paslaugų teikėjas',
      colPurpose: 'Tikslas',
      colDuration: 'Ilgiausias saugojimo laikas',
      colType: 'Tipas',
      colCountry: 'Gavėjo šalis ir perdavimo pagrindas',
      firstParty: 'pirmoji šalis',
      thirdParty: 'trečioji šalis',
      typeCookie: 'HTTP slapukas',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pikselis',
      durationSession: 'Seansas',
      durationPersistent: 'Ilgalaikis',
      durationUnknown: 'Nežinoma',
      countryUnknown: 'Gavėjo šalis nežinoma',
      basisEea: 'ES/EEE',
      basisAdequacy: 'Sprendimas dėl tinkamumo',
      basisDpf: 'ES ir JAV duomenų privatumo sistema',
      basisScc: 'Standartinės sutarčių sąlygos',
      basisBcr: 'Įmonei privalomos taisyklės (BCR)',
      basisNone: 'Nėra perdavimo pagrindo',
      basisUnknown: 'Perdavimo pagrindas nežinomas',
      vendorData: 'Slapukai ir panašios technologijos',
      vendorRetention: 'Kiek laiko paslaugų teikėjas saugo duomenis',
      vendorCountries: 'Gavėjų šalys ir perdavimo pagrindas',
      privacyPolicyLink: 'Paslaugų teikėjo privatumo politika',
      optOutLink: 'Atsisakyti pas paslaugų teikėją (opt-out)',
      consentStateHeading: 'Jūsų sutikimas',
      changeConsent: 'Keisti sutikimą',
      withdrawConsent: 'Atšaukti sutikimą',
      noConsent: 'Dar nieko nepasirinkote.',
      noItems: 'Šioje kategorijoje nenaudojame slapukų ar panašių technologijų.',
    },
  },
  categories: {
    necessary: {
      name: 'Būtinieji',
      description:
        'Būtinieji slapukai užtikrina svetainės veikimą, pavyzdžiui, saugumą, prisijungimą ir jūsų slapukų pasirinkimo įsiminimą. Jų negalima išjungti.',
    },
    preferences: {
      name: 'Nuostatos',
      description:
        'Nuostatų slapukai įsimena pasirinkimus, pavyzdžiui, kalbą ar regioną. Taip kitą kartą svetainė prisitaiko prie jūsų.',
    },
    statistics: {
      name: 'Statistika',
      description:
        'Statistikos slapukai parodo, kaip lankytojai naudojasi svetaine. Šią informaciją naudojame turiniui ir funkcijoms tobulinti.',
    },
    marketing: {
      name: 'Rinkodara',
      description:
        'Rinkodaros slapukai naudojami jums aktualiai reklamai rodyti ir reklamos veiksmingumui matuoti. Jie gali sekti jus įvairiose svetainėse.',
    },
    unclassified: {
      name: 'Neklasifikuoti',
      description:
        'Neklasifikuotų slapukų dar nesuklasifikavome. Aiškinamės, ką jie daro ir kas už jų stovi.',
    },
  },
};
