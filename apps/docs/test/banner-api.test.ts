// The API page must not drift from the banner: every member of `TSmulaApi`, every event of
// `TSmulaEvent`, every field of `TConsent` and every `TConsentAction` is documented, with the
// parameter names of the real signatures, and the page names nothing that does not exist. The
// facts come from the banner's built type declarations (what `@smula/banner` users get).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const page = readFileSync(join(import.meta.dirname, '../content/banner-api.mdx'), 'utf8');

interface TApiFacts {
  /** member name → parameter names (`null` for a property). */
  members: Map<string, string[] | null>;
  events: string[];
  consentFields: string[];
  actions: string[];
}

/** Reads the facts from `@smula/banner`'s `types.d.ts` with the TypeScript parser. */
function readFacts(): TApiFacts {
  // The built folder, found through a file only `dist` has (tests resolve `@smula/banner`
  // itself to its TypeScript source).
  const dist = dirname(createRequire(import.meta.url).resolve('@smula/banner/banner.min.js'));
  const file = join(dist, 'types.d.ts');
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: build the banner first (pnpm --filter @smula/banner build)`,
    );
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const facts: TApiFacts = { members: new Map(), events: [], consentFields: [], actions: [] };
  const literals = (type: ts.TypeNode) =>
    ts.isUnionTypeNode(type)
      ? type.types.flatMap((t) =>
          ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal.text] : [],
        )
      : [];
  for (const node of source.statements) {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'TSmulaApi')
      for (const m of node.members) {
        const name = m.name && ts.isIdentifier(m.name) ? m.name.text : undefined;
        if (!name) continue;
        facts.members.set(
          name,
          ts.isMethodSignature(m) ? m.parameters.map((p) => p.name.getText(source)) : null,
        );
      }
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'TConsent')
      for (const m of node.members)
        if (m.name && ts.isIdentifier(m.name)) facts.consentFields.push(m.name.text);
    if (ts.isTypeAliasDeclaration(node) && node.name.text === 'TSmulaEvent')
      facts.events = literals(node.type);
    if (ts.isTypeAliasDeclaration(node) && node.name.text === 'TConsentAction')
      facts.actions = literals(node.type);
  }
  return facts;
}

let facts: TApiFacts;
beforeAll(() => {
  facts = readFacts();
  // Guards the parser itself: an empty result would make every check below pass vacuously.
  expect(facts.members.size).toBeGreaterThan(0);
  expect(facts.events.length).toBeGreaterThan(0);
  expect(facts.consentFields.length).toBeGreaterThan(0);
  expect(facts.actions.length).toBeGreaterThan(0);
});

/** `### \`Smula.accept(categories)\`` headings: name → parameter names (`null`: no parens). */
function documentedMembers(): Map<string, string[] | null> {
  const out = new Map<string, string[] | null>();
  for (const [, name, params] of page.matchAll(/^### `Smula\.(\w+)(?:\(([^)]*)\))?`$/gm))
    out.set(
      name!,
      params === undefined
        ? null
        : params
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean),
    );
  return out;
}

describe('the banner JavaScript API page', () => {
  it('has one heading per TSmulaApi member, with the real parameter names', () => {
    expect(Object.fromEntries(documentedMembers())).toEqual(Object.fromEntries(facts.members));
  });

  it('mentions only members that exist (Smula.x anywhere on the page)', () => {
    const mentioned = new Set([...page.matchAll(/\bSmula\.(\w+)/g)].map((m) => m[1]!));
    expect([...mentioned].filter((name) => !facts.members.has(name))).toEqual([]);
  });

  it('documents every event as smula:<name>, and no other', () => {
    const mentioned = new Set([...page.matchAll(/`smula:(\w+)`/g)].map((m) => m[1]!));
    expect([...mentioned].sort()).toEqual([...facts.events].sort());
    // and each has a row in the events table
    for (const event of facts.events)
      expect(page).toMatch(new RegExp(`^\\| \`smula:${event}\` \\|`, 'm'));
  });

  it('documents every field of Smula.consent and every action', () => {
    for (const field of facts.consentFields)
      expect(page).toMatch(new RegExp(`^\\| \`${field}\` \\|`, 'm'));
    const actions = page.slice(page.indexOf('### Actions'), page.indexOf('## The data layer'));
    const actionRows = [...actions.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(actionRows.sort()).toEqual([...facts.actions].sort());
  });
});
