/** Icelandic default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const is: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Við notum vafrakökur',
      description:
        'Við og {vendorCount} samstarfsaðilar notum vafrakökur og sambærilega tækni fyrir {categories}. Nauðsynlegar vafrakökur eru alltaf virkar. Aðrar eru aðeins notaðar ef þú samþykkir.',
      withdrawal:
        'Þú getur hvenær sem er breytt eða afturkallað samþykki þitt í Stillingar vafrakaka, sem er að finna á hverri síðu.',
      acceptAll: 'Samþykkja allar',
      rejectAll: 'Hafna öllum',
      customise: 'Sérsníða',
      save: 'Vista val mitt',
      preferencesTitle: 'Sérsníddu val þitt',
      preferencesDescription:
        'Kveiktu á þeim flokkum sem þú samþykkir. Allt nema það nauðsynlega er óvirkt þar til þú kveikir á því sjálfur eða sjálf.',
      alwaysOn: 'Alltaf virkar',
      cookiePolicyLink: 'Stefna um vafrakökur',
      privacyPolicyLink: 'Persónuverndarstefna',
      close: 'Loka',
      gpcNotice:
        'Vafrinn þinn sendir merkið Global Privacy Control. Þess vegna höfum við slökkt á markaðssetningu. Þú getur breytt því hér fyrir neðan ef þú vilt.',
      openSettings: 'Stillingar vafrakaka',
      vendorsHeading: 'Þjónustuveitendur',
      itemsHeading: 'Vafrakökur og sambærileg tækni',
      placeholderText:
        'Þetta efni kemur frá {vendor}. Til að sýna það hér þarftu að leyfa {category}.',
      placeholderAllow: 'Leyfa {category}',
      placeholderLink: 'Opna hjá {vendor}',
      reloadNotice:
        'Efni sem þú leyfðir áður hefur þegar verið hlaðið. Endurhlaðið síðuna til að stöðva það.',
      reloadButton: 'Endurhlaða síðu',
    },
    policy: {
      title: 'Stefna um vafrakökur',
      intro:
        'Hér útskýrum við hvernig vefsvæðið notar vafrakökur og sambærilega tækni. Þú sérð hverjar við notum, hvers vegna, hversu lengi þær eru geymdar og hver fær upplýsingarnar. Neðar á síðunni getur þú skoðað og breytt samþykki þínu.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Hvað eru vafrakökur?',
          body: 'Vafrakaka er lítil textaskrá sem vefsvæði vistar í vafranum þínum. Hún gerir vefsvæðinu kleift að þekkja vafrann þinn við næstu síðuflettingu eða heimsókn.\n\nSambærileg tækni virkar á sama hátt. Dæmi eru staðbundin geymsla og lotugeymsla vafrans, IndexedDB og pixlar. Í þessari stefnu köllum við þetta allt vafrakökur.',
        },
        {
          id: 'session-persistent',
          heading: 'Lotukökur og varanlegar vafrakökur',
          body: 'Lotukaka er aðeins til á meðan vafrinn er opinn. Henni er eytt þegar þú lokar vafranum.\n\nVaranleg vafrakaka helst á tækinu þínu í tiltekinn tíma eða þar til þú eyðir henni. Lengsti geymslutími hverrar vafraköku kemur fram í töflunum hér fyrir neðan.',
        },
        {
          id: 'first-third-party',
          heading: 'Vafrakökur fyrsta aðila og þriðja aðila',
          body: 'Vafrakaka fyrsta aðila er sett af vefsvæðinu sem þú heimsækir. Vafrakaka þriðja aðila er sett af öðru fyrirtæki, til dæmis veitanda tölfræði eða auglýsinga.\n\nVafrakökur þriðja aðila geta sent upplýsingar til veitandans, stundum til landa utan EES. Töflurnar sýna hvaða veitandi stendur að baki hverri vafraköku og hvert upplýsingarnar fara.',
        },
        {
          id: 'change-consent',
          heading: 'Svona breytir þú eða afturkallar samþykki þitt',
          body: 'Þú ákveður hvaða vafrakökur við megum nota, auk þeirra nauðsynlegu. Þú getur hvenær sem er breytt eða afturkallað samþykki þitt.\n\nNotaðu hnappinn eða tengilinn Stillingar vafrakaka, sem er að finna á hverri síðu. Þessi síða sýnir núverandi val þitt, auðkenni samþykkis þíns og dagsetningu valsins. Tilgreindu auðkenni samþykkisins ef þú hefur samband við okkur vegna samþykkis þíns.',
        },
        {
          id: 'remove-cookies',
          heading: 'Svona eyðir þú vafrakökum',
          body: 'Þú getur eytt vafrakökum sem þegar eru á tækinu þínu og lokað á nýjar. Það gerir þú í stillingum vafrans, yfirleitt undir persónuvernd, öryggi eða gögnum vefsvæða.\n\n- Chrome og Edge: stillingar fyrir persónuvernd og gögn vefsvæða.\n- Firefox: stillingar fyrir persónuvernd og öryggi.\n- Safari: persónuverndarstillingar, þar sem þú sýslar með gögn vefsvæða.\n- Farsímar: eigin stillingar vafrans, stundum undir stillingum símans fyrir forritið.\n\nEf þú lokar á allar vafrakökur gætu hlutar vefsvæðisins hætt að virka. Ef þú eyðir vafrakökunum okkar gleymum við einnig vali þínu og spyrjum aftur.',
        },
        {
          id: 'contact',
          heading: 'Hafa samband',
          body: 'Hafðu samband við okkur ef þú hefur spurningar um vafrakökur eða um hvernig við vinnum með persónuupplýsingar þínar.',
        },
      ],
      declarationHeading: 'Vafrakökur sem vefsvæðið notar',
      vendorsHeading: 'Þjónustuveitendur',
      lastUpdated: 'Síðast uppfært',
      version: 'Útgáfa',
      itemCount: 'Fjöldi vafrakaka og sambærilegrar tækni: {count}',
      colName: 'Heiti',
      colProvider: 'Veitandi',
      colPurpose: 'Tilgangur',
      colDuration: 'Hámarksgeymslutími',
      colType: 'Tegund',
      colCountry: 'Viðtökuland og heimild til flutnings',
      firstParty: 'fyrsti aðili',
      thirdParty: 'þriðji aðili',
      typeCookie: 'HTTP-vafrakaka',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pixill',
      durationSession: 'Vafralota',
      durationPersistent: 'Varanleg',
      durationUnknown: 'Óþekkt',
      countryUnknown: 'Viðtökuland óþekkt',
      basisEea: 'ESB/EES',
      basisAdequacy: 'Ákvörðun um fullnægjandi vernd',
      basisDpf: 'EU–US Data Privacy Framework',
      basisScc: 'Stöðluð samningsákvæði',
      basisBcr: 'Bindandi fyrirtækjareglur (BCR)',
      basisNone: 'Engin heimild til flutnings',
      basisUnknown: 'Heimild til flutnings óþekkt',
      vendorData: 'Vafrakökur og sambærileg tækni',
      vendorRetention: 'Svona lengi geymir veitandinn upplýsingarnar',
      vendorCountries: 'Viðtökulönd og heimild til flutnings',
      privacyPolicyLink: 'Persónuverndarstefna veitandans',
      optOutLink: 'Afþakka hjá veitandanum (opt-out)',
      consentStateHeading: 'Samþykki þitt',
      changeConsent: 'Breyta samþykki',
      withdrawConsent: 'Afturkalla samþykki',
      noConsent: 'Þú hefur ekki valið enn.',
      noItems: 'Við notum engar vafrakökur eða sambærilega tækni í þessum flokki.',
    },
  },
  categories: {
    necessary: {
      name: 'Nauðsynlegar',
      description:
        'Nauðsynlegar vafrakökur láta vefsvæðið virka, til dæmis öryggi, innskráningu og vistun á vali þínu um vafrakökur. Ekki er hægt að slökkva á þeim.',
    },
    preferences: {
      name: 'Kjörstillingar',
      description:
        'Vafrakökur fyrir kjörstillingar muna val eins og tungumál eða svæði. Þá lagar vefsvæðið sig að þér næst.',
    },
    statistics: {
      name: 'Tölfræði',
      description:
        'Tölfræðikökur sýna hvernig gestir nota vefsvæðið. Við notum upplýsingarnar til að bæta efni og virkni.',
    },
    marketing: {
      name: 'Markaðssetning',
      description:
        'Markaðskökur eru notaðar til að birta auglýsingar sem skipta þig máli og mæla árangur þeirra. Þær geta fylgt þér á milli vefsvæða.',
    },
    unclassified: {
      name: 'Óflokkaðar',
      description:
        'Óflokkaðar vafrakökur höfum við ekki enn flokkað. Við könnum hvað þær gera og hver stendur að baki þeim.',
    },
  },
};
