/**
 * The EEA and the European Commission's adequacy decisions as versioned data, with dates and
 * references: what the admin shows and the docs cite. The banner never bundles this module;
 * `countries.ts` keeps compact code lists that a test checks against it.
 *
 * @packageDocumentation
 */

/** Limits an adequacy decision puts on who may receive data under it. */
export type TAdequacyScope = 'commercial organisations' | 'DPF-certified organisations only';

export interface TAdequacyDecision {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** English name as the Commission words it. */
  readonly name: string;
  /** Date of adoption (YYYY-MM-DD). */
  readonly decided?: string;
  /** Year of adoption, for a decision whose day is not recorded here. */
  readonly decidedYear?: number;
  readonly scope?: TAdequacyScope;
  /** The act as published in the Official Journal. */
  readonly reference?: string;
  /** Date of the latest renewal, for decisions with a sunset clause. */
  readonly renewed?: string;
  /** Last day of validity, for decisions with a sunset clause. */
  readonly validUntil?: string;
}

export interface TAdequacyData {
  /** When this list was last checked against the source. */
  readonly version: string;
  readonly source: string;
  readonly url: string;
  /** EU 27 and the EEA EFTA states (Iceland, Liechtenstein, Norway). */
  readonly eea: readonly string[];
  /**
   * Parts of EU member states that have their own ISO code and where the GDPR applies: Åland
   * and the outermost regions. A recipient there is inside the EEA.
   */
  readonly eeaTerritories: readonly string[];
  readonly decisions: readonly TAdequacyDecision[];
  readonly notes: readonly string[];
}

/**
 * Where personal data may go from the EU without a further transfer mechanism. Data, not logic:
 * update it (and `version`) when the Commission adopts, renews or repeals a decision.
 *
 * @see https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en
 */
export const ADEQUACY: TAdequacyData = {
  version: '2026-01-15',
  source: 'European Commission adequacy decisions',
  url: 'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en',
  eea: [
    'AT',
    'BE',
    'BG',
    'HR',
    'CY',
    'CZ',
    'DK',
    'EE',
    'FI',
    'FR',
    'DE',
    'GR',
    'HU',
    'IE',
    'IT',
    'LV',
    'LT',
    'LU',
    'MT',
    'NL',
    'PL',
    'PT',
    'RO',
    'SK',
    'SI',
    'ES',
    'SE',
    'IS',
    'LI',
    'NO',
  ],
  eeaTerritories: ['AX', 'GF', 'GP', 'MQ', 'MF', 'RE', 'YT'],
  decisions: [
    {
      country: 'AD',
      name: 'Andorra',
      decided: '2010-10-19',
      reference: 'Commission Decision 2010/625/EU',
    },
    {
      country: 'AR',
      name: 'Argentina',
      decided: '2003-06-30',
      reference: 'Commission Decision 2003/490/EC',
    },
    {
      country: 'CA',
      name: 'Canada',
      decided: '2001-12-20',
      scope: 'commercial organisations',
      reference: 'Commission Decision 2002/2/EC',
    },
    {
      country: 'FO',
      name: 'Faroe Islands',
      decided: '2010-03-05',
      reference: 'Commission Decision 2010/146/EU',
    },
    {
      country: 'GG',
      name: 'Guernsey',
      decided: '2003-11-21',
      reference: 'Commission Decision 2003/821/EC',
    },
    {
      country: 'IL',
      name: 'Israel',
      decided: '2011-01-31',
      reference: 'Commission Decision 2011/61/EU',
    },
    {
      country: 'IM',
      name: 'Isle of Man',
      decided: '2004-04-28',
      reference: 'Commission Decision 2004/411/EC',
    },
    {
      country: 'JP',
      name: 'Japan',
      decided: '2019-01-23',
      reference: 'Commission Implementing Decision (EU) 2019/419',
    },
    {
      country: 'JE',
      name: 'Jersey',
      decided: '2008-05-08',
      reference: 'Commission Decision 2008/393/EC',
    },
    {
      country: 'NZ',
      name: 'New Zealand',
      decided: '2012-12-19',
      reference: 'Commission Implementing Decision 2013/65/EU',
    },
    {
      country: 'KR',
      name: 'Republic of Korea',
      decided: '2021-12-17',
      reference: 'Commission Implementing Decision (EU) 2022/254',
    },
    {
      country: 'CH',
      name: 'Switzerland',
      decided: '2000-07-26',
      reference: 'Commission Decision 2000/518/EC',
    },
    {
      country: 'GB',
      name: 'United Kingdom',
      decided: '2021-06-28',
      reference: 'Commission Implementing Decision (EU) 2021/1772',
      renewed: '2025-12-19',
      validUntil: '2031-12-27',
    },
    {
      country: 'UY',
      name: 'Uruguay',
      decided: '2012-08-21',
      reference: 'Commission Implementing Decision 2012/484/EU',
    },
    {
      country: 'US',
      name: 'United States',
      decided: '2023-07-10',
      scope: 'DPF-certified organisations only',
      reference: 'Commission Implementing Decision (EU) 2023/1795 (EU–US Data Privacy Framework)',
    },
  ],
  notes: [
    'The European Patent Organisation (EPO) has an EU adequacy decision of its own. It is an international organisation, not a country, so it is not listed among the decisions.',
    'Canada: the decision covers organisations subject to PIPEDA, i.e. commercial organisations.',
    'United States: only organisations certified under the EU–US Data Privacy Framework; other US recipients need SCCs or BCRs.',
  ],
};

// Every officially assigned ISO 3166-1 alpha-2 code (249), plus XK (Kosovo), which is
// user-assigned but used by the EU and by vendors' country lists alike.
