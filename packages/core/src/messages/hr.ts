/** Croatian default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const hr: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Upotrebljavamo kolačiće',
      description:
        'Mi i naši partneri (ukupno {vendorCount}) upotrebljavamo kolačiće i slične tehnologije u ove svrhe: {categories}. Nužni kolačići uvijek su uključeni. Ostale upotrebljavamo samo uz vašu privolu.',
      withdrawal:
        'Privolu možete u bilo kojem trenutku promijeniti ili povući u odjeljku „Postavke kolačića”, koji se nalazi na svakoj stranici.',
      acceptAll: 'Prihvati sve',
      rejectAll: 'Odbij sve',
      customise: 'Prilagodi',
      save: 'Spremi moje odabire',
      preferencesTitle: 'Prilagodite svoje odabire',
      preferencesDescription:
        'Uključite kategorije s kojima se slažete. Sve osim nužnog ostaje isključeno dok to sami ne uključite.',
      alwaysOn: 'Uvijek aktivni',
      cookiePolicyLink: 'Politika kolačića',
      privacyPolicyLink: 'Politika privatnosti',
      close: 'Zatvori',
      gpcNotice:
        'Vaš preglednik šalje signal Global Privacy Control. Zato smo isključili marketing. Ako želite, to možete promijeniti u nastavku.',
      openSettings: 'Postavke kolačića',
      vendorsHeading: 'Pružatelji',
      itemsHeading: 'Kolačići i slične tehnologije',
      placeholderText:
        'Ovaj sadržaj dolazi od {vendor}. Da biste ga vidjeli ovdje, dopustite {category}.',
      placeholderAllow: 'Dopusti {category}',
      placeholderLink: 'Otvori kod {vendor}',
      reloadNotice:
        'Sadržaj koji ste ranije dopustili već je učitan. Ponovno učitajte stranicu da biste ga zaustavili.',
      reloadButton: 'Ponovno učitaj stranicu',
    },
    policy: {
      title: 'Politika kolačića',
      intro:
        'Ovdje objašnjavamo kako mrežno mjesto upotrebljava kolačiće i slične tehnologije. Vidjet ćete koje upotrebljavamo, zašto, koliko se dugo čuvaju i tko prima podatke. Niže možete pregledati i promijeniti svoju privolu.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Što su kolačići?',
          body: 'Kolačić je mala tekstna datoteka koju mrežno mjesto sprema u vaš preglednik. Pomoću njega mrežno mjesto prepoznaje vaš preglednik pri sljedećem prikazu stranice ili posjetu.\n\nSlične tehnologije rade na isti način. Primjeri su lokalna pohrana i pohrana sesije preglednika, IndexedDB i pikseli. U ovoj politici sve ih nazivamo kolačićima.',
        },
        {
          id: 'session-persistent',
          heading: 'Kolačići sesije i trajni kolačići',
          body: 'Kolačić sesije postoji samo dok je preglednik otvoren. Briše se kada zatvorite preglednik.\n\nTrajni kolačić ostaje na vašem uređaju određeno vrijeme ili dok ga ne izbrišete. Najdulje razdoblje čuvanja svakog kolačića navedeno je u tablicama u nastavku.',
        },
        {
          id: 'first-third-party',
          heading: 'Kolačići prve strane i kolačići trećih strana',
          body: 'Kolačić prve strane postavlja mrežno mjesto koje posjećujete. Kolačić treće strane postavlja drugo poduzeće, na primjer pružatelj statistike ili oglašavanja.\n\nKolačići trećih strana mogu slati podatke pružatelju, ponekad u zemlje izvan EU-a/EGP-a. Tablice pokazuju koji pružatelj stoji iza svakog kolačića i kamo odlaze podaci.',
        },
        {
          id: 'change-consent',
          heading: 'Kako promijeniti ili povući privolu',
          body: 'Vi odlučujete koje kolačiće osim nužnih smijemo upotrebljavati. Privolu možete u bilo kojem trenutku promijeniti ili povući.\n\nUpotrijebite gumb ili poveznicu „Postavke kolačića”, koji se nalazi na svakoj stranici. Ova stranica prikazuje vaš trenutačni odabir, ID privole i datum odabira. Navedite ID privole ako nam se obraćate u vezi sa svojom privolom.',
        },
        {
          id: 'remove-cookies',
          heading: 'Kako izbrisati kolačiće',
          body: 'Kolačiće koji su već na vašem uređaju možete izbrisati, a nove blokirati. To činite u postavkama preglednika, obično pod privatnošću, sigurnošću ili podacima web-mjesta.\n\n- Chrome i Edge: postavke privatnosti i podataka web-mjesta.\n- Firefox: postavke privatnosti i sigurnosti.\n- Safari: postavke privatnosti, gdje upravljate podacima web-mjesta.\n- Mobilni uređaji: postavke samog preglednika, ponekad u postavkama telefona za aplikaciju.\n\nAko blokirate sve kolačiće, dijelovi mrežnog mjesta mogu prestati raditi. Ako izbrišete naše kolačiće, zaboravit ćemo i vaš odabir te vas ponovno pitati.',
        },
        {
          id: 'contact',
          heading: 'Kontakt',
          body: 'Obratite nam se ako imate pitanja o kolačićima ili o tome kako obrađujemo vaše osobne podatke.',
        },
      ],
      declarationHeading: 'Kolačići koje upotrebljava ovo mrežno mjesto',
      vendorsHeading: 'Pružatelji',
      lastUpdated: 'Zadnje ažuriranje',
      version: 'Verzija',
      itemCount: 'Broj kolačića i sličnih tehnologija: {count}',
      colName: 'Naziv',
      colProvider: 'Pružatelj',
      colPurpose: 'Svrha',
      colDuration: 'Najdulje razdoblje čuvanja',
      colType: 'Vrsta',
      colCountry: 'Zemlja primatelja i osnova za prijenos',
      firstParty: 'prva strana',
      thirdParty: 'treća strana',
      typeCookie: 'HTTP kolačić',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Piksel',
      durationSession: 'Sesija',
      durationPersistent: 'Trajni',
      durationUnknown: 'Nepoznato',
      countryUnknown: 'Zemlja primatelja nepoznata',
      basisEea: 'EU/EGP',
      basisAdequacy: 'Odluka o primjerenosti',
      basisDpf: 'Okvir EU-a i SAD-a za privatnost podataka',
      basisScc: 'Standardne ugovorne klauzule',
      basisBcr: 'Obvezujuća korporativna pravila (BCR)',
      basisNone: 'Nema osnove za prijenos',
      basisUnknown: 'Osnova za prijenos nepoznata',
      vendorData: 'Kolačići i slične tehnologije',
      vendorRetention: 'Koliko dugo pružatelj čuva podatke',
      vendorCountries: 'Zemlje primatelja i osnova za prijenos',
      privacyPolicyLink: 'Politika privatnosti pružatelja',
      optOutLink: 'Odbijanje kod pružatelja (opt-out)',
      consentStateHeading: 'Vaša privola',
      changeConsent: 'Promijeni privolu',
      withdrawConsent: 'Povuci privolu',
      noConsent: 'Još niste odabrali.',
      noItems: 'U ovoj kategoriji ne upotrebljavamo kolačiće ni slične tehnologije.',
    },
  },
  categories: {
    necessary: {
      name: 'Nužni',
      description:
        'Nužni kolačići omogućuju rad mrežnog mjesta, na primjer sigurnost, prijavu i pamćenje vašeg odabira kolačića. Ne mogu se isključiti.',
    },
    preferences: {
      name: 'Postavke',
      description:
        'Kolačići postavki pamte odabire kao što su jezik ili regija. Tako se mrežno mjesto sljedeći put prilagođava vama.',
    },
    statistics: {
      name: 'Statistika',
      description:
        'Statistički kolačići pokazuju kako posjetitelji upotrebljavaju mrežno mjesto. Te informacije upotrebljavamo za poboljšanje sadržaja i funkcija.',
    },
    marketing: {
      name: 'Marketing',
      description:
        'Marketinški kolačići upotrebljavaju se za prikaz oglasa koji su vam relevantni i za mjerenje uspješnosti oglasa. Mogu vas pratiti na različitim mrežnim mjestima.',
    },
    unclassified: {
      name: 'Nerazvrstani',
      description:
        'Nerazvrstane kolačiće još nismo razvrstali. Utvrđujemo što rade i tko stoji iza njih.',
    },
  },
};
