/** Finnish default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const fi: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Käytämme evästeitä',
      description:
        'Me ja {vendorCount} kumppaniamme käytämme evästeitä ja vastaavia tekniikoita seuraaviin tarkoituksiin: {categories}. Välttämättömät evästeet ovat aina käytössä. Muita käytetään vain, jos annat suostumuksesi.',
      withdrawal:
        'Voit muuttaa tai peruuttaa suostumuksesi milloin tahansa kohdasta Evästeasetukset, joka löytyy jokaiselta sivulta.',
      acceptAll: 'Hyväksy kaikki',
      rejectAll: 'Hylkää kaikki',
      customise: 'Mukauta',
      save: 'Tallenna valintani',
      preferencesTitle: 'Mukauta valintojasi',
      preferencesDescription:
        'Ota käyttöön ne luokat, jotka hyväksyt. Kaikki muu kuin välttämätön on pois päältä, kunnes otat sen itse käyttöön.',
      alwaysOn: 'Aina käytössä',
      cookiePolicyLink: 'Evästekäytäntö',
      privacyPolicyLink: 'Tietosuojaseloste',
      close: 'Sulje',
      gpcNotice:
        'Selaimesi lähettää Global Privacy Control -signaalin. Siksi olemme poistaneet markkinoinnin käytöstä. Voit halutessasi muuttaa tätä alla.',
      openSettings: 'Evästeasetukset',
      vendorsHeading: 'Palveluntarjoajat',
      itemsHeading: 'Evästeet ja vastaavat tekniikat',
      placeholderText:
        'Tämä sisältö tulee palvelusta {vendor}. Jos haluat nähdä sen tässä, salli {category}.',
      placeholderAllow: 'Salli {category}',
      placeholderLink: 'Avaa palvelussa {vendor}',
      reloadNotice:
        'Aiemmin sallimasi sisältö on jo ladattu. Lataa sivu uudelleen pysäyttääksesi sen.',
      reloadButton: 'Lataa sivu uudelleen',
    },
    policy: {
      title: 'Evästekäytäntö',
      intro:
        'Tällä sivulla kerromme, miten sivusto käyttää evästeitä ja vastaavia tekniikoita. Näet, mitä käytämme, miksi, kuinka kauan niitä säilytetään ja kuka tiedot saa. Alempana voit tarkastella suostumustasi ja muuttaa sitä.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Mitä evästeet ovat?',
          body: 'Eväste on pieni tekstitiedosto, jonka sivusto tallentaa selaimeesi. Sen avulla sivusto tunnistaa selaimesi seuraavalla sivulatauksella tai käynnillä.\n\nVastaavat tekniikat toimivat samalla tavalla. Esimerkkejä ovat selaimen paikallinen tallennustila ja istuntotallennustila, IndexedDB ja pikselit. Tässä käytännössä kutsumme niitä kaikkia evästeiksi.',
        },
        {
          id: 'session-persistent',
          heading: 'Istuntoevästeet ja pysyvät evästeet',
          body: 'Istuntoeväste on olemassa vain niin kauan kuin selaimesi on auki. Se poistetaan, kun suljet selaimen.\n\nPysyvä eväste säilyy laitteellasi määrätyn ajan tai kunnes poistat sen. Kunkin evästeen enimmäissäilytysaika on alla olevissa taulukoissa.',
        },
        {
          id: 'first-third-party',
          heading: 'Ensimmäisen osapuolen ja kolmannen osapuolen evästeet',
          body: 'Ensimmäisen osapuolen evästeen asettaa sivusto, jolla vierailet. Kolmannen osapuolen evästeen asettaa toinen yritys, esimerkiksi tilasto- tai mainospalvelun tarjoaja.\n\nKolmannen osapuolen evästeet voivat lähettää tietoja palveluntarjoajalle, joskus EU:n/ETA:n ulkopuolisiin maihin. Taulukoista näet, mikä palveluntarjoaja on kunkin evästeen takana ja minne tiedot menevät.',
        },
        {
          id: 'change-consent',
          heading: 'Näin muutat tai peruutat suostumuksesi',
          body: 'Sinä päätät, mitä evästeitä saamme käyttää välttämättömien lisäksi. Voit muuttaa tai peruuttaa suostumuksesi milloin tahansa.\n\nKäytä painiketta tai linkkiä Evästeasetukset, joka löytyy jokaiselta sivulta. Tällä sivulla näkyvät nykyinen valintasi, suostumustunnuksesi ja valintasi päivämäärä. Mainitse suostumustunnuksesi, jos otat meihin yhteyttä suostumukseesi liittyen.',
        },
        {
          id: 'remove-cookies',
          heading: 'Näin poistat evästeet',
          body: 'Voit poistaa laitteellesi jo tallennetut evästeet ja estää uudet. Se tehdään selaimen asetuksista, yleensä kohdasta tietosuoja, turvallisuus tai sivustotiedot.\n\n- Chrome ja Edge: tietosuojan ja sivustotietojen asetukset.\n- Firefox: tietosuojan ja turvallisuuden asetukset.\n- Safari: yksityisyysasetukset, joissa hallitset verkkosivustojen tietoja.\n- Mobiili: selaimen omat asetukset, joskus puhelimen asetuksissa sovelluksen kohdalla.\n\nJos estät kaikki evästeet, osa sivustosta voi lakata toimimasta. Jos poistat evästeemme, unohdamme myös valintasi ja kysymme sitä uudelleen.',
        },
        {
          id: 'contact',
          heading: 'Yhteystiedot',
          body: 'Ota meihin yhteyttä, jos sinulla on kysyttävää evästeistä tai siitä, miten käsittelemme henkilötietojasi.',
        },
      ],
      declarationHeading: 'Sivuston käyttämät evästeet',
      vendorsHeading: 'Palveluntarjoajat',
      lastUpdated: 'Päivitetty viimeksi',
      version: 'Versio',
      itemCount: 'Evästeiden ja vastaavien tekniikoiden määrä: {count}',
      colName: 'Nimi',
      colProvider: 'Palveluntarjoaja',
      colPurpose: 'Käyttötarkoitus',
      colDuration: 'Enimmäissäilytysaika',
      colType: 'Tyyppi',
      colCountry: 'Vastaanottajamaa ja siirron peruste',
      firstParty: 'ensimmäinen osapuoli',
      thirdParty: 'kolmas osapuoli',
      typeCookie: 'HTTP-eväste',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pikseli',
      durationSession: 'Istunto',
      durationPersistent: 'Pysyvä',
      durationUnknown: 'Tuntematon',
      countryUnknown: 'Vastaanottajamaa tuntematon',
      basisEea: 'EU/ETA',
      basisAdequacy: 'Tietosuojan riittävyyttä koskeva päätös',
      basisDpf: 'EU:n ja Yhdysvaltojen tietosuojakehys',
      basisScc: 'Vakiosopimuslausekkeet',
      basisBcr: 'Yritystä koskevat sitovat säännöt (BCR)',
      basisNone: 'Ei siirtoperustetta',
      basisUnknown: 'Siirtoperuste tuntematon',
      vendorData: 'Evästeet ja vastaavat tekniikat',
      vendorRetention: 'Näin kauan palveluntarjoaja säilyttää tiedot',
      vendorCountries: 'Vastaanottajamaat ja siirron peruste',
      privacyPolicyLink: 'Palveluntarjoajan tietosuojaseloste',
      optOutLink: 'Kiellä palveluntarjoajan luona (opt-out)',
      consentStateHeading: 'Suostumuksesi',
      changeConsent: 'Muuta suostumusta',
      withdrawConsent: 'Peruuta suostumus',
      noConsent: 'Et ole vielä tehnyt valintaa.',
      noItems: 'Emme käytä tässä luokassa evästeitä tai vastaavia tekniikoita.',
    },
  },
  categories: {
    necessary: {
      name: 'Välttämättömät',
      description:
        'Välttämättömät evästeet saavat sivuston toimimaan, esimerkiksi tietoturvan, kirjautumisen ja evästevalintasi tallentamisen. Niitä ei voi poistaa käytöstä.',
    },
    preferences: {
      name: 'Asetukset',
      description:
        'Asetusevästeet muistavat valintoja, kuten kielen tai alueen. Silloin sivusto mukautuu sinulle seuraavalla kerralla.',
    },
    statistics: {
      name: 'Tilastot',
      description:
        'Tilastoevästeet näyttävät, miten kävijät käyttävät sivustoa. Käytämme tietoja sisällön ja toimintojen parantamiseen.',
    },
    marketing: {
      name: 'Markkinointi',
      description:
        'Markkinointievästeillä näytetään sinulle olennaisia mainoksia ja mitataan mainosten toimivuutta. Ne voivat seurata sinua sivustolta toiselle.',
    },
    unclassified: {
      name: 'Luokittelemattomat',
      description:
        'Luokittelemattomia evästeitä emme ole vielä luokitelleet. Selvitämme, mitä ne tekevät ja kuka niiden takana on.',
    },
  },
};
