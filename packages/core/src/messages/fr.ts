/** French default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const fr: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Nous utilisons des cookies',
      description:
        'Nous et nos partenaires ({vendorCount} au total) utilisons des cookies et des technologies similaires pour {categories}. Les cookies nécessaires sont toujours actifs. Les autres ne sont utilisés qu’avec votre accord.',
      withdrawal:
        'Vous pouvez modifier ou retirer votre consentement à tout moment via Paramètres des cookies, présent sur chaque page.',
      acceptAll: 'Tout accepter',
      rejectAll: 'Tout refuser',
      customise: 'Personnaliser',
      save: 'Enregistrer mes choix',
      preferencesTitle: 'Personnaliser vos choix',
      preferencesDescription:
        'Activez les catégories que vous acceptez. Tout ce qui n’est pas nécessaire reste désactivé jusqu’à ce que vous l’activiez vous-même.',
      alwaysOn: 'Toujours actifs',
      cookiePolicyLink: 'Politique relative aux cookies',
      privacyPolicyLink: 'Politique de confidentialité',
      close: 'Fermer',
      gpcNotice:
        'Votre navigateur envoie le signal Global Privacy Control. Nous avons donc désactivé le marketing. Vous pouvez modifier ce choix ci-dessous si vous le souhaitez.',
      openSettings: 'Paramètres des cookies',
      vendorsHeading: 'Fournisseurs',
      itemsHeading: 'Cookies et technologies similaires',
      placeholderText:
        'Ce contenu provient de {vendor}. Pour l’afficher ici, autorisez {category}.',
      placeholderAllow: 'Autoriser {category}',
      placeholderLink: 'Ouvrir chez {vendor}',
      reloadNotice:
        'Un contenu que vous aviez autorisé est déjà chargé. Rechargez la page pour l’arrêter.',
      reloadButton: 'Recharger la page',
    },
    policy: {
      title: 'Politique relative aux cookies',
      intro:
        'Cette page explique comment le site utilise les cookies et les technologies similaires. Vous y voyez lesquels nous utilisons, pourquoi, combien de temps ils sont conservés et qui reçoit les données. Plus bas, vous pouvez consulter et modifier votre consentement.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Qu’est-ce qu’un cookie ?',
          body: 'Un cookie est un petit fichier texte qu’un site enregistre dans votre navigateur. Il permet au site de reconnaître votre navigateur lors de la page suivante ou de la visite suivante.\n\nLes technologies similaires fonctionnent de la même manière. Par exemple le stockage local et le stockage de session du navigateur, IndexedDB et les pixels. Dans cette politique, nous les appelons tous des cookies.',
        },
        {
          id: 'session-persistent',
          heading: 'Cookies de session et cookies persistants',
          body: 'Un cookie de session n’existe que tant que votre navigateur est ouvert. Il est supprimé lorsque vous fermez le navigateur.\n\nUn cookie persistant reste sur votre appareil pendant une durée déterminée, ou jusqu’à ce que vous le supprimiez. Les tableaux ci-dessous indiquent la durée de conservation maximale de chaque cookie.',
        },
        {
          id: 'first-third-party',
          heading: 'Cookies propriétaires et cookies tiers',
          body: 'Un cookie propriétaire est déposé par le site que vous visitez. Un cookie tiers est déposé par une autre entreprise, par exemple un fournisseur de statistiques ou de publicité.\n\nLes cookies tiers peuvent envoyer des données au fournisseur, parfois vers des pays situés hors de l’UE/EEE. Les tableaux indiquent quel fournisseur se trouve derrière chaque cookie et où vont les données.',
        },
        {
          id: 'change-consent',
          heading: 'Comment modifier ou retirer votre consentement',
          body: 'Vous décidez quels cookies nous pouvons utiliser, en plus des cookies nécessaires. Vous pouvez modifier ou retirer votre consentement à tout moment.\n\nUtilisez le bouton ou le lien Paramètres des cookies, présent sur chaque page. Cette page affiche votre choix actuel, votre identifiant de consentement et la date de votre choix. Indiquez votre identifiant de consentement si vous nous contactez au sujet de votre consentement.',
        },
        {
          id: 'remove-cookies',
          heading: 'Comment supprimer les cookies',
          body: 'Vous pouvez supprimer les cookies déjà enregistrés sur votre appareil et bloquer les nouveaux. Cela se fait dans les paramètres de votre navigateur, en général sous confidentialité, sécurité ou données de site.\n\n- Chrome et Edge : les paramètres de confidentialité et de données de site.\n- Firefox : les paramètres de vie privée et de sécurité.\n- Safari : les réglages de confidentialité, où vous gérez les données des sites web.\n- Mobile : les réglages propres au navigateur, parfois dans les réglages du téléphone pour l’application.\n\nSi vous bloquez tous les cookies, certaines parties du site peuvent cesser de fonctionner. Si vous supprimez nos cookies, nous oublions aussi votre choix et vous le redemanderons.',
        },
        {
          id: 'contact',
          heading: 'Contact',
          body: 'Contactez-nous si vous avez des questions sur les cookies ou sur la manière dont nous traitons vos données personnelles.',
        },
      ],
      declarationHeading: 'Cookies utilisés sur ce site',
      vendorsHeading: 'Fournisseurs',
      lastUpdated: 'Dernière mise à jour',
      version: 'Version',
      itemCount: 'Nombre de cookies et de technologies similaires : {count}',
      colName: 'Nom',
      colProvider: 'Fournisseur',
      colPurpose: 'Finalité',
      colDuration: 'Durée de conservation maximale',
      colType: 'Type',
      colCountry: 'Pays destinataire et base du transfert',
      firstParty: 'propriétaire',
      thirdParty: 'tiers',
      typeCookie: 'Cookie HTTP',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Pixel',
      durationSession: 'Session',
      durationPersistent: 'Persistant',
      durationUnknown: 'Inconnue',
      countryUnknown: 'Pays destinataire inconnu',
      basisEea: 'UE/EEE',
      basisAdequacy: 'Décision d’adéquation',
      basisDpf: 'Cadre de protection des données UE–États-Unis',
      basisScc: 'Clauses contractuelles types',
      basisBcr: 'Règles d’entreprise contraignantes (BCR)',
      basisNone: 'Aucune base de transfert',
      basisUnknown: 'Base de transfert inconnue',
      vendorData: 'Cookies et technologies similaires',
      vendorRetention: 'Durée de conservation des données par le fournisseur',
      vendorCountries: 'Pays destinataires et base du transfert',
      privacyPolicyLink: 'Politique de confidentialité du fournisseur',
      optOutLink: 'S’opposer auprès du fournisseur (opt-out)',
      consentStateHeading: 'Votre consentement',
      changeConsent: 'Modifier le consentement',
      withdrawConsent: 'Retirer le consentement',
      noConsent: 'Vous n’avez encore fait aucun choix.',
      noItems:
        'Nous n’utilisons aucun cookie ni aucune technologie similaire dans cette catégorie.',
    },
  },
  categories: {
    necessary: {
      name: 'Nécessaires',
      description:
        'Les cookies nécessaires font fonctionner le site, par exemple pour la sécurité, la connexion et l’enregistrement de votre choix en matière de cookies. Ils ne peuvent pas être désactivés.',
    },
    preferences: {
      name: 'Préférences',
      description:
        'Les cookies de préférences mémorisent des choix comme la langue ou la région. Le site s’adapte ainsi à vous la fois suivante.',
    },
    statistics: {
      name: 'Statistiques',
      description:
        'Les cookies de statistiques montrent comment les visiteurs utilisent le site. Nous utilisons ces informations pour améliorer le contenu et les fonctionnalités.',
    },
    marketing: {
      name: 'Marketing',
      description:
        'Les cookies marketing servent à afficher des publicités pertinentes pour vous et à mesurer leur efficacité. Ils peuvent vous suivre d’un site à l’autre.',
    },
    unclassified: {
      name: 'Non classés',
      description:
        'Les cookies non classés sont ceux que nous n’avons pas encore classés. Nous cherchons à savoir ce qu’ils font et qui se trouve derrière.',
    },
  },
};
