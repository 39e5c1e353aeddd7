/** Portuguese default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const pt: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Utilizamos cookies',
      description:
        'Nós e os nossos parceiros ({vendorCount} no total) utilizamos cookies e tecnologias semelhantes para {categories}. Os cookies necessários estão sempre ativos. Os restantes só são utilizados se der o seu consentimento.',
      withdrawal:
        'Pode alterar ou retirar o seu consentimento a qualquer momento em Definições de cookies, disponível em todas as páginas.',
      acceptAll: 'Aceitar todos',
      rejectAll: 'Rejeitar todos',
      customise: 'Personalizar',
      save: 'Guardar as minhas escolhas',
      preferencesTitle: 'Personalize as suas escolhas',
      preferencesDescription:
        'Ative as categorias que aceita. Tudo o que não é necessário fica desativado até ser o próprio a ativá-lo.',
      alwaysOn: 'Sempre ativos',
      cookiePolicyLink: 'Política de cookies',
      privacyPolicyLink: 'Política de privacidade',
      close: 'Fechar',
      gpcNotice:
        'O seu navegador envia o sinal Global Privacy Control. Por isso, desativámos o marketing. Pode alterar esta opção abaixo, se quiser.',
      openSettings: 'Definições de cookies',
      vendorsHeading: 'Fornecedores',
      itemsHeading: 'Cookies e tecnologias semelhantes',
      placeholderText: 'Este conteúdo vem de {vendor}. Para o ver aqui, permita {category}.',
      placeholderAllow: 'Permitir {category}',
      placeholderLink: 'Abrir em {vendor}',
      reloadNotice:
        'O conteúdo que permitiu antes já foi carregado. Recarregue a página para o parar.',
      reloadButton: 'Recarregar a página',
    },
    policy: {
      title: 'Política de cookies',
      intro:
        'Esta página explica como o sítio Web utiliza cookies e tecnologias semelhantes. Pode ver quais utilizamos, porquê, durante quanto tempo são conservados e quem recebe os dados. Mais abaixo pode consultar e alterar o seu consentimento.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'O que são cookies?',
          body: 'Um cookie é um pequeno ficheiro de texto que um sítio Web guarda no seu navegador. Permite ao sítio reconhecer o seu navegador na página ou visita seguinte.\n\nAs tecnologias semelhantes funcionam da mesma forma. São exemplos o armazenamento local e de sessão do navegador, o IndexedDB e os píxeis. Nesta política chamamos-lhes a todos cookies.',
        },
        {
          id: 'session-persistent',
          heading: 'Cookies de sessão e cookies persistentes',
          body: 'Um cookie de sessão só existe enquanto o navegador está aberto. É apagado quando fecha o navegador.\n\nUm cookie persistente fica no seu dispositivo durante um período definido, ou até o apagar. As tabelas abaixo indicam o prazo máximo de conservação de cada cookie.',
        },
        {
          id: 'first-third-party',
          heading: 'Cookies próprios e cookies de terceiros',
          body: 'Um cookie próprio é colocado pelo sítio Web que está a visitar. Um cookie de terceiros é colocado por outra empresa, por exemplo um fornecedor de estatísticas ou de publicidade.\n\nOs cookies de terceiros podem enviar dados ao fornecedor, por vezes para países fora da UE/EEE. As tabelas mostram que fornecedor está por trás de cada cookie e para onde vão os dados.',
        },
        {
          id: 'change-consent',
          heading: 'Como alterar ou retirar o seu consentimento',
          body: 'É o próprio que decide que cookies podemos utilizar, além dos necessários. Pode alterar ou retirar o seu consentimento a qualquer momento.\n\nUtilize o botão ou a ligação Definições de cookies, disponível em todas as páginas. Esta página mostra a sua escolha atual, o seu ID de consentimento e a data da escolha. Indique o seu ID de consentimento se nos contactar sobre o seu consentimento.',
        },
        {
          id: 'remove-cookies',
          heading: 'Como apagar cookies',
          body: 'Pode apagar os cookies já guardados no seu dispositivo e bloquear novos. Faz-se nas definições do navegador, normalmente em privacidade, segurança ou dados de sites.\n\n- Chrome e Edge: as definições de privacidade e dados de sites.\n- Firefox: as definições de privacidade e segurança.\n- Safari: as definições de privacidade, onde gere os dados de sítios Web.\n- Telemóvel: as definições do próprio navegador, por vezes nas definições do telefone para a aplicação.\n\nSe bloquear todos os cookies, partes do sítio podem deixar de funcionar. Se apagar os nossos cookies, também esquecemos a sua escolha e voltaremos a perguntar.',
        },
        {
          id: 'contact',
          heading: 'Contacto',
          body: 'Contacte-nos se tiver perguntas sobre cookies ou sobre a forma como tratamos os seus dados pessoais.',
        },
      ],
      declarationHeading: 'Cookies utilizados neste sítio Web',
      vendorsHeading: 'Fornecedores',
      lastUpdated: 'Última atualização',
      version: 'Versão',
      itemCount: 'Número de cookies e tecnologias semelhantes: {count}',
      colName: 'Nome',
      colProvider: 'Fornecedor',
      colPurpose: 'Finalidade',
      colDuration: 'Prazo máximo de conservação',
      colType: 'Tipo',
      colCountry: 'País destinatário e fundamento da transferência',
      firstParty: 'próprio',
      thirdParty: 'de terceiros',
      typeCookie: 'Cookie HTTP',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Píxel',
      durationSession: 'Sessão',
      durationPersistent: 'Persistente',
      durationUnknown: 'Desconhecido',
      countryUnknown: 'País destinatário desconhecido',
      basisEea: 'UE/EEE',
      basisAdequacy: 'Decisão de adequação',
      basisDpf: 'Quadro de Privacidade de Dados UE-EUA',
      basisScc: 'Cláusulas contratuais-tipo',
      basisBcr: 'Regras vinculativas aplicáveis às empresas (BCR)',
      basisNone: 'Sem fundamento para a transferência',
      basisUnknown: 'Fundamento da transferência desconhecido',
      vendorData: 'Cookies e tecnologias semelhantes',
      vendorRetention: 'Durante quanto tempo o fornecedor conserva os dados',
      vendorCountries: 'Países destinatários e fundamento da transferência',
      privacyPolicyLink: 'Política de privacidade do fornecedor',
      optOutLink: 'Opor-se junto do fornecedor (opt-out)',
      consentStateHeading: 'O seu consentimento',
      changeConsent: 'Alterar o consentimento',
      withdrawConsent: 'Retirar o consentimento',
      noConsent: 'Ainda não fez nenhuma escolha.',
      noItems: 'Não utilizamos cookies nem tecnologias semelhantes nesta categoria.',
    },
  },
  categories: {
    necessary: {
      name: 'Necessários',
      description:
        'Os cookies necessários fazem o sítio Web funcionar, por exemplo a segurança, o início de sessão e a memorização da sua escolha de cookies. Não podem ser desativados.',
    },
    preferences: {
      name: 'Preferências',
      description:
        'Os cookies de preferências memorizam escolhas como o idioma ou a região. Assim, o sítio Web adapta-se a si da próxima vez.',
    },
    statistics: {
      name: 'Estatísticas',
      description:
        'Os cookies de estatísticas mostram como os visitantes utilizam o sítio Web. Utilizamos a informação para melhorar o conteúdo e as funcionalidades.',
    },
    marketing: {
      name: 'Marketing',
      description:
        'Os cookies de marketing servem para mostrar anúncios relevantes para si e medir o desempenho dos anúncios. Podem segui-lo de um sítio Web para outro.',
    },
    unclassified: {
      name: 'Não classificados',
      description:
        'Os cookies não classificados são os que ainda não classificámos. Estamos a apurar o que fazem e quem está por trás deles.',
    },
  },
};
