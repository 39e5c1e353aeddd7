/** Romanian default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const ro: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Folosim cookie-uri',
      description:
        'Noi și partenerii noștri ({vendorCount} în total) folosim cookie-uri și tehnologii similare pentru {categories}. Cookie-urile necesare sunt mereu active. Celelalte sunt folosite doar dacă sunteți de acord.',
      withdrawal:
        'Vă puteți modifica sau retrage consimțământul oricând din „Setări cookie-uri”, disponibile pe fiecare pagină.',
      acceptAll: 'Acceptă toate',
      rejectAll: 'Respinge toate',
      customise: 'Personalizează',
      save: 'Salvează opțiunile mele',
      preferencesTitle: 'Personalizați opțiunile',
      preferencesDescription:
        'Activați categoriile pe care le acceptați. Tot ce nu este necesar rămâne dezactivat până când îl activați dumneavoastră.',
      alwaysOn: 'Mereu active',
      cookiePolicyLink: 'Politica privind cookie-urile',
      privacyPolicyLink: 'Politica de confidențialitate',
      close: 'Închide',
      gpcNotice:
        'Browserul dumneavoastră trimite semnalul Global Privacy Control. De aceea am dezactivat marketingul. Puteți modifica acest lucru mai jos, dacă doriți.',
      openSettings: 'Setări cookie-uri',
      vendorsHeading: 'Furnizori',
      itemsHeading: 'Cookie-uri și tehnologii similare',
      placeholderText:
        'Acest conținut provine de la {vendor}. Pentru a-l afișa aici, permiteți {category}.',
      placeholderAllow: 'Permiteți {category}',
      placeholderLink: 'Deschideți la {vendor}',
      reloadNotice:
        'Conținutul pe care l-ați permis anterior s-a încărcat deja. Reîncărcați pagina pentru a-l opri.',
      reloadButton: 'Reîncărcați pagina',
    },
    policy: {
      title: 'Politica privind cookie-urile',
      intro:
        'Aici explicăm cum folosește site-ul cookie-uri și tehnologii similare. Vedeți pe care le folosim, de ce, cât timp sunt păstrate și cine primește datele. Mai jos vă puteți vedea și modifica consimțământul.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Ce sunt cookie-urile?',
          body: 'Un cookie este un mic fișier text pe care un site îl salvează în browserul dumneavoastră. Acesta permite site-ului să vă recunoască browserul la următoarea pagină sau vizită.\n\nTehnologiile similare funcționează la fel. Exemple sunt stocarea locală și stocarea de sesiune ale browserului, IndexedDB și pixelii. În această politică le numim pe toate cookie-uri.',
        },
        {
          id: 'session-persistent',
          heading: 'Cookie-uri de sesiune și cookie-uri persistente',
          body: 'Un cookie de sesiune există doar cât timp browserul este deschis. Este șters când închideți browserul.\n\nUn cookie persistent rămâne pe dispozitiv o perioadă stabilită sau până când îl ștergeți. Durata maximă de stocare a fiecărui cookie este indicată în tabelele de mai jos.',
        },
        {
          id: 'first-third-party',
          heading: 'Cookie-uri proprii și cookie-uri terțe',
          body: 'Un cookie propriu este plasat de site-ul pe care îl vizitați. Un cookie terț este plasat de o altă companie, de exemplu un furnizor de statistici sau de publicitate.\n\nCookie-urile terțe pot trimite date furnizorului, uneori în țări din afara UE/SEE. Tabelele arată ce furnizor se află în spatele fiecărui cookie și unde ajung datele.',
        },
        {
          id: 'change-consent',
          heading: 'Cum vă modificați sau retrageți consimțământul',
          body: 'Dumneavoastră decideți ce cookie-uri putem folosi, pe lângă cele necesare. Vă puteți modifica sau retrage consimțământul oricând.\n\nFolosiți butonul sau linkul „Setări cookie-uri”, disponibil pe fiecare pagină. Această pagină arată opțiunea actuală, ID-ul consimțământului și data opțiunii. Menționați ID-ul consimțământului dacă ne contactați în legătură cu consimțământul dumneavoastră.',
        },
        {
          id: 'remove-cookies',
          heading: 'Cum ștergeți cookie-urile',
          body: 'Puteți șterge cookie-urile deja salvate pe dispozitiv și le puteți bloca pe cele noi. Acest lucru se face în setările browserului, de obicei la confidențialitate, securitate sau datele site-urilor.\n\n- Chrome și Edge: setările de confidențialitate și date ale site-urilor.\n- Firefox: setările de confidențialitate și securitate.\n- Safari: setările de confidențialitate, unde gestionați datele site-urilor.\n- Mobil: setările proprii ale browserului, uneori în setările telefonului pentru aplicație.\n\nDacă blocați toate cookie-urile, unele părți ale site-ului pot înceta să funcționeze. Dacă ștergeți cookie-urile noastre, uităm și opțiunea dumneavoastră și vă întrebăm din nou.',
        },
        {
          id: 'contact',
          heading: 'Contact',
          body: 'Contactați-ne dacă aveți întrebări despre cookie-uri sau despre modul în care vă prelucrăm datele cu caracter personal.',
        },
      ],
      declarationHeading: 'Cookie-uri folosite pe acest site',
      vendorsHeading: 'Furnizori',
      lastUpdated: 'Ultima actualizare',
      version: 'Versiune',
      itemCount: 'Numărul de cookie-uri și tehnologii similare: {count}',
      colName: 'Nume',
      colProvider: 'Furnizor',
      colPurpose: 'Scop',
      colDuration: 'Durata maximă de stocare',
      colType: 'Tip',
      colCountry: 'Țara destinatarului și temeiul transferului',
      firstParty: 'propriu',
      thirdParty: 'terț',
      typeCookie: 'Cookie HTTP',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pixel',
      durationSession: 'Sesiune',
      durationPersistent: 'Persistent',
      durationUnknown: 'Necunoscută',
      countryUnknown: 'Țara destinatarului este necunoscută',
      basisEea: 'UE/SEE',
      basisAdequacy: 'Decizie privind caracterul adecvat',
      basisDpf: 'Cadrul UE-SUA privind protecția datelor',
      basisScc: 'Clauze contractuale standard',
      basisBcr: 'Reguli corporatiste obligatorii (BCR)',
      basisNone: 'Niciun temei pentru transfer',
      basisUnknown: 'Temeiul transferului este necunoscut',
      vendorData: 'Cookie-uri și tehnologii similare',
      vendorRetention: 'Cât timp păstrează furnizorul datele',
      vendorCountries: 'Țările destinatarilor și temeiul transferului',
      privacyPolicyLink: 'Politica de confidențialitate a furnizorului',
      optOutLink: 'Opoziție la furnizor (opt-out)',
      consentStateHeading: 'Consimțământul dumneavoastră',
      changeConsent: 'Modifică consimțământul',
      withdrawConsent: 'Retrage consimțământul',
      noConsent: 'Nu ați făcut încă nicio alegere.',
      noItems: 'Nu folosim cookie-uri sau tehnologii similare în această categorie.',
    },
  },
  categories: {
    necessary: {
      name: 'Necesare',
      description:
        'Cookie-urile necesare fac site-ul să funcționeze, de exemplu securitatea, autentificarea și reținerea opțiunii dumneavoastră privind cookie-urile. Nu pot fi dezactivate.',
    },
    preferences: {
      name: 'Preferințe',
      description:
        'Cookie-urile de preferințe rețin opțiuni precum limba sau regiunea. Astfel, site-ul se adaptează la dumneavoastră data viitoare.',
    },
    statistics: {
      name: 'Statistici',
      description:
        'Cookie-urile de statistică arată cum folosesc vizitatorii site-ul. Folosim informațiile pentru a îmbunătăți conținutul și funcțiile.',
    },
    marketing: {
      name: 'Marketing',
      description:
        'Cookie-urile de marketing sunt folosite pentru a vă afișa reclame relevante și pentru a măsura performanța acestora. Vă pot urmări de la un site la altul.',
    },
    unclassified: {
      name: 'Neclasificate',
      description:
        'Cookie-urile neclasificate sunt cele pe care nu le-am clasificat încă. Aflăm ce fac și cine se află în spatele lor.',
    },
  },
};
