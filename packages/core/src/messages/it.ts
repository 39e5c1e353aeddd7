/** Italian default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const it: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Utilizziamo i cookie',
      description:
        'Noi e i nostri partner ({vendorCount} in tutto) utilizziamo cookie e tecnologie simili per {categories}. I cookie necessari sono sempre attivi. Gli altri vengono usati solo se acconsenti.',
      withdrawal:
        'Puoi modificare o revocare il consenso in qualsiasi momento tramite Impostazioni cookie, presente in ogni pagina.',
      acceptAll: 'Accetta tutti',
      rejectAll: 'Rifiuta tutti',
      customise: 'Personalizza',
      save: 'Salva le mie scelte',
      preferencesTitle: 'Personalizza le tue scelte',
      preferencesDescription:
        'Attiva le categorie che accetti. Tutto ciò che non è necessario resta disattivato finché non lo attivi tu.',
      alwaysOn: 'Sempre attivi',
      cookiePolicyLink: 'Informativa sui cookie',
      privacyPolicyLink: 'Informativa sulla privacy',
      close: 'Chiudi',
      gpcNotice:
        'Il tuo browser invia il segnale Global Privacy Control. Per questo abbiamo disattivato il marketing. Se vuoi, puoi modificare questa scelta qui sotto.',
      openSettings: 'Impostazioni cookie',
      vendorsHeading: 'Fornitori',
      itemsHeading: 'Cookie e tecnologie simili',
      placeholderText:
        'Questo contenuto proviene da {vendor}. Per mostrarlo qui, consenti {category}.',
      placeholderAllow: 'Consenti {category}',
      placeholderLink: 'Apri su {vendor}',
      reloadNotice:
        'I contenuti che avevi consentito sono già stati caricati. Ricarica la pagina per fermarli.',
      reloadButton: 'Ricarica la pagina',
    },
    policy: {
      title: 'Informativa sui cookie',
      intro:
        'Questa pagina spiega come il sito utilizza i cookie e le tecnologie simili. Puoi vedere quali usiamo, perché, per quanto tempo vengono conservati e chi riceve i dati. Più in basso puoi vedere e modificare il tuo consenso.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Che cosa sono i cookie?',
          body: 'Un cookie è un piccolo file di testo che un sito salva nel tuo browser. Permette al sito di riconoscere il tuo browser alla pagina o alla visita successiva.\n\nLe tecnologie simili funzionano allo stesso modo. Ne sono esempi l’archiviazione locale e di sessione del browser, IndexedDB e i pixel. In questa policy le chiamiamo tutte cookie.',
        },
        {
          id: 'session-persistent',
          heading: 'Cookie di sessione e cookie persistenti',
          body: 'Un cookie di sessione esiste solo finché il browser è aperto. Viene cancellato quando chiudi il browser.\n\nUn cookie persistente resta sul tuo dispositivo per un periodo stabilito, o finché non lo elimini. Le tabelle qui sotto indicano la durata massima di conservazione di ogni cookie.',
        },
        {
          id: 'first-third-party',
          heading: 'Cookie di prima parte e di terze parti',
          body: 'Un cookie di prima parte è impostato dal sito che stai visitando. Un cookie di terze parti è impostato da un’altra azienda, per esempio un fornitore di statistiche o di pubblicità.\n\nI cookie di terze parti possono inviare dati al fornitore, talvolta verso paesi al di fuori dell’UE/SEE. Le tabelle mostrano quale fornitore c’è dietro ogni cookie e dove vanno i dati.',
        },
        {
          id: 'change-consent',
          heading: 'Come modificare o revocare il consenso',
          body: 'Sei tu a decidere quali cookie possiamo usare, oltre a quelli necessari. Puoi modificare o revocare il consenso in qualsiasi momento.\n\nUsa il pulsante o il link Impostazioni cookie, presente in ogni pagina. Questa pagina mostra la tua scelta attuale, il tuo ID di consenso e la data della scelta. Indica il tuo ID di consenso se ci contatti riguardo al tuo consenso.',
        },
        {
          id: 'remove-cookies',
          heading: 'Come eliminare i cookie',
          body: 'Puoi cancellare i cookie già salvati sul tuo dispositivo e bloccarne di nuovi. Lo fai nelle impostazioni del browser, di solito alla voce privacy, sicurezza o dati dei siti.\n\n- Chrome ed Edge: le impostazioni di privacy e dati dei siti.\n- Firefox: le impostazioni di privacy e sicurezza.\n- Safari: le impostazioni di privacy, dove gestisci i dati dei siti web.\n- Dispositivi mobili: le impostazioni del browser, a volte nelle impostazioni del telefono per l’app.\n\nSe blocchi tutti i cookie, alcune parti del sito potrebbero smettere di funzionare. Se cancelli i nostri cookie, dimentichiamo anche la tua scelta e te la chiederemo di nuovo.',
        },
        {
          id: 'contact',
          heading: 'Contatti',
          body: 'Contattaci se hai domande sui cookie o su come trattiamo i tuoi dati personali.',
        },
      ],
      declarationHeading: 'Cookie utilizzati su questo sito',
      vendorsHeading: 'Fornitori',
      lastUpdated: 'Ultimo aggiornamento',
      version: 'Versione',
      itemCount: 'Numero di cookie e tecnologie simili: {count}',
      colName: 'Nome',
      colProvider: 'Fornitore',
      colPurpose: 'Finalità',
      colDuration: 'Durata massima di conservazione',
      colType: 'Tipo',
      colCountry: 'Paese destinatario e base del trasferimento',
      firstParty: 'prima parte',
      thirdParty: 'terza parte',
      typeCookie: 'Cookie HTTP',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pixel',
      durationSession: 'Sessione',
      durationPersistent: 'Persistente',
      durationUnknown: 'Sconosciuta',
      countryUnknown: 'Paese destinatario sconosciuto',
      basisEea: 'UE/SEE',
      basisAdequacy: 'Decisione di adeguatezza',
      basisDpf: 'Quadro UE-USA per la protezione dei dati',
      basisScc: 'Clausole contrattuali tipo',
      basisBcr: 'Norme vincolanti d’impresa (BCR)',
      basisNone: 'Nessuna base per il trasferimento',
      basisUnknown: 'Base del trasferimento sconosciuta',
      vendorData: 'Cookie e tecnologie simili',
      vendorRetention: 'Per quanto tempo il fornitore conserva i dati',
      vendorCountries: 'Paesi destinatari e base del trasferimento',
      privacyPolicyLink: 'Informativa sulla privacy del fornitore',
      optOutLink: 'Opporsi presso il fornitore (opt-out)',
      consentStateHeading: 'Il tuo consenso',
      changeConsent: 'Modifica il consenso',
      withdrawConsent: 'Revoca il consenso',
      noConsent: 'Non hai ancora fatto una scelta.',
      noItems: 'In questa categoria non usiamo cookie né tecnologie simili.',
    },
  },
  categories: {
    necessary: {
      name: 'Necessari',
      description:
        'I cookie necessari fanno funzionare il sito, per esempio per la sicurezza, l’accesso e la memorizzazione della tua scelta sui cookie. Non possono essere disattivati.',
    },
    preferences: {
      name: 'Preferenze',
      description:
        'I cookie di preferenza ricordano scelte come la lingua o la regione. Così il sito si adatta a te la volta successiva.',
    },
    statistics: {
      name: 'Statistiche',
      description:
        'I cookie statistici mostrano come i visitatori usano il sito. Usiamo le informazioni per migliorare contenuti e funzioni.',
    },
    marketing: {
      name: 'Marketing',
      description:
        'I cookie di marketing servono a mostrarti annunci pertinenti e a misurarne l’efficacia. Possono seguirti da un sito all’altro.',
    },
    unclassified: {
      name: 'Non classificati',
      description:
        'I cookie non classificati sono quelli che non abbiamo ancora classificato. Stiamo verificando che cosa fanno e chi c’è dietro.',
    },
  },
};
