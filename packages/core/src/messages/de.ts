/** German default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const de: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Wir verwenden Cookies',
      description:
        'Wir und {vendorCount} Partner verwenden Cookies und ähnliche Technologien für {categories}. Notwendige Cookies sind immer aktiv. Alle anderen setzen wir nur mit Ihrer Einwilligung ein.',
      withdrawal:
        'Sie können Ihre Einwilligung jederzeit über Cookie-Einstellungen ändern oder widerrufen, die Sie auf jeder Seite finden.',
      acceptAll: 'Alle akzeptieren',
      rejectAll: 'Alle ablehnen',
      customise: 'Anpassen',
      save: 'Auswahl speichern',
      preferencesTitle: 'Ihre Auswahl anpassen',
      preferencesDescription:
        'Aktivieren Sie die Kategorien, denen Sie zustimmen. Außer den notwendigen bleibt alles deaktiviert, bis Sie es selbst aktivieren.',
      alwaysOn: 'Immer aktiv',
      cookiePolicyLink: 'Cookie-Richtlinie',
      privacyPolicyLink: 'Datenschutzerklärung',
      close: 'Schließen',
      gpcNotice:
        'Ihr Browser sendet das Signal Global Privacy Control. Deshalb haben wir Marketing deaktiviert. Sie können das unten ändern, wenn Sie möchten.',
      openSettings: 'Cookie-Einstellungen',
      vendorsHeading: 'Anbieter',
      itemsHeading: 'Cookies und ähnliche Technologien',
      placeholderText:
        'Dieser Inhalt stammt von {vendor}. Um ihn hier anzuzeigen, erlauben Sie {category}.',
      placeholderAllow: '{category} erlauben',
      placeholderLink: 'Bei {vendor} öffnen',
      reloadNotice:
        'Inhalte, die Sie zuvor erlaubt haben, wurden bereits geladen. Laden Sie die Seite neu, um sie zu stoppen.',
      reloadButton: 'Seite neu laden',
    },
    policy: {
      title: 'Cookie-Richtlinie',
      intro:
        'Hier erklären wir, wie diese Website Cookies und ähnliche Technologien verwendet. Sie sehen, welche wir verwenden, wozu, wie lange sie gespeichert werden und wer die Daten erhält. Weiter unten können Sie Ihre Einwilligung einsehen und ändern.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Was sind Cookies?',
          body: 'Ein Cookie ist eine kleine Textdatei, die eine Website in Ihrem Browser speichert. Damit erkennt die Website Ihren Browser beim nächsten Seitenaufruf oder Besuch wieder.\n\nÄhnliche Technologien funktionieren auf dieselbe Weise. Beispiele sind der lokale Speicher und der Sitzungsspeicher des Browsers, IndexedDB und Pixel. In dieser Richtlinie nennen wir sie alle Cookies.',
        },
        {
          id: 'session-persistent',
          heading: 'Sitzungscookies und dauerhafte Cookies',
          body: 'Ein Sitzungscookie besteht nur, solange Ihr Browser geöffnet ist. Es wird gelöscht, wenn Sie den Browser schließen.\n\nEin dauerhaftes Cookie bleibt für eine bestimmte Zeit auf Ihrem Gerät oder bis Sie es löschen. Die maximale Speicherdauer jedes Cookies steht in den Tabellen unten.',
        },
        {
          id: 'first-third-party',
          heading: 'Erstanbieter- und Drittanbieter-Cookies',
          body: 'Ein Erstanbieter-Cookie wird von der Website gesetzt, die Sie besuchen. Ein Drittanbieter-Cookie wird von einem anderen Unternehmen gesetzt, etwa einem Anbieter von Statistik oder Werbung.\n\nDrittanbieter-Cookies können Daten an den Anbieter senden, manchmal in Länder außerhalb der EU/des EWR. Die Tabellen zeigen, welcher Anbieter hinter jedem Cookie steht und wohin die Daten gehen.',
        },
        {
          id: 'change-consent',
          heading: 'So ändern oder widerrufen Sie Ihre Einwilligung',
          body: 'Sie entscheiden, welche Cookies wir außer den notwendigen verwenden dürfen. Sie können Ihre Einwilligung jederzeit ändern oder widerrufen.\n\nNutzen Sie dazu die Schaltfläche oder den Link Cookie-Einstellungen, die Sie auf jeder Seite finden. Diese Seite zeigt Ihre aktuelle Auswahl, Ihre Einwilligungs-ID und das Datum Ihrer Auswahl. Bitte nennen Sie Ihre Einwilligungs-ID, wenn Sie uns zu Ihrer Einwilligung kontaktieren.',
        },
        {
          id: 'remove-cookies',
          heading: 'So löschen Sie Cookies',
          body: 'Sie können Cookies, die bereits auf Ihrem Gerät gespeichert sind, löschen und neue blockieren. Das geht in den Einstellungen Ihres Browsers, meist unter Datenschutz, Sicherheit oder Websitedaten.\n\n- Chrome und Edge: die Einstellungen für Datenschutz und Websitedaten.\n- Firefox: die Einstellungen für Datenschutz und Sicherheit.\n- Safari: die Datenschutzeinstellungen, in denen Sie Websitedaten verwalten.\n- Mobilgeräte: die Einstellungen des Browsers, manchmal in den Einstellungen des Telefons für die App.\n\nWenn Sie alle Cookies blockieren, funktionieren Teile der Website möglicherweise nicht mehr. Wenn Sie unsere Cookies löschen, vergessen wir auch Ihre Auswahl und fragen Sie erneut.',
        },
        {
          id: 'contact',
          heading: 'Kontakt',
          body: 'Wenden Sie sich an uns, wenn Sie Fragen zu Cookies oder zur Verarbeitung Ihrer personenbezogenen Daten haben.',
        },
      ],
      declarationHeading: 'Cookies auf dieser Website',
      vendorsHeading: 'Anbieter',
      lastUpdated: 'Zuletzt aktualisiert',
      version: 'Version',
      itemCount: 'Anzahl der Cookies und ähnlichen Technologien: {count}',
      colName: 'Name',
      colProvider: 'Anbieter',
      colPurpose: 'Zweck',
      colDuration: 'Maximale Speicherdauer',
      colType: 'Typ',
      colCountry: 'Empfängerland und Übermittlungsgrundlage',
      firstParty: 'Erstanbieter',
      thirdParty: 'Drittanbieter',
      typeCookie: 'HTTP-Cookie',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pixel',
      durationSession: 'Sitzung',
      durationPersistent: 'Dauerhaft',
      durationUnknown: 'Unbekannt',
      countryUnknown: 'Empfängerland unbekannt',
      basisEea: 'EU/EWR',
      basisAdequacy: 'Angemessenheitsbeschluss',
      basisDpf: 'EU-US-Datenschutzrahmen',
      basisScc: 'Standardvertragsklauseln',
      basisBcr: 'Verbindliche interne Datenschutzvorschriften (BCR)',
      basisNone: 'Keine Übermittlungsgrundlage',
      basisUnknown: 'Übermittlungsgrundlage unbekannt',
      vendorData: 'Cookies und ähnliche Technologien',
      vendorRetention: 'So lange speichert der Anbieter die Daten',
      vendorCountries: 'Empfängerländer und Übermittlungsgrundlage',
      privacyPolicyLink: 'Datenschutzerklärung des Anbieters',
      optOutLink: 'Beim Anbieter widersprechen (Opt-out)',
      consentStateHeading: 'Ihre Einwilligung',
      changeConsent: 'Einwilligung ändern',
      withdrawConsent: 'Einwilligung widerrufen',
      noConsent: 'Sie haben noch keine Auswahl getroffen.',
      noItems: 'In dieser Kategorie verwenden wir keine Cookies oder ähnlichen Technologien.',
    },
  },
  categories: {
    necessary: {
      name: 'Notwendig',
      description:
        'Notwendige Cookies sorgen dafür, dass die Website funktioniert, zum Beispiel für Sicherheit, Anmeldung und das Speichern Ihrer Cookie-Auswahl. Sie können nicht deaktiviert werden.',
    },
    preferences: {
      name: 'Präferenzen',
      description:
        'Präferenz-Cookies merken sich Einstellungen wie Sprache oder Region. So passt sich die Website beim nächsten Mal an Sie an.',
    },
    statistics: {
      name: 'Statistik',
      description:
        'Statistik-Cookies zeigen, wie Besucher die Website nutzen. Wir verwenden die Informationen, um Inhalte und Funktionen zu verbessern.',
    },
    marketing: {
      name: 'Marketing',
      description:
        'Marketing-Cookies werden verwendet, um Ihnen relevante Werbung zu zeigen und zu messen, wie die Werbung wirkt. Sie können Sie über Websites hinweg verfolgen.',
    },
    unclassified: {
      name: 'Nicht klassifiziert',
      description:
        'Nicht klassifizierte Cookies haben wir noch nicht eingeordnet. Wir klären, was sie tun und wer dahintersteht.',
    },
  },
};
