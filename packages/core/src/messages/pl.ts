/** Polish default texts and category names. @packageDocumentation */
import type { TLanguageMessages } from './types.js';

export const pl: TLanguageMessages = {
  texts: {
    banner: {
      title: 'Używamy plików cookie',
      description:
        'My i nasi partnerzy (łącznie {vendorCount}) używamy plików cookie i podobnych technologii w następujących celach: {categories}. Niezbędne pliki cookie są zawsze włączone. Pozostałych używamy tylko za Twoją zgodą.',
      withdrawal:
        'W każdej chwili możesz zmienić lub wycofać zgodę w sekcji „Ustawienia plików cookie”, dostępnej na każdej stronie.',
      acceptAll: 'Akceptuj wszystkie',
      rejectAll: 'Odrzuć wszystkie',
      customise: 'Dostosuj',
      save: 'Zapisz moje wybory',
      preferencesTitle: 'Dostosuj swoje wybory',
      preferencesDescription:
        'Włącz kategorie, na które się zgadzasz. Wszystko poza niezbędnymi pozostaje wyłączone, dopóki sam tego nie włączysz.',
      alwaysOn: 'Zawsze aktywne',
      cookiePolicyLink: 'Polityka plików cookie',
      privacyPolicyLink: 'Polityka prywatności',
      close: 'Zamknij',
      gpcNotice:
        'Twoja przeglądarka wysyła sygnał Global Privacy Control. Dlatego wyłączyliśmy marketing. Jeśli chcesz, możesz to zmienić poniżej.',
      openSettings: 'Ustawienia plików cookie',
      vendorsHeading: 'Dostawcy',
      itemsHeading: 'Pliki cookie i podobne technologie',
      placeholderText: 'Ta treść pochodzi od {vendor}. Aby ją tu wyświetlić, zezwól na {category}.',
      placeholderAllow: 'Zezwól na {category}',
      placeholderLink: 'Otwórz w {vendor}',
      reloadNotice:
        'Treści, na które wcześniej zezwolono, zostały już wczytane. Odśwież stronę, aby je zatrzymać.',
      reloadButton: 'Odśwież stronę',
    },
    policy: {
      title: 'Polityka plików cookie',
      intro:
        'Wyjaśniamy tu, jak serwis używa plików cookie i podobnych technologii. Zobaczysz, których używamy, w jakim celu, jak długo są przechowywane i kto otrzymuje dane. Niżej możesz sprawdzić i zmienić swoją zgodę.',
      sections: [
        {
          id: 'what-are-cookies',
          heading: 'Czym są pliki cookie?',
          body: 'Plik cookie to mały plik tekstowy, który serwis zapisuje w Twojej przeglądarce. Dzięki niemu serwis rozpoznaje Twoją przeglądarkę przy kolejnym wyświetleniu strony lub wizycie.\n\nPodobne technologie działają w ten sam sposób. Przykładami są pamięć lokalna i pamięć sesji przeglądarki, IndexedDB oraz piksele. W tej polityce nazywamy je wszystkie plikami cookie.',
        },
        {
          id: 'session-persistent',
          heading: 'Sesyjne i trwałe pliki cookie',
          body: 'Sesyjny plik cookie istnieje tylko, dopóki przeglądarka jest otwarta. Jest usuwany po zamknięciu przeglądarki.\n\nTrwały plik cookie pozostaje na Twoim urządzeniu przez określony czas albo do chwili, gdy go usuniesz. Maksymalny okres przechowywania każdego pliku cookie podajemy w tabelach poniżej.',
        },
        {
          id: 'first-third-party',
          heading: 'Pliki cookie własne i podmiotów trzecich',
          body: 'Własny plik cookie zapisuje serwis, który odwiedzasz. Plik cookie podmiotu trzeciego zapisuje inna firma, na przykład dostawca statystyk lub reklam.\n\nPliki cookie podmiotów trzecich mogą przesyłać dane do dostawcy, czasem do państw spoza UE/EOG. Tabele pokazują, który dostawca stoi za każdym plikiem cookie i dokąd trafiają dane.',
        },
        {
          id: 'change-consent',
          heading: 'Jak zmienić lub wycofać zgodę',
          body: 'To Ty decydujesz, jakich plików cookie poza niezbędnymi możemy używać. W każdej chwili możesz zmienić lub wycofać zgodę.\n\nUżyj przycisku lub linku „Ustawienia plików cookie”, dostępnego na każdej stronie. Ta strona pokazuje Twój obecny wybór, identyfikator zgody i datę wyboru. Podaj identyfikator zgody, jeśli kontaktujesz się z nami w sprawie swojej zgody.',
        },
        {
          id: 'remove-cookies',
          heading: 'Jak usunąć pliki cookie',
          body: 'Możesz usunąć pliki cookie zapisane już na urządzeniu i blokować nowe. Robi się to w ustawieniach przeglądarki, zwykle w sekcji prywatności, bezpieczeństwa lub danych witryn.\n\n- Chrome i Edge: ustawienia prywatności i danych witryn.\n- Firefox: ustawienia prywatności i bezpieczeństwa.\n- Safari: ustawienia prywatności, w których zarządzasz danymi witryn.\n- Urządzenia mobilne: ustawienia samej przeglądarki, czasem w ustawieniach telefonu dla aplikacji.\n\nJeśli zablokujesz wszystkie pliki cookie, część serwisu może przestać działać. Jeśli usuniesz nasze pliki cookie, zapomnimy też Twój wybór i zapytamy ponownie.',
        },
        {
          id: 'contact',
          heading: 'Kontakt',
          body: 'Skontaktuj się z nami, jeśli masz pytania o pliki cookie lub o to, jak przetwarzamy Twoje dane osobowe.',
        },
      ],
      declarationHeading: 'Pliki cookie używane w serwisie',
      vendorsHeading: 'Dostawcy',
      lastUpdated: 'Ostatnia aktualizacja',
      version: 'Wersja',
      itemCount: 'Liczba plików cookie i podobnych technologii: {count}',
      colName: 'Nazwa',
      colProvider: 'Dostawca',
      colPurpose: 'Cel',
      colDuration: 'Maksymalny okres przechowywania',
      colType: 'Typ',
      colCountry: 'Państwo odbiorcy i podstawa przekazania',
      firstParty: 'własny',
      thirdParty: 'podmiotu trzeciego',
      typeCookie: 'Plik cookie HTTP',
      typeLocalStorage: 'Local Storage',
      typeSessionStorage: 'Session Storage',
      typeIndexedDb: 'IndexedDB',
      typePixel: 'Piksel',
      durationSession: 'Sesja',
      durationPersistent: 'Trwały',
      durationUnknown: 'Nieznany',
      countryUnknown: 'Państwo odbiorcy nieznane',
      basisEea: 'UE/EOG',
      basisAdequacy: 'Decyzja stwierdzająca odpowiedni stopień ochrony',
      basisDpf: 'Ramy ochrony danych UE–USA',
      basisScc: 'Standardowe klauzule umowne',
      basisBcr: 'Wiążące reguły korporacyjne (BCR)',
      basisNone: 'Brak podstawy przekazania',
      basisUnknown: 'Podstawa przekazania nieznana',
      vendorData: 'Pliki cookie i podobne technologie',
      vendorRetention: 'Jak długo dostawca przechowuje dane',
      vendorCountries: 'Państwa odbiorców i podstawa przekazania',
      privacyPolicyLink: 'Polityka prywatności dostawcy',
      optOutLink: 'Sprzeciw u dostawcy (opt-out)',
      consentStateHeading: 'Twoja zgoda',
      changeConsent: 'Zmień zgodę',
      withdrawConsent: 'Wycofaj zgodę',
      noConsent: 'Nie dokonano jeszcze wyboru.',
      noItems: 'W tej kategorii nie używamy plików cookie ani podobnych technologii.',
    },
  },
  categories: {
    necessary: {
      name: 'Niezbędne',
      description:
        'Niezbędne pliki cookie zapewniają działanie serwisu, na przykład bezpieczeństwo, logowanie i zapamiętanie Twojego wyboru dotyczącego plików cookie. Nie można ich wyłączyć.',
    },
    preferences: {
      name: 'Preferencje',
      description:
        'Pliki cookie preferencji zapamiętują wybory, takie jak język czy region. Dzięki temu serwis następnym razem dopasuje się do Ciebie.',
    },
    statistics: {
      name: 'Statystyka',
      description:
        'Statystyczne pliki cookie pokazują, jak odwiedzający korzystają z serwisu. Wykorzystujemy te informacje do ulepszania treści i funkcji.',
    },
    marketing: {
      name: 'Marketing',
      description:
        'Marketingowe pliki cookie służą do wyświetlania reklam dopasowanych do Ciebie i mierzenia ich skuteczności. Mogą śledzić Cię na różnych stronach.',
    },
    unclassified: {
      name: 'Niesklasyfikowane',
      description:
        'Niesklasyfikowane pliki cookie to te, których jeszcze nie sklasyfikowaliśmy. Ustalamy, do czego służą i kto za nimi stoi.',
    },
  },
};
