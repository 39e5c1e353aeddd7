/**
 * Vendors most Swedish and European sites declare, ready to add (issue 18): the legal entity
 * that serves EEA visitors, the privacy-policy link, the countries the data goes to, whether
 * the US recipient is certified under the EU–US Data Privacy Framework, the hosts automatic
 * blocking holds, and the vendor's own consent API where it has one. Facts as each vendor
 * publishes them in its privacy policy and on dataprivacyframework.gov; an editor reviews and
 * can change every field after adding. Pure data.
 *
 * @packageDocumentation
 */
import type { TVendor } from './model.js';

/** A known vendor: a {@link TVendor} with an English and a Swedish description. */
export type TKnownVendor = TVendor & { description: { en: string; sv: string } };

export const KNOWN_VENDORS: readonly TKnownVendor[] = [
  {
    id: 'google',
    name: 'Google',
    legalName: 'Google Ireland Limited',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
    countries: ['IE', 'US'],
    dpfCertified: true,
    description: {
      en: 'Google Analytics, Google Ads and Google Tag Manager: measures visits and the effect of advertising. Data is processed in Ireland and the United States.',
      sv: 'Google Analytics, Google Ads och Google Tag Manager: mäter besök och annonsers effekt. Uppgifterna behandlas i Irland och USA.',
    },
    hosts: [
      'www.googletagmanager.com',
      'google-analytics.com',
      'doubleclick.net',
      'googleadservices.com',
    ],
  },
  {
    id: 'youtube',
    name: 'YouTube',
    legalName: 'Google Ireland Limited',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    countries: ['IE', 'US'],
    dpfCertified: true,
    description: {
      en: 'Embedded YouTube videos. Playing one lets Google store cookies and read what was watched.',
      sv: 'Inbäddade YouTube-filmer. När en film spelas kan Google lagra kakor och se vad som tittats på.',
    },
    hosts: ['www.youtube.com', 'www.youtube-nocookie.com'],
  },
  {
    id: 'meta',
    name: 'Meta (Facebook, Instagram)',
    legalName: 'Meta Platforms Ireland Limited',
    privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
    countries: ['IE', 'US'],
    dpfCertified: true,
    description: {
      en: 'The Meta Pixel: measures the effect of ads on Facebook and Instagram and builds audiences for them.',
      sv: 'Meta-pixeln: mäter effekten av annonser på Facebook och Instagram och bygger målgrupper för dem.',
    },
    hosts: ['connect.facebook.net', 'www.facebook.com'],
    consentSignal: 'meta-pixel',
  },
  {
    id: 'microsoft-advertising',
    name: 'Microsoft Advertising',
    legalName: 'Microsoft Ireland Operations Limited',
    privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
    countries: ['IE', 'US'],
    dpfCertified: true,
    description: {
      en: 'Microsoft UET (Bing Ads): measures conversions from ads on Bing and builds remarketing audiences.',
      sv: 'Microsoft UET (Bing-annonser): mäter konverteringar från annonser på Bing och bygger målgrupper för återannonsering.',
    },
    hosts: ['bat.bing.com'],
    consentSignal: 'microsoft-uet',
  },
  {
    id: 'microsoft-clarity',
    name: 'Microsoft Clarity',
    legalName: 'Microsoft Corporation',
    privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
    countries: ['US'],
    dpfCertified: true,
    description: {
      en: 'Records how visitors use pages (clicks, scrolling, session replays) to improve the site.',
      sv: 'Registrerar hur besökare använder sidorna (klick, scrollning, sessionsinspelningar) för att förbättra webbplatsen.',
    },
    hosts: ['clarity.ms'],
    consentSignal: 'microsoft-clarity',
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    legalName: 'LinkedIn Ireland Unlimited Company',
    privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
    countries: ['IE', 'US'],
    dpfCertified: true,
    description: {
      en: 'The LinkedIn Insight Tag: measures the effect of ads on LinkedIn and builds audiences for them.',
      sv: 'LinkedIn Insight Tag: mäter effekten av annonser på LinkedIn och bygger målgrupper för dem.',
    },
    hosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    legalName: 'TikTok Technology Limited',
    privacyPolicyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
    countries: ['IE', 'US', 'SG', 'MY'],
    dpfCertified: false,
    description: {
      en: 'The TikTok Pixel: measures the effect of ads on TikTok and builds audiences for them.',
      sv: 'TikTok-pixeln: mäter effekten av annonser på TikTok och bygger målgrupper för dem.',
    },
    hosts: ['analytics.tiktok.com'],
    consentSignal: 'tiktok-pixel',
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    legalName: 'Hotjar Ltd',
    privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    countries: ['MT', 'IE'],
    dpfCertified: false,
    description: {
      en: 'Heatmaps, recordings and surveys of how visitors use pages. Hotjar is based in Malta and stores data in the EU.',
      sv: 'Värmekartor, inspelningar och enkäter om hur besökare använder sidorna. Hotjar finns på Malta och lagrar uppgifterna inom EU.',
    },
    hosts: ['hotjar.com'],
  },
];
