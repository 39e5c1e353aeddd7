/** Spanish default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const es: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Utilizamos cookies',
      description:
        'Nosotros y nuestros socios ({vendorCount} en total) utilizamos cookies y tecnologías similares para {categories}. Las cookies necesarias están siempre activas. Las demás solo se utilizan si usted lo acepta.',
      withdrawal:
        'Puede cambiar o retirar su consentimiento en cualquier momento desde Configuración de cookies, disponible en todas las páginas.',
      acceptAll: 'Aceptar todas',
      rejectAll: 'Rechazar todas',
      customise: 'Personalizar',
      save: 'Guardar mis opciones',
      preferencesTitle: 'Personalice sus opciones',
      preferencesDescription:
        'Active las categorías que acepta. Todo salvo lo necesario permanece desactivado hasta que usted mismo lo active.',
      alwaysOn: 'Siempre activas',
      cookiePolicyLink: 'Política de cookies',
      privacyPolicyLink: 'Política de privacidad',
      close: 'Cerrar',
      gpcNotice:
        'Su navegador envía la señal Global Privacy Control. Por eso hemos desactivado el marketing. Puede cambiarlo a continuación si lo desea.',
      openSettings: 'Configuración de cookies',
      vendorsHeading: 'Proveedores',
      itemsHeading: 'Cookies y tecnologías similares',
      placeholderText:
        'Este contenido procede de {vendor}. Para mostrarlo aquí, permita {category}.',
      placeholderAllow: 'Permitir {category}',
      placeholderLink: 'Abrir en {vendor}',
      reloadNotice:
        'El contenido que permitió antes ya se ha cargado. Vuelva a cargar la página para detenerlo.',
      reloadButton: 'Volver a cargar la página',
    },
    policy: {
      title: 'Política de cookies',
      intro:
        'En esta página explicamos cómo el sitio web utiliza cookies y tecnologías similares. Puede ver cuáles utilizamos, para qué, cuánto tiempo se conservan y quién recibe los datos. Más abajo puede consultar y cambiar su consentimiento.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: '¿Qué son las cookies?',
          body: 'Una cookie es un pequeño archivo de texto que un sitio web guarda en su navegador. Permite al sitio reconocer su navegador en la siguiente página o visita.\n\nLas tecnologías similares funcionan de la misma manera. Por ejemplo, el almacenamiento local y de sesión del navegador, IndexedDB y los píxeles. En esta política las llamamos a todas cookies.',
        },
        {
          id: 'session-persistent',
          heading: 'Cookies de sesión y cookies persistentes',
          body: 'Una cookie de sesión solo existe mientras su navegador está abierto. Se elimina al cerrar el navegador.\n\nUna cookie persistente permanece en su dispositivo durante un tiempo determinado o hasta que usted la elimine. Las tablas siguientes indican el plazo máximo de conservación de cada cookie.',
        },
        {
          id: 'first-third-party',
          heading: 'Cookies propias y cookies de terceros',
          body: 'Una cookie propia la instala el sitio web que usted visita. Una cookie de terceros la instala otra empresa, por ejemplo un proveedor de estadísticas o de publicidad.\n\nLas cookies de terceros pueden enviar datos al proveedor, a veces a países fuera de la UE/EEE. Las tablas muestran qué proveedor está detrás de cada cookie y adónde van los datos.',
        },
        {
          id: 'change-consent',
          heading: 'Cómo cambiar o retirar su consentimiento',
          body: 'Usted decide qué cookies podemos utilizar, además de las necesarias. Puede cambiar o retirar su consentimiento en cualquier momento.\n\nUtilice el botón o enlace Configuración de cookies, disponible en todas las páginas. Esta página muestra su elección actual, su identificador de consentimiento y la fecha de su elección. Indique su identificador de consentimiento si se pone en contacto con nosotros sobre su consentimiento.',
        },
        {
          id: 'remove-cookies',
          heading: 'Cómo eliminar las cookies',
          body: 'Puede borrar las cookies ya guardadas en su dispositivo y bloquear las nuevas. Se hace en la configuración del navegador, normalmente en privacidad, seguridad o datos de sitios.\n\n- Chrome y Edge: la configuración de privacidad y datos de sitios.\n- Firefox: la configuración de privacidad y seguridad.\n- Safari: los ajustes de privacidad, donde se gestionan los datos de sitios web.\n- Móvil: los ajustes del propio navegador, a veces en los ajustes del teléfono para la aplicación.\n\nSi bloquea todas las cookies, partes del sitio pueden dejar de funcionar. Si borra nuestras cookies, también olvidamos su elección y volveremos a preguntarle.',
        },
        {
          id: 'contact',
          heading: 'Contacto',
          body: 'Póngase en contacto con nosotros si tiene preguntas sobre las cookies o sobre cómo tratamos sus datos personales.',
        },
      ],
      declarationHeading: 'Cookies que utiliza este sitio web',
      vendorsHeading: 'Proveedores',
      lastUpdated: 'Última actualización',
      version: 'Versión',
      itemCount: 'Número de cookies y tecnologías similares: {count}',
      colName: 'Nombre',
      colProvider: 'Proveedor',
      colPurpose: 'Finalidad',
      colDuration: 'Plazo máximo de conservación',
      colType: 'Tipo',
      colCountry: 'País destinatario y base de la transferencia',
      firstParty: 'propia',
      thirdParty: 'de terceros',
      typeCookie: 'Cookie HTTP',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Píxel',
      durationSession: 'Sesión',
      durationPersistent: 'Persistente',
      durationUnknown: 'Desconocido',
      countryUnknown: 'País destinatario desconocido',
      basisEea: 'UE/EEE',
      basisAdequacy: 'Decisión de adecuación',
      basisDpf: 'Marco de Privacidad de Datos UE-EE. UU.',
      basisScc: 'Cláusulas contractuales tipo',
      basisBcr: 'Normas corporativas vinculantes (BCR)',
      basisNone: 'Sin base de transferencia',
      basisUnknown: 'Base de transferencia desconocida',
      vendorData: 'Cookies y tecnologías similares',
      vendorRetention: 'Cuánto tiempo conserva el proveedor los datos',
      vendorCountries: 'Países destinatarios y base de la transferencia',
      privacyPolicyLink: 'Política de privacidad del proveedor',
      optOutLink: 'Oponerse ante el proveedor (opt-out)',
      consentStateHeading: 'Su consentimiento',
      changeConsent: 'Cambiar el consentimiento',
      withdrawConsent: 'Retirar el consentimiento',
      noConsent: 'Todavía no ha tomado ninguna decisión.',
      noItems: 'No utilizamos cookies ni tecnologías similares en esta categoría.',
    },
  },
  categories: {
    necessary: {
      name: 'Necesarias',
      description:
        'Las cookies necesarias hacen que el sitio web funcione, por ejemplo la seguridad, el inicio de sesión y que se recuerde su elección sobre cookies. No se pueden desactivar.',
    },
    preferences: {
      name: 'Preferencias',
      description:
        'Las cookies de preferencias recuerdan opciones como el idioma o la región. Así el sitio web se adapta a usted la próxima vez.',
    },
    statistics: {
      name: 'Estadísticas',
      description:
        'Las cookies de estadísticas muestran cómo utilizan los visitantes el sitio web. Utilizamos la información para mejorar el contenido y las funciones.',
    },
    marketing: {
      name: 'Marketing',
      description:
        'Las cookies de marketing se utilizan para mostrarle anuncios relevantes y medir el rendimiento de los anuncios. Pueden seguirle de un sitio web a otro.',
    },
    unclassified: {
      name: 'Sin clasificar',
      description:
        'Las cookies sin clasificar son las que aún no hemos clasificado. Estamos averiguando qué hacen y quién está detrás de ellas.',
    },
  },
};
