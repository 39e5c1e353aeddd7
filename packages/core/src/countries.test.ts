import { describe, expect, it } from 'vitest';
import { ADEQUACY } from './adequacy.js';
import {
  ADEQUATE_CODE_LIST,
  countryCodeFromName,
  countryName,
  EEA_CODE_LIST,
  isAdequate,
  isValidCountryCode,
  normaliseCountryCode,
  transferBasis,
  vendorTransferBases,
} from './countries.js';

const certified = { dpfCertified: true };
const uncertified = { dpfCertified: false };

describe('ADEQUACY data', () => {
  it('matches the compact code lists the transfer-basis logic uses', () => {
    expect(EEA_CODE_LIST.split(' ').sort()).toEqual(
      [...ADEQUACY.eea, ...ADEQUACY.eeaTerritories].sort(),
    );
    expect(ADEQUATE_CODE_LIST.split(' ').sort()).toEqual(
      ADEQUACY.decisions.map((d) => d.country).sort(),
    );
  });

  it('lists the EU 27 and Iceland, Liechtenstein and Norway as the EEA', () => {
    expect(ADEQUACY.eea).toHaveLength(30);
    expect(new Set(ADEQUACY.eea).size).toBe(30);
    for (const code of ['SE', 'DE', 'FR', 'IE', 'HR', 'IS', 'LI', 'NO']) {
      expect(ADEQUACY.eea).toContain(code);
    }
    for (const code of ['GB', 'CH', 'US', 'FO', 'GL']) expect(ADEQUACY.eea).not.toContain(code);
  });

  it('T-02: has exactly the fifteen adequacy decisions, each dated and referenced', () => {
    const codes = ADEQUACY.decisions.map((d) => d.country).sort();
    expect(codes).toEqual(
      [
        'AD',
        'AR',
        'CA',
        'FO',
        'GG',
        'IL',
        'IM',
        'JP',
        'JE',
        'NZ',
        'KR',
        'CH',
        'GB',
        'UY',
        'US',
      ].sort(),
    );
    for (const d of ADEQUACY.decisions) {
      expect(d.decided ?? String(d.decidedYear), d.country).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      if (d.decided) expect(new Date(`${d.decided}T00:00:00Z`).toISOString()).toContain(d.decided);
      expect(d.reference, d.country).toBeTruthy();
    }
  });

  it('limits Canada to commercial organisations and the US to DPF-certified ones', () => {
    const byCode = new Map(ADEQUACY.decisions.map((d) => [d.country, d]));
    expect(byCode.get('CA')?.scope).toBe('commercial organisations');
    expect(byCode.get('US')?.scope).toBe('DPF-certified organisations only');
    expect(byCode.get('US')?.decided).toBe('2023-07-10');
    expect(byCode.get('US')?.reference).toContain('2023/1795');
  });

  it('uses only valid codes and notes the EPO, which is not a country', () => {
    for (const code of [...ADEQUACY.eea, ...ADEQUACY.eeaTerritories]) {
      expect(isValidCountryCode(code), code).toBe(true);
    }
    for (const d of ADEQUACY.decisions) expect(isValidCountryCode(d.country), d.country).toBe(true);
    expect(ADEQUACY.notes.some((n) => n.includes('European Patent Organisation'))).toBe(true);
    expect(ADEQUACY.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('transferBasis', () => {
  it('is eea inside the EEA, whatever the vendor declares', () => {
    for (const code of ['SE', 'DE', 'NO', 'IS', 'LI']) {
      expect(transferBasis(code, { dpfCertified: false, transferMechanism: 'scc' })).toBe('eea');
    }
    expect(transferBasis('RE', uncertified)).toBe('eea');
  });

  it('is adequacy for adequacy countries, which are not in the EEA', () => {
    for (const code of ['CH', 'GB', 'JP', 'CA', 'KR', 'NZ', 'UY', 'IL', 'AD']) {
      expect(transferBasis(code, uncertified), code).toBe('adequacy');
    }
  });

  it('is dpf for a certified US vendor and the declared mechanism otherwise', () => {
    expect(transferBasis('US', certified)).toBe('dpf');
    expect(transferBasis('US', { dpfCertified: true, transferMechanism: 'scc' })).toBe('dpf');
    expect(transferBasis('US', { dpfCertified: false, transferMechanism: 'scc' })).toBe('scc');
    expect(transferBasis('US', { dpfCertified: false, transferMechanism: 'bcr' })).toBe('bcr');
    expect(transferBasis('US', uncertified)).toBe('none');
    // Declaring DPF without the certification does not make it so.
    expect(transferBasis('US', { dpfCertified: false, transferMechanism: 'dpf' })).toBe('none');
  });

  it('is the declared scc or bcr for other third countries, else none', () => {
    expect(transferBasis('IN', { dpfCertified: false, transferMechanism: 'scc' })).toBe('scc');
    expect(transferBasis('CN', { dpfCertified: true, transferMechanism: 'bcr' })).toBe('bcr');
    expect(transferBasis('BR', certified)).toBe('none');
    expect(transferBasis('AU', { dpfCertified: false, transferMechanism: 'adequacy' })).toBe(
      'none',
    );
  });

  it('is unknown for an empty or invalid country and tolerates case and EU spellings', () => {
    expect(transferBasis('', certified)).toBe('unknown');
    expect(transferBasis('ZZ', certified)).toBe('unknown');
    expect(transferBasis('EU', certified)).toBe('unknown');
    expect(transferBasis('Sweden', certified)).toBe('unknown');
    expect(transferBasis(' se ', uncertified)).toBe('eea');
    expect(transferBasis('EL', uncertified)).toBe('eea');
    expect(transferBasis('UK', uncertified)).toBe('adequacy');
  });
});

describe('isAdequate', () => {
  it('is true where no further mechanism is needed', () => {
    expect(isAdequate('SE', false)).toBe(true);
    expect(isAdequate('CH', false)).toBe(true);
    expect(isAdequate('GB', false)).toBe(true);
    expect(isAdequate('JP', false)).toBe(true);
    expect(isAdequate('US', true)).toBe(true);
    expect(isAdequate('US', false)).toBe(false);
    expect(isAdequate('IN', true)).toBe(false);
    expect(isAdequate('', true)).toBe(false);
  });
});

describe('vendorTransferBases', () => {
  it('gives one basis per country, normalised and without repeats', () => {
    const bases = vendorTransferBases({
      countries: ['se', 'US', 'IN', 'US', 'UK', 'Narnia'],
      dpfCertified: true,
      transferMechanism: 'scc',
    });
    expect(bases).toEqual([
      { country: 'SE', basis: 'eea' },
      { country: 'US', basis: 'dpf' },
      { country: 'IN', basis: 'scc' },
      { country: 'GB', basis: 'adequacy' },
      { country: 'Narnia', basis: 'unknown' },
    ]);
  });

  it('says unknown when the vendor lists no countries', () => {
    expect(vendorTransferBases({ countries: [], dpfCertified: true })).toEqual([
      { country: undefined, basis: 'unknown' },
    ]);
    expect(vendorTransferBases({ countries: [' '], dpfCertified: false })).toEqual([
      { country: undefined, basis: 'unknown' },
    ]);
  });
});

describe('isValidCountryCode and normaliseCountryCode', () => {
  it('accept assigned ISO codes and XK, nothing else', () => {
    for (const code of ['SE', 'US', 'GB', 'AX', 'XK', 'SS', 'CW']) {
      expect(isValidCountryCode(code), code).toBe(true);
    }
    for (const code of ['se', 'UK', 'EL', 'EU', 'UN', 'ZZ', 'AA', 'DD', 'SU', 'S', 'SWE', '']) {
      expect(isValidCountryCode(code), code).toBe(false);
    }
  });

  it('counts the 249 assigned codes plus XK', () => {
    let valid = 0;
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) if (isValidCountryCode(String.fromCharCode(a, b))) valid++;
    }
    expect(valid).toBe(250);
  });

  it('normalise case, spaces and the EU spellings', () => {
    expect(normaliseCountryCode(' se')).toBe('SE');
    expect(normaliseCountryCode('uk')).toBe('GB');
    expect(normaliseCountryCode('EL')).toBe('GR');
    expect(normaliseCountryCode('XX')).toBeUndefined();
    expect(normaliseCountryCode(undefined)).toBeUndefined();
  });
});

describe('countryName', () => {
  it('names a country in the locale', () => {
    expect(countryName('SE', 'sv')).toBe('Sverige');
    expect(countryName('SE', 'en')).toBe('Sweden');
    expect(countryName('DE', 'sv')).toBe('Tyskland');
    expect(countryName('gb', 'en')).toBe('United Kingdom');
  });

  it('falls back to the code for invalid codes and locales', () => {
    expect(countryName('ZZ', 'en')).toBe('ZZ');
    expect(countryName('Narnia', 'sv')).toBe('Narnia');
    expect(countryName('SE', 'not a locale!')).toBe('SE');
  });
});

describe('countryCodeFromName', () => {
  it.each([
    ['United States', 'US'],
    ['Sweden', 'SE'],
    ['Sverige', 'SE'],
    ['USA', 'US'],
    ['United States of America', 'US'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['Storbritannien', 'GB'],
    ['Great Britain', 'GB'],
    ['germany', 'DE'],
    ['Tyskland', 'DE'],
    ['  the Netherlands ', 'NL'],
    ['Nederländerna', 'NL'],
    ['Osterrike', 'AT'],
    ['Österrike', 'AT'],
    ['South Korea', 'KR'],
    ['Sydkorea', 'KR'],
    ['Republic of Korea', 'KR'],
    ['Bosnia and Herzegovina', 'BA'],
    ['Saint Lucia', 'LC'],
    ['S:t Lucia', 'LC'],
    ['Myanmar', 'MM'],
    ['Czech Republic', 'CZ'],
    ['Hong Kong', 'HK'],
    ['Schweiz', 'CH'],
    ['se', 'SE'],
  ])('reads %j as %s', (name, code) => {
    expect(countryCodeFromName(name)).toBe(code);
  });

  it('agrees with countryName for every valid code in both languages', () => {
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (!isValidCountryCode(code)) continue;
        for (const locale of ['en', 'sv']) {
          const name = countryName(code, locale);
          if (name !== code) expect(countryCodeFromName(name), `${locale} ${name}`).toBe(code);
        }
      }
    }
  });

  it('is undefined for anything that is not a country', () => {
    for (const name of ['', '   ', 'Narnia', 'European Union', 'qwerty', 'XX', '123']) {
      expect(countryCodeFromName(name), name).toBeUndefined();
    }
  });
});
