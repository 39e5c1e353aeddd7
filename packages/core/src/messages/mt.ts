/** Maltese default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const mt: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Nużaw il-cookies',
      description:
        'Aħna u s-sħab tagħna ({vendorCount} b’kollox) nużaw cookies u teknoloġiji simili għal dawn l-għanijiet: {categories}. Il-cookies meħtieġa huma dejjem attivi. L-oħrajn nużawhom biss jekk taqbel.',
      withdrawal:
        'Tista’ tibdel jew tirtira l-kunsens tiegħek meta trid permezz ta’ “Settings tal-cookies”, li jinsabu f’kull paġna.',
      acceptAll: 'Aċċetta kollox',
      rejectAll: 'Irrifjuta kollox',
      customise: 'Agħżel',
      save: 'Issejvja l-għażliet tiegħi',
      preferencesTitle: 'Agħżel kif trid',
      preferencesDescription:
        'Ixgħel il-kategoriji li taqbel magħhom. Kollox ħlief dak meħtieġ jibqa’ mitfi sakemm tixegħlu int.',
      alwaysOn: 'Dejjem attivi',
      cookiePolicyLink: 'Politika dwar il-cookies',
      privacyPolicyLink: 'Politika tal-privatezza',
      close: 'Agħlaq',
      gpcNotice:
        'Il-browser tiegħek jibgħat is-sinjal Global Privacy Control. Għalhekk tfejna l-kummerċjalizzazzjoni. Tista’ tibdel dan hawn taħt jekk tixtieq.',
      openSettings: 'Settings tal-cookies',
      vendorsHeading: 'Fornituri',
      itemsHeading: 'Cookies u teknoloġiji simili',
      placeholderText: 'Dan il-kontenut ġej minn {vendor}. Biex tarah hawn, ippermetti {category}.',
      placeholderAllow: 'Ippermetti {category}',
      placeholderLink: 'Iftaħ għand {vendor}',
      reloadNotice:
        'Kontenut li ppermettejt qabel diġà ġie mgħobbi. Erġa’ agħbi l-paġna biex twaqqfu.',
      reloadButton: 'Erġa’ agħbi l-paġna',
    },
    policy: {
      title: 'Politika dwar il-cookies',
      intro:
        'Hawn nispjegaw kif is-sit web juża l-cookies u teknoloġiji simili. Tara liema nużaw, għaliex, kemm jinżammu u min jirċievi d-data. Aktar ’l isfel tista’ tara u tibdel il-kunsens tiegħek.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'X’inhuma l-cookies?',
          body: 'Cookie huwa fajl żgħir tat-test li sit web jissejvja fil-browser tiegħek. Jippermetti lis-sit jagħraf il-browser tiegħek fil-paġna jew iż-żjara li jmiss.\n\nTeknoloġiji simili jaħdmu bl-istess mod. Eżempji huma l-ħażna lokali u l-ħażna tas-sessjoni tal-browser, IndexedDB u l-pixels. F’din il-politika nsejħulhom kollha cookies.',
        },
        {
          id: 'session-persistent',
          heading: 'Cookies tas-sessjoni u cookies persistenti',
          body: 'Cookie tas-sessjoni jeżisti biss sakemm il-browser ikun miftuħ. Jitħassar meta tagħlaq il-browser.\n\nCookie persistenti jibqa’ fuq l-apparat tiegħek għal żmien stabbilit, jew sakemm tħassru int. It-tabelli hawn taħt juru l-itwal żmien ta’ ħażna ta’ kull cookie.',
        },
        {
          id: 'first-third-party',
          heading: 'Cookies tal-ewwel parti u ta’ partijiet terzi',
          body: 'Cookie tal-ewwel parti jitqiegħed mis-sit web li qed iżżur. Cookie ta’ parti terza jitqiegħed minn kumpanija oħra, pereżempju fornitur tal-istatistika jew tar-reklamar.\n\nCookies ta’ partijiet terzi jistgħu jibagħtu data lill-fornitur, xi drabi lejn pajjiżi barra l-UE/ŻEE. It-tabelli juru liema fornitur jinsab wara kull cookie u fejn tmur id-data.',
        },
        {
          id: 'change-consent',
          heading: 'Kif tibdel jew tirtira l-kunsens tiegħek',
          body: 'Int tiddeċiedi liema cookies nistgħu nużaw, minbarra dawk meħtieġa. Tista’ tibdel jew tirtira l-kunsens tiegħek meta trid.\n\nUża l-buttuna jew il-link “Settings tal-cookies”, li jinsabu f’kull paġna. Din il-paġna turi l-għażla attwali tiegħek, l-ID tal-kunsens u d-data tal-għażla. Semmi l-ID tal-kunsens jekk tikkuntattjana dwar il-kunsens tiegħek.',
        },
        {
          id: 'remove-cookies',
          heading: 'Kif tħassar il-cookies',
          body: 'Tista’ tħassar il-cookies li diġà jinsabu fuq l-apparat tiegħek u timblokka oħrajn ġodda. Dan issiru fis-settings tal-browser, ġeneralment taħt privatezza, sigurtà jew data tas-siti.\n\n- Chrome u Edge: is-settings tal-privatezza u tad-data tas-siti.\n- Firefox: is-settings tal-privatezza u tas-sigurtà.\n- Safari: is-settings tal-privatezza, fejn timmaniġġja d-data tas-siti web.\n- Mobile: is-settings tal-browser innifsu, xi drabi fis-settings tat-telefon għall-app.\n\nJekk timblokka l-cookies kollha, partijiet mis-sit jistgħu jieqfu jaħdmu. Jekk tħassar il-cookies tagħna, ninsew ukoll l-għażla tiegħek u nerġgħu nistaqsuk.',
        },
        {
          id: 'contact',
          heading: 'Kuntatt',
          body: 'Ikkuntattjana jekk għandek mistoqsijiet dwar il-cookies jew dwar kif nipproċessaw id-data personali tiegħek.',
        },
      ],
      declarationHeading: 'Cookies li juża dan is-sit web',
      vendorsHeading: 'Fornituri',
      lastUpdated: 'L-aħħar aġġornament',
      version: 'Verżjoni',
      itemCount: 'Numru ta’ cookies u teknoloġiji simili: {count}',
      colName: 'Isem',
      colProvider: 'Fornitur',
      colPurpose: 'Għan',
      colDuration: 'L-itwal żmien ta’ ħażna',
      colType: 'Tip',
      colCountry: 'Pajjiż tar-riċevitur u bażi tat-trasferiment',
      firstParty: 'l-ewwel parti',
      thirdParty: 'parti terza',
      typeCookie: 'Cookie HTTP',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pixel',
      durationSession: 'Sessjoni',
      durationPersistent: 'Persistenti',
      durationUnknown: 'Mhux magħruf',
      countryUnknown: 'Pajjiż tar-riċevitur mhux magħruf',
      basisEea: 'UE/ŻEE',
      basisAdequacy: 'Deċiżjoni ta’ adegwatezza',
      basisDpf: 'Qafas tal-Privatezza tad-Data UE-US',
      basisScc: 'Klawżoli kuntrattwali standard',
      basisBcr: 'Regoli korporattivi vinkolanti (BCR)',
      basisNone: 'L-ebda bażi għat-trasferiment',
      basisUnknown: 'Bażi tat-trasferiment mhux magħrufa',
      vendorData: 'Cookies u teknoloġiji simili',
      vendorRetention: 'Kemm iżomm id-data l-fornitur',
      vendorCountries: 'Pajjiżi tar-riċevituri u bażi tat-trasferiment',
      privacyPolicyLink: 'Il-politika tal-privatezza tal-fornitur',
      optOutLink: 'Oġġezzjoni mal-fornitur (opt-out)',
      consentStateHeading: 'Il-kunsens tiegħek',
      changeConsent: 'Ibdel il-kunsens',
      withdrawConsent: 'Irtira l-kunsens',
      noConsent: 'Għadek ma għamilt l-ebda għażla.',
      noItems: 'F’din il-kategorija ma nużaw l-ebda cookies jew teknoloġiji simili.',
    },
  },
  categories: {
    necessary: {
      name: 'Meħtieġa',
      description:
        'Il-cookies meħtieġa jagħmlu s-sit web jaħdem, pereżempju s-sigurtà, il-login u ż-żamma tal-għażla tiegħek dwar il-cookies. Ma jistgħux jintfew.',
    },
    preferences: {
      name: 'Preferenzi',
      description:
        'Il-cookies tal-preferenzi jiftakru għażliet bħal-lingwa jew ir-reġjun. Hekk is-sit web jadatta ruħu għalik id-darba ta’ wara.',
    },
    statistics: {
      name: 'Statistika',
      description:
        'Il-cookies tal-istatistika juru kif il-viżitaturi jużaw is-sit web. Nużaw l-informazzjoni biex intejbu l-kontenut u l-funzjonijiet.',
    },
    marketing: {
      name: 'Kummerċjalizzazzjoni',
      description:
        'Il-cookies tal-kummerċjalizzazzjoni jintużaw biex nuruk reklami rilevanti għalik u biex inkejlu kif jaħdmu r-reklami. Jistgħu jsegwuk minn sit web għal ieħor.',
    },
    unclassified: {
      name: 'Mhux ikklassifikati',
      description:
        'Il-cookies mhux ikklassifikati għadna ma kklassifikajniehomx. Qed nindagaw x’jagħmlu u min hemm warajhom.',
    },
  },
};
