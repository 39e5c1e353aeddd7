import { describe, expect, it } from 'vitest';
import { KeptAnswers, type TKept } from './server';

const req = (headers: Record<string, string> = {}, method = 'GET', url = '/b/abcdefgh.js') => ({
  method,
  url,
  headers,
});
const kept = (current = () => true) => ({ current }) as unknown as TKept;

describe('kept answers', () => {
  it('keys a GET or HEAD by every header the answer reads', () => {
    const base = KeptAnswers.key(req(), {});
    expect(base).not.toBeNull();
    const variants = [
      req({ 'accept-encoding': 'br' }),
      req({ origin: 'https://a.example' }),
      req({ 'if-none-match': '"x"' }),
      req({}, 'HEAD'),
      req({}, 'GET', '/b/abcdefgh.js?lang=sv'),
    ].map((r) => KeptAnswers.key(r, {}));
    expect(new Set([base, ...variants]).size).toBe(6);
    // The region header counts only when the operator names it.
    const se = req({ 'cf-ipcountry': 'SE' });
    expect(KeptAnswers.key(se, {})).toBe(base);
    expect(KeptAnswers.key(se, { header: 'cf-ipcountry' })).not.toBe(
      KeptAnswers.key(req(), { header: 'cf-ipcountry' }),
    );
  });

  it('keeps nothing for other methods, a country database, or a long key', () => {
    expect(KeptAnswers.key(req({}, 'POST', '/api/v1/consents'), {})).toBeNull();
    expect(KeptAnswers.key(req({}, 'OPTIONS'), {})).toBeNull();
    expect(KeptAnswers.key(req(), { lookup: () => null })).toBeNull();
    expect(KeptAnswers.key(req({ 'if-none-match': `"${'x'.repeat(1100)}"` }), {})).toBeNull();
  });

  it('drops an answer whose pointer has gone, and empties itself when full', () => {
    const answers = new KeptAnswers(2);
    let live = true;
    answers.set(
      'a',
      kept(() => live),
    );
    expect(answers.get('a')).toBeDefined();
    live = false;
    expect(answers.get('a')).toBeUndefined();
    expect(answers.size).toBe(0);
    answers.set('b', kept());
    answers.set('c', kept());
    expect(answers.size).toBe(2);
    answers.set('d', kept());
    expect(answers.size).toBe(1);
    expect(answers.get('d')).toBeDefined();
  });
});
