import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '~/server/services/audit/constants';
import { LOCALES } from './locales';
import { messageKey } from './message-key';

// The admin's UI strings: every language has every key, and each translation takes the same
// placeholders (names and kinds) and rich-text tags as the English, so no page shows a raw key
// or drops a number.
type TTree = { [key: string]: string | TTree };
const read = (locale: string): TTree =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../messages', `${locale}.json`), 'utf8'));
const messages = Object.fromEntries(LOCALES.map((l) => [l, read(l)])) as Record<string, TTree>;

function flatten(tree: TTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** `name:kind` for every argument and `<tag>` for every tag, sorted; plural branches included. */
function signature(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        out.add(`${el.value}:text`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        out.add(`${el.value}:${TYPE[el.type]}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        out.add(`${el.value}:${TYPE[el.type]}`);
        for (const option of Object.values(el.options)) signature(option.value, out);
        break;
      case TYPE.tag:
        out.add(`<${el.value}>`);
        signature(el.children, out);
        break;
    }
  }
  return out;
}

const english = flatten(messages.en as TTree);

describe('admin messages', () => {
  it('has the English file as the reference, with messages in it', () => {
    expect(english.size).toBeGreaterThan(100);
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const flat = flatten(messages[locale] as TTree);

      it('has every key the English has, and no others', () => {
        expect([...flat.keys()].filter((k) => !english.has(k))).toEqual([]);
        expect([...english.keys()].filter((k) => !flat.has(k))).toEqual([]);
      });

      it('has no empty message', () => {
        expect([...flat].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
      });

      it('parses as ICU, with the same placeholders and tags as the English', () => {
        const mismatched: string[] = [];
        for (const [key, value] of flat) {
          const reference = english.get(key);
          if (reference === undefined) continue;
          const mine = [...signature(parse(value))].sort();
          const theirs = [...signature(parse(reference))].sort();
          if (mine.join() !== theirs.join())
            mismatched.push(`${key}: ${mine.join(' ')} ≠ en ${theirs.join(' ')}`);
        }
        expect(mismatched).toEqual([]);
      });
    });
  }

  it('names every audit entity and action the log can hold', () => {
    const missing = [
      ...Object.keys(AUDIT_ENTITIES).map((k) => `audit.entities.${messageKey(k)}`),
      ...Object.keys(AUDIT_ACTIONS).map((k) => `audit.actions.${messageKey(k)}`),
    ].filter((k) => !english.has(k));
    expect(missing).toEqual([]);
  });

  it('catches a missing key and a changed placeholder (the checks above can fail)', () => {
    const sv = flatten({ a: 'Hej {name}' });
    expect([...flatten({ a: 'Hi {name}', b: 'x' }).keys()].filter((k) => !sv.has(k))).toEqual([
      'b',
    ]);
    expect([...signature(parse('{n, plural, one {# item} other {# items}}'))]).toEqual([
      'n:plural',
    ]);
    expect([...signature(parse('<b>{count}</b> kvar'))].sort()).toEqual(['<b>', 'count:text']);
    expect([...signature(parse('Hej {namn}'))]).not.toEqual([...signature(parse('Hi {name}'))]);
  });
});
