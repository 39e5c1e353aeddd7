/** Irish default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const ga: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Úsáidimid fianáin',
      description:
        'Úsáidimidne agus ár gcomhpháirtithe ({vendorCount} san iomlán) fianáin agus teicneolaíochtaí comhchosúla chun na gcríoch seo: {categories}. Bíonn na fianáin riachtanacha ar siúl i gcónaí. Ní úsáidtear na cinn eile ach le do thoiliú.',
      withdrawal:
        'Is féidir leat do thoiliú a athrú nó a tharraingt siar am ar bith trí “Socruithe fianán”, atá ar fáil ar gach leathanach.',
      acceptAll: 'Glac le gach ceann',
      rejectAll: 'Diúltaigh do gach ceann',
      customise: 'Saincheap',
      save: 'Sábháil mo roghanna',
      preferencesTitle: 'Saincheap do roghanna',
      preferencesDescription:
        'Cuir ar siúl na catagóirí a dtoilíonn tú leo. Fanann gach rud seachas na cinn riachtanacha múchta go dtí go gcuireann tú féin ar siúl iad.',
      alwaysOn: 'Gníomhach i gcónaí',
      cookiePolicyLink: 'Beartas fianán',
      privacyPolicyLink: 'Beartas príobháideachais',
      close: 'Dún',
      gpcNotice:
        'Seolann do bhrabhsálaí an comhartha Global Privacy Control. Mar sin, mhúchamar an margaíocht. Is féidir leat é sin a athrú thíos más mian leat.',
      openSettings: 'Socruithe fianán',
      vendorsHeading: 'Soláthraithe',
      itemsHeading: 'Fianáin agus teicneolaíochtaí comhchosúla',
      placeholderText:
        'Is ó {vendor} an t-ábhar seo. Chun é a thaispeáint anseo, ceadaigh {category}.',
      placeholderAllow: 'Ceadaigh {category}',
      placeholderLink: 'Oscail ag {vendor}',
      reloadNotice:
        'Tá ábhar a cheadaigh tú roimhe seo lódáilte cheana féin. Athlódáil an leathanach chun é a stopadh.',
      reloadButton: 'Athlódáil an leathanach',
    },
    policy: {
      title: 'Beartas fianán',
      intro:
        'Mínímid anseo conas a úsáideann an suíomh gréasáin fianáin agus teicneolaíochtaí comhchosúla. Feicfidh tú cé na cinn a úsáidimid, cén fáth, cá fhad a choinnítear iad agus cé a fhaigheann na sonraí. Níos faide síos is féidir leat do thoiliú a fheiceáil agus a athrú.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Cad is fianáin ann?',
          body: 'Is comhad beag téacs é fianán a stórálann suíomh gréasáin i do bhrabhsálaí. Ligeann sé don suíomh do bhrabhsálaí a aithint ar an gcéad leathanach nó ar an gcéad chuairt eile.\n\nOibríonn teicneolaíochtaí comhchosúla ar an mbealach céanna. Samplaí is ea stóráil áitiúil agus stóráil seisiúin an bhrabhsálaí, IndexedDB agus picteilíní. Sa bheartas seo tugaimid fianáin orthu go léir.',
        },
        {
          id: 'session-persistent',
          heading: 'Fianáin seisiúin agus fianáin bhuana',
          body: 'Ní bhíonn fianán seisiúin ann ach fad atá do bhrabhsálaí oscailte. Scriostar é nuair a dhúnann tú an brabhsálaí.\n\nFanann fianán buan ar do ghléas ar feadh tréimhse socraithe, nó go dtí go scriosann tú é. Tá an tréimhse stórála is faide do gach fianán sna táblaí thíos.',
        },
        {
          id: 'first-third-party',
          heading: 'Fianáin chéadpháirtí agus fianáin tríú páirtí',
          body: 'Socraíonn an suíomh gréasáin a bhfuil tú ag tabhairt cuairte air fianán céadpháirtí. Socraíonn cuideachta eile fianán tríú páirtí, mar shampla soláthraí staitisticí nó fógraíochta.\n\nFéadfaidh fianáin tríú páirtí sonraí a sheoladh chuig an soláthraí, uaireanta chuig tíortha lasmuigh den AE/LEE. Taispeánann na táblaí cén soláthraí atá taobh thiar de gach fianán agus cá dtéann na sonraí.',
        },
        {
          id: 'change-consent',
          heading: 'Conas do thoiliú a athrú nó a tharraingt siar',
          body: 'Is tusa a chinneann cé na fianáin a fhéadfaimid a úsáid, seachas na cinn riachtanacha. Is féidir leat do thoiliú a athrú nó a tharraingt siar am ar bith.\n\nÚsáid an cnaipe nó an nasc “Socruithe fianán”, atá ar fáil ar gach leathanach. Taispeánann an leathanach seo do rogha reatha, d’aitheantas toilithe agus dáta do rogha. Luaigh d’aitheantas toilithe má dhéanann tú teagmháil linn faoi do thoiliú.',
        },
        {
          id: 'remove-cookies',
          heading: 'Conas fianáin a scriosadh',
          body: 'Is féidir leat fianáin atá ar do ghléas cheana a scriosadh agus cinn nua a bhac. Déantar é sin i socruithe do bhrabhsálaí, faoi phríobháideachas, slándáil nó sonraí suímh de ghnáth.\n\n- Chrome agus Edge: na socruithe príobháideachais agus sonraí suímh.\n- Firefox: na socruithe príobháideachais agus slándála.\n- Safari: na socruithe príobháideachais, áit a mbainistíonn tú sonraí suíomhanna gréasáin.\n- Fón póca: socruithe an bhrabhsálaí féin, uaireanta faoi shocruithe an fhóin don aip.\n\nMá bhacann tú gach fianán, d’fhéadfadh codanna den suíomh stopadh ag obair. Má scriosann tú ár bhfianáin, déanfaimid dearmad ar do rogha freisin agus fiafróimid díot arís.',
        },
        {
          id: 'contact',
          heading: 'Teagmháil',
          body: 'Déan teagmháil linn má tá ceisteanna agat faoi fhianáin nó faoin gcaoi a bpróiseálaimid do shonraí pearsanta.',
        },
      ],
      declarationHeading: 'Fianáin a úsáideann an suíomh gréasáin seo',
      vendorsHeading: 'Soláthraithe',
      lastUpdated: 'Nuashonraithe go deireanach',
      version: 'Leagan',
      itemCount: 'Líon na bhfianán agus na dteicneolaíochtaí comhchosúla: {count}',
      colName: 'Ainm',
      colProvider: 'Soláthraí',
      colPurpose: 'Cuspóir',
      colDuration: 'Tréimhse stórála uasta',
      colType: 'Cineál',
      colCountry: 'Tír an fhaighteora agus bunús an aistrithe',
      firstParty: 'céadpháirtí',
      thirdParty: 'tríú páirtí',
      typeCookie: 'Fianán HTTP',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Picteilín',
      durationSession: 'Seisiún',
      durationPersistent: 'Buan',
      durationUnknown: 'Anaithnid',
      countryUnknown: 'Tír an fhaighteora anaithnid',
      basisEea: 'AE/LEE',
      basisAdequacy: 'Cinneadh leordhóthanachta',
      basisDpf: 'Creat AE-SAM um Príobháideachas Sonraí',
      basisScc: 'Clásail chonarthacha chaighdeánacha',
      basisBcr: 'Rialacha corparáideacha ceangailteacha (BCR)',
      basisNone: 'Gan bhunús aistrithe',
      basisUnknown: 'Bunús an aistrithe anaithnid',
      vendorData: 'Fianáin agus teicneolaíochtaí comhchosúla',
      vendorRetention: 'Cá fhad a choinníonn an soláthraí na sonraí',
      vendorCountries: 'Tíortha na bhfaighteoirí agus bunús an aistrithe',
      privacyPolicyLink: 'Beartas príobháideachais an tsoláthraí',
      optOutLink: 'Diúltaigh leis an soláthraí (opt-out)',
      consentStateHeading: 'Do thoiliú',
      changeConsent: 'Athraigh an toiliú',
      withdrawConsent: 'Tarraing siar an toiliú',
      noConsent: 'Níl rogha déanta agat fós.',
      noItems: 'Ní úsáidimid fianáin ná teicneolaíochtaí comhchosúla sa chatagóir seo.',
    },
  },
  categories: {
    necessary: {
      name: 'Riachtanach',
      description:
        'Cuireann fianáin riachtanacha an suíomh gréasáin ag obair, mar shampla slándáil, síniú isteach agus do rogha fianán a mheabhrú. Ní féidir iad a mhúchadh.',
    },
    preferences: {
      name: 'Roghanna',
      description:
        'Meabhraíonn fianáin roghanna rudaí cosúil le teanga nó réigiún. Ansin cuireann an suíomh é féin in oiriúint duit an chéad uair eile.',
    },
    statistics: {
      name: 'Staitisticí',
      description:
        'Taispeánann fianáin staitisticí conas a úsáideann cuairteoirí an suíomh gréasáin. Úsáidimid an fhaisnéis chun ábhar agus feidhmeanna a fheabhsú.',
    },
    marketing: {
      name: 'Margaíocht',
      description:
        'Úsáidtear fianáin mhargaíochta chun fógraí a bhaineann leat a thaispeáint agus chun feidhmíocht na bhfógraí a thomhas. Is féidir leo tú a leanúint ó shuíomh go suíomh.',
    },
    unclassified: {
      name: 'Gan aicmiú',
      description:
        'Is iad fianáin gan aicmiú na cinn nach bhfuil aicmithe againn fós. Táimid ag fiosrú cad a dhéanann siad agus cé atá taobh thiar díobh.',
    },
  },
};
