/**
 * What each banner and policy text is, in an editor's words (the keys are internal names:
 * "gpcNotice" or "colProvider" mean nothing to a legal editor). A key without a label here
 * (one added later) falls back to its key split into words.
 */
export const TEXT_LABELS: Record<'banner' | 'policy', Record<string, string>> = {
  banner: {
    title: 'Banner heading',
    description: 'Banner message',
    withdrawal: 'How to change or withdraw consent',
    acceptAll: '“Accept all” button',
    rejectAll: '“Reject all” button',
    customise: '“Customise” button',
    save: '“Save my choices” button',
    preferencesTitle: 'Preferences heading',
    preferencesDescription: 'Preferences introduction',
    alwaysOn: 'Label for categories that are always on',
    cookiePolicyLink: 'Cookie policy link',
    privacyPolicyLink: 'Privacy policy link',
    close: 'Close button (for screen readers)',
    gpcNotice: 'Notice when the browser sends Global Privacy Control',
    openSettings: 'Link that reopens the cookie settings',
    vendorsHeading: 'Heading above the providers',
    itemsHeading: 'Heading above the cookie list',
    placeholderText: 'Blocked embed: why it is not shown ({vendor}, {category})',
    placeholderAllow: 'Blocked embed: allow button',
    placeholderLink: 'Blocked embed: link to the provider',
    reloadNotice: 'After withdrawing: why a reload is offered',
    reloadButton: 'After withdrawing: reload button',
  },
  policy: {
    title: 'Policy page title',
    intro: 'Policy introduction',
    declarationHeading: 'Heading of the cookie declaration',
    vendorsHeading: 'Heading of the providers list',
    lastUpdated: '“Last updated” label',
    version: '“Version” label',
    itemCount: 'Number of cookies ({count} is the number)',
    colName: 'Table column: name',
    colProvider: 'Table column: provider',
    colPurpose: 'Table column: purpose',
    colDuration: 'Table column: maximum storage duration',
    colType: 'Table column: type',
    colCountry: 'Table column: recipient country and transfer basis',
    firstParty: 'Word for first party',
    thirdParty: 'Word for third party',
    typeCookie: 'Type: HTTP cookie',
    typeLocalStorage: 'Type: local storage',
    typeSessionStorage: 'Type: session storage',
    typeIndexedDb: 'Type: IndexedDB',
    typePixel: 'Type: pixel',
    durationSession: 'Duration: session',
    durationPersistent: 'Duration: persistent',
    durationUnknown: 'Duration: unknown',
    countryUnknown: 'Recipient country unknown',
    basisEea: 'Transfer basis: within the EU/EEA',
    basisAdequacy: 'Transfer basis: adequacy decision',
    basisDpf: 'Transfer basis: EU–US Data Privacy Framework',
    basisScc: 'Transfer basis: standard contractual clauses',
    basisBcr: 'Transfer basis: binding corporate rules',
    basisNone: 'Transfer basis: none',
    basisUnknown: 'Transfer basis: unknown',
    vendorData: 'Provider: heading of its cookies',
    vendorRetention: 'Provider: how long it keeps the data',
    vendorCountries: 'Provider: recipient countries and transfer basis',
    privacyPolicyLink: 'Provider: privacy policy link',
    optOutLink: 'Provider: opt-out link',
    consentStateHeading: 'Heading of the visitor’s current choice',
    changeConsent: '“Change consent” button',
    withdrawConsent: '“Withdraw consent” button',
    noConsent: 'Text when the visitor has not chosen yet',
    noItems: 'Text for a category without cookies',
  },
};

export function textLabel(part: 'banner' | 'policy', key: string): string {
  const label = TEXT_LABELS[part][key];
  if (label) return label;
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
