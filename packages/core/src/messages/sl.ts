/** Slovenian default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const sl: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Uporabljamo piškotke',
      description:
        'Mi in naši partnerji (skupaj {vendorCount}) uporabljamo piškotke in podobne tehnologije za te namene: {categories}. Nujni piškotki so vedno vklopljeni. Druge uporabljamo le z vašo privolitvijo.',
      withdrawal:
        'Privolitev lahko kadar koli spremenite ali prekličete v razdelku »Nastavitve piškotkov«, ki je na voljo na vsaki strani.',
      acceptAll: 'Sprejmi vse',
      rejectAll: 'Zavrni vse',
      customise: 'Prilagodi',
      save: 'Shrani moje izbire',
      preferencesTitle: 'Prilagodite svoje izbire',
      preferencesDescription:
        'Vklopite kategorije, s katerimi se strinjate. Vse razen nujnega ostane izklopljeno, dokler tega sami ne vklopite.',
      alwaysOn: 'Vedno aktivni',
      cookiePolicyLink: 'Politika piškotkov',
      privacyPolicyLink: 'Politika zasebnosti',
      close: 'Zapri',
      gpcNotice:
        'Vaš brskalnik pošilja signal Global Privacy Control. Zato smo izklopili trženje. Če želite, lahko to spodaj spremenite.',
      openSettings: 'Nastavitve piškotkov',
      vendorsHeading: 'Ponudniki',
      itemsHeading: 'Piškotki in podobne tehnologije',
      placeholderText:
        'Ta vsebina prihaja od {vendor}. Če jo želite prikazati tukaj, dovolite {category}.',
      placeholderAllow: 'Dovoli {category}',
      placeholderLink: 'Odpri pri {vendor}',
      reloadNotice:
        'Vsebina, ki ste jo prej dovolili, je že naložena. Znova naložite stran, da jo ustavite.',
      reloadButton: 'Znova naloži stran',
    },
    policy: {
      title: 'Politika piškotkov',
      intro:
        'Tukaj pojasnjujemo, kako spletno mesto uporablja piškotke in podobne tehnologije. Vidite, katere uporabljamo, zakaj, kako dolgo se hranijo in kdo prejme podatke. Spodaj si lahko ogledate in spremenite svojo privolitev.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Kaj so piškotki?',
          body: 'Piškotek je majhna besedilna datoteka, ki jo spletno mesto shrani v vaš brskalnik. Z njo spletno mesto prepozna vaš brskalnik ob naslednjem ogledu strani ali obisku.\n\nPodobne tehnologije delujejo na enak način. Primeri so lokalna shramba in shramba seje brskalnika, IndexedDB in slikovne pike. V tej politiki jih vse imenujemo piškotki.',
        },
        {
          id: 'session-persistent',
          heading: 'Sejni in trajni piškotki',
          body: 'Sejni piškotek obstaja le, dokler je brskalnik odprt. Izbriše se, ko zaprete brskalnik.\n\nTrajni piškotek ostane v vaši napravi določen čas ali dokler ga ne izbrišete. Najdaljši čas hrambe vsakega piškotka je naveden v spodnjih preglednicah.',
        },
        {
          id: 'first-third-party',
          heading: 'Piškotki prve in tretjih oseb',
          body: 'Piškotek prve osebe nastavi spletno mesto, ki ga obiskujete. Piškotek tretje osebe nastavi drugo podjetje, na primer ponudnik statistike ali oglaševanja.\n\nPiškotki tretjih oseb lahko pošiljajo podatke ponudniku, včasih v države zunaj EU/EGP. Preglednice kažejo, kateri ponudnik stoji za posameznim piškotkom in kam gredo podatki.',
        },
        {
          id: 'change-consent',
          heading: 'Kako spremenite ali prekličete privolitev',
          body: 'Sami odločate, katere piškotke poleg nujnih smemo uporabljati. Privolitev lahko kadar koli spremenite ali prekličete.\n\nUporabite gumb ali povezavo »Nastavitve piškotkov«, ki je na voljo na vsaki strani. Ta stran prikazuje vašo trenutno izbiro, ID privolitve in datum izbire. Če nas kontaktirate glede privolitve, navedite ID privolitve.',
        },
        {
          id: 'remove-cookies',
          heading: 'Kako izbrišete piškotke',
          body: 'Piškotke, ki so že v vaši napravi, lahko izbrišete in nove blokirate. To storite v nastavitvah brskalnika, običajno pod zasebnostjo, varnostjo ali podatki spletnih mest.\n\n- Chrome in Edge: nastavitve zasebnosti in podatkov spletnih mest.\n- Firefox: nastavitve zasebnosti in varnosti.\n- Safari: nastavitve zasebnosti, kjer upravljate podatke spletnih mest.\n- Mobilne naprave: nastavitve samega brskalnika, včasih v nastavitvah telefona za aplikacijo.\n\nČe blokirate vse piškotke, deli spletnega mesta morda ne bodo več delovali. Če izbrišete naše piškotke, pozabimo tudi vašo izbiro in vas vprašamo znova.',
        },
        {
          id: 'contact',
          heading: 'Kontakt',
          body: 'Obrnite se na nas, če imate vprašanja o piškotkih ali o tem, kako obdelujemo vaše osebne podatke.',
        },
      ],
      declarationHeading: 'Piškotki, ki jih uporablja spletno mesto',
      vendorsHeading: 'Ponudniki',
      lastUpdated: 'Zadnja posodobitev',
      version: 'Različica',
      itemCount: 'Število piškotkov in podobnih tehnologij: {count}',
      colName: 'Ime',
      colProvider: 'Ponudnik',
      colPurpose: 'Namen',
      colDuration: 'Najdaljši čas hrambe',
      colType: 'Vrsta',
      colCountry: 'Država prejemnika in podlaga za prenos',
      firstParty: 'prva oseba',
      thirdParty: 'tretja oseba',
      typeCookie: 'Piškotek HTTP',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Slikovna pika',
      durationSession: 'Seja',
      durationPersistent: 'Trajni',
      durationUnknown: 'Neznano',
      countryUnknown: 'Država prejemnika ni znana',
      basisEea: 'EU/EGP',
      basisAdequacy: 'Sklep o ustreznosti',
      basisDpf: 'Okvir EU-ZDA za zasebnost podatkov',
      basisScc: 'Standardna pogodbena določila',
      basisBcr: 'Zavezujoča poslovna pravila (BCR)',
      basisNone: 'Ni podlage za prenos',
      basisUnknown: 'Podlaga za prenos ni znana',
      vendorData: 'Piškotki in podobne tehnologije',
      vendorRetention: 'Kako dolgo ponudnik hrani podatke',
      vendorCountries: 'Države prejemnikov in podlaga za prenos',
      privacyPolicyLink: 'Politika zasebnosti ponudnika',
      optOutLink: 'Zavrnitev pri ponudniku (opt-out)',
      consentStateHeading: 'Vaša privolitev',
      changeConsent: 'Spremeni privolitev',
      withdrawConsent: 'Prekliči privolitev',
      noConsent: 'Še niste izbrali.',
      noItems: 'V tej kategoriji ne uporabljamo piškotkov ali podobnih tehnologij.',
    },
  },
  categories: {
    necessary: {
      name: 'Nujni',
      description:
        'Nujni piškotki omogočajo delovanje spletnega mesta, na primer varnost, prijavo in shranjevanje vaše izbire glede piškotkov. Ni jih mogoče izklopiti.',
    },
    preferences: {
      name: 'Nastavitve',
      description:
        'Piškotki nastavitev si zapomnijo izbire, kot sta jezik ali regija. Tako se spletno mesto naslednjič prilagodi vam.',
    },
    statistics: {
      name: 'Statistika',
      description:
        'Statistični piškotki kažejo, kako obiskovalci uporabljajo spletno mesto. Podatke uporabljamo za izboljšanje vsebine in funkcij.',
    },
    marketing: {
      name: 'Trženje',
      description:
        'Trženjski piškotki se uporabljajo za prikaz oglasov, ki so za vas pomembni, in za merjenje uspešnosti oglasov. Lahko vam sledijo med spletnimi mesti.',
    },
    unclassified: {
      name: 'Nerazvrščeni',
      description:
        'Nerazvrščenih piškotkov še nismo razvrstili. Ugotavljamo, kaj počnejo in kdo stoji za njimi.',
    },
  },
};
