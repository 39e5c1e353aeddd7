/** Hungarian default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const hu: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Sütiket használunk',
      description:
        'Mi és partnereink (összesen {vendorCount}) sütiket és hasonló technológiákat használunk a következő célokra: {categories}. A szükséges sütik mindig be vannak kapcsolva. A többit csak az Ön hozzájárulásával használjuk.',
      withdrawal:
        'Hozzájárulását bármikor módosíthatja vagy visszavonhatja a „Sütibeállítások” menüpontban, amely minden oldalon megtalálható.',
      acceptAll: 'Az összes elfogadása',
      rejectAll: 'Az összes elutasítása',
      customise: 'Testreszabás',
      save: 'Választásaim mentése',
      preferencesTitle: 'Választásai testreszabása',
      preferencesDescription:
        'Kapcsolja be azokat a kategóriákat, amelyekhez hozzájárul. A szükségesen kívül minden kikapcsolva marad, amíg Ön be nem kapcsolja.',
      alwaysOn: 'Mindig aktív',
      cookiePolicyLink: 'Sütikre vonatkozó szabályzat',
      privacyPolicyLink: 'Adatvédelmi tájékoztató',
      close: 'Bezárás',
      gpcNotice:
        'Böngészője Global Privacy Control jelzést küld. Ezért kikapcsoltuk a marketinget. Ha szeretné, ezt lent módosíthatja.',
      openSettings: 'Sütibeállítások',
      vendorsHeading: 'Szolgáltatók',
      itemsHeading: 'Sütik és hasonló technológiák',
      placeholderText:
        'Ez a tartalom innen származik: {vendor}. Ha itt szeretné látni, engedélyezze a következőt: {category}.',
      placeholderAllow: 'Engedélyezés: {category}',
      placeholderLink: 'Megnyitás itt: {vendor}',
      reloadNotice:
        'A korábban engedélyezett tartalom már betöltődött. A leállításához töltse újra az oldalt.',
      reloadButton: 'Oldal újratöltése',
    },
    policy: {
      title: 'Sütikre vonatkozó szabályzat',
      intro:
        'Itt elmagyarázzuk, hogyan használja a webhely a sütiket és a hasonló technológiákat. Láthatja, melyeket használjuk, miért, mennyi ideig tároljuk őket, és ki kapja meg az adatokat. Lejjebb megtekintheti és módosíthatja hozzájárulását.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Mik azok a sütik?',
          body: 'A süti egy kis szöveges fájl, amelyet a webhely az Ön böngészőjében tárol. Segítségével a webhely a következő oldalmegtekintéskor vagy látogatáskor felismeri a böngészőjét.\n\nA hasonló technológiák ugyanígy működnek. Ilyen például a böngésző helyi tárolója és munkamenet-tárolója, az IndexedDB és a pixelek. Ebben a szabályzatban mindegyiket sütinek nevezzük.',
        },
        {
          id: 'session-persistent',
          heading: 'Munkamenet-sütik és állandó sütik',
          body: 'A munkamenet-süti csak addig létezik, amíg a böngésző nyitva van. A böngésző bezárásakor törlődik.\n\nAz állandó süti meghatározott ideig vagy addig marad az eszközén, amíg Ön nem törli. Az egyes sütik leghosszabb tárolási idejét az alábbi táblázatok tartalmazzák.',
        },
        {
          id: 'first-third-party',
          heading: 'Saját és harmadik féltől származó sütik',
          body: 'A saját sütit a meglátogatott webhely helyezi el. A harmadik féltől származó sütit egy másik vállalat helyezi el, például egy statisztikai vagy hirdetési szolgáltató.\n\nA harmadik féltől származó sütik adatokat küldhetnek a szolgáltatónak, néha az EU-n/EGT-n kívüli országokba is. A táblázatok mutatják, melyik szolgáltató áll az egyes sütik mögött, és hová kerülnek az adatok.',
        },
        {
          id: 'change-consent',
          heading: 'Hogyan módosíthatja vagy vonhatja vissza hozzájárulását',
          body: 'Ön dönti el, hogy a szükségeseken kívül mely sütiket használhatjuk. Hozzájárulását bármikor módosíthatja vagy visszavonhatja.\n\nHasználja a „Sütibeállítások” gombot vagy hivatkozást, amely minden oldalon megtalálható. Ez az oldal mutatja jelenlegi választását, hozzájárulási azonosítóját és választása dátumát. Ha hozzájárulásával kapcsolatban keres meg minket, adja meg hozzájárulási azonosítóját.',
        },
        {
          id: 'remove-cookies',
          heading: 'Hogyan törölheti a sütiket',
          body: 'Törölheti az eszközén már tárolt sütiket, és letilthatja az újakat. Ezt a böngésző beállításaiban teheti meg, általában az adatvédelem, a biztonság vagy a webhelyadatok alatt.\n\n- Chrome és Edge: az adatvédelmi és webhelyadat-beállítások.\n- Firefox: az adatvédelmi és biztonsági beállítások.\n- Safari: az adatvédelmi beállítások, ahol a webhelyadatokat kezeli.\n- Mobil: a böngésző saját beállításai, néha a telefon beállításaiban az alkalmazásnál.\n\nHa minden sütit letilt, a webhely egyes részei leállhatnak. Ha törli sütijeinket, választását is elfelejtjük, és újra megkérdezzük.',
        },
        {
          id: 'contact',
          heading: 'Kapcsolat',
          body: 'Forduljon hozzánk, ha kérdése van a sütikkel vagy személyes adatai kezelésével kapcsolatban.',
        },
      ],
      declarationHeading: 'A webhely által használt sütik',
      vendorsHeading: 'Szolgáltatók',
      lastUpdated: 'Utolsó frissítés',
      version: 'Verzió',
      itemCount: 'A sütik és hasonló technológiák száma: {count}',
      colName: 'Név',
      colProvider: 'Szolgáltató',
      colPurpose: 'Cél',
      colDuration: 'Leghosszabb tárolási idő',
      colType: 'Típus',
      colCountry: 'Címzett országa és a továbbítás jogalapja',
      firstParty: 'saját',
      thirdParty: 'harmadik fél',
      typeCookie: 'HTTP-süti',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pixel',
      durationSession: 'Munkamenet',
      durationPersistent: 'Állandó',
      durationUnknown: 'Ismeretlen',
      countryUnknown: 'A címzett országa ismeretlen',
      basisEea: 'EU/EGT',
      basisAdequacy: 'Megfelelőségi határozat',
      basisDpf: 'EU–USA adatvédelmi keretrendszer',
      basisScc: 'Általános adatvédelmi kikötések',
      basisBcr: 'Kötelező erejű vállalati szabályok (BCR)',
      basisNone: 'Nincs továbbítási jogalap',
      basisUnknown: 'A továbbítás jogalapja ismeretlen',
      vendorData: 'Sütik és hasonló technológiák',
      vendorRetention: 'Meddig tárolja a szolgáltató az adatokat',
      vendorCountries: 'Címzett országok és a továbbítás jogalapja',
      privacyPolicyLink: 'A szolgáltató adatvédelmi tájékoztatója',
      optOutLink: 'Leiratkozás a szolgáltatónál (opt-out)',
      consentStateHeading: 'Az Ön hozzájárulása',
      changeConsent: 'Hozzájárulás módosítása',
      withdrawConsent: 'Hozzájárulás visszavonása',
      noConsent: 'Még nem választott.',
      noItems: 'Ebben a kategóriában nem használunk sütiket vagy hasonló technológiákat.',
    },
  },
  categories: {
    necessary: {
      name: 'Szükséges',
      description:
        'A szükséges sütik biztosítják a webhely működését, például a biztonságot, a bejelentkezést és sütiválasztása megjegyzését. Nem kapcsolhatók ki.',
    },
    preferences: {
      name: 'Beállítások',
      description:
        'A beállítási sütik megjegyzik az olyan választásokat, mint a nyelv vagy a régió. Így a webhely legközelebb Önhöz igazodik.',
    },
    statistics: {
      name: 'Statisztika',
      description:
        'A statisztikai sütik megmutatják, hogyan használják a látogatók a webhelyet. Az információkat a tartalom és a funkciók javítására használjuk.',
    },
    marketing: {
      name: 'Marketing',
      description:
        'A marketingsütik az Ön számára releváns hirdetések megjelenítésére és a hirdetések hatékonyságának mérésére szolgálnak. Követhetik Önt a különböző webhelyeken.',
    },
    unclassified: {
      name: 'Besorolatlan',
      description:
        'A besorolatlan sütiket még nem soroltuk be. Vizsgáljuk, mit csinálnak, és ki áll mögöttük.',
    },
  },
};
