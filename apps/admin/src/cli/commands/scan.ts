import { writeFile } from 'node:fs/promises';
import { matchScan, type TScanFindingKind, type TScanReport } from '@smula/core/scan';
import { ocdEntries } from '../../server/db/schema/ocd';
import { readDeclaration } from '../../server/services/declaration/read-declaration';
import { toOcdRow } from '../../server/services/ocd/rows';
import { CliError, EXIT, resolvePath, siteByKey, str, type TCommand } from '../command';

const HEADINGS: Record<TScanFindingKind, string> = {
  set_before_consent: 'Set before any choice',
  kept_after_reject: 'Still there after Reject all',
  request_before_consent: 'Requests to unconsented vendors before any choice',
  undeclared: 'Seen but not declared',
  declared_not_seen: 'Declared but not seen (a hint: only the scanned pages count)',
};
// Violations first, hints last.
const ORDER: TScanFindingKind[] = [
  'set_before_consent',
  'kept_after_reject',
  'request_before_consent',
  'undeclared',
  'declared_not_seen',
];

/** The report in words: pages, then what was seen, then the findings grouped by kind. */
export function summarise(report: TScanReport): string[] {
  const lines: string[] = [];
  const ok = report.pages.filter((p) => p.status === 'ok');
  lines.push(
    '',
    `Scanned ${ok.length} of ${report.pages.length} pages of ${report.url} (${report.startedAt} – ${report.finishedAt}).`,
  );
  if (report.stopped) lines.push(report.stopped);
  for (const p of report.pages.filter((x) => x.status === 'failed'))
    lines.push(`  failed: ${p.url}: ${p.error}`);
  const methods = new Set(
    ok.flatMap((p) =>
      p.consent
        ? [p.consent.rejected, p.consent.accepted].map((c) =>
            c.method === 'cmp'
              ? `cmp ${c.cmp}`
              : c.method === 'button'
                ? `button "${c.label}"`
                : c.method,
          )
        : [],
    ),
  );
  if (ok.length) lines.push(`Consent given by: ${[...methods].join(', ')}.`);
  if (ok.length && ok.every((p) => !p.smula))
    lines.push('The Smula tag was not found on any page.');
  const count = (kind: string) => report.observations.filter((o) => o.kind === kind).length;
  lines.push(
    `Seen: ${count('cookie')} cookies, ${count('local_storage')} localStorage and ${count('session_storage')} sessionStorage keys, ${count('indexeddb')} IndexedDB databases, requests to ${count('request')} third-party hosts.`,
  );
  for (const kind of ORDER) {
    const findings = report.findings.filter((f) => f.kind === kind);
    if (!findings.length) continue;
    lines.push('', `${HEADINGS[kind]} (${findings.length}):`);
    for (const f of findings) {
      const o = f.observation === undefined ? undefined : report.observations[f.observation];
      lines.push(`  ${f.message}`);
      if (o) {
        lines.push(
          `    states: ${o.states.join(', ')}; pages: ${o.pages.slice(0, 3).join(' ')}${o.pages.length > 3 ? ` (+${o.pages.length - 3})` : ''}`,
        );
        if (o.initiators.length) lines.push(`    set by: ${o.initiators.slice(0, 3).join(' ')}`);
      }
    }
  }
  return lines;
}

export const scan: TCommand = {
  summary: 'Scan a site in Chromium before and after consent; with --site, hold it to the draft.',
  usage:
    '<url> [--site <siteKey>] [--pages N] [--json FILE] [--host-rules RULES] [--chromium PATH]',
  help: `Visits up to --pages pages (default 20) from the URL, its sitemaps and same-site links, each
in three fresh profiles: no choice, Reject all, Accept all. Prints a line per page and a summary.
--site       match against that site's draft declaration (and the loaded Open Cookie Database)
--json       write the report (with findings) to this file
--host-rules Chromium's --host-resolver-rules, e.g. "MAP *.test 127.0.0.1"
--chromium   the Chromium binary (default /usr/bin/chromium)
Exit code 0 also when findings are reported; 1 when no page could be scanned.`,
  positionals: { min: 1, max: 1 },
  options: {
    site: { type: 'string' },
    pages: { type: 'string' },
    json: { type: 'string' },
    'host-rules': { type: 'string' },
    chromium: { type: 'string' },
  },
  // The scan needs no database: it runs before one is opened (only --site reads it).
  async prepare({ positionals, values }) {
    const pagesText = str(values.pages);
    const maxPages = pagesText === undefined ? 20 : Number(pagesText);
    if (!Number.isInteger(maxPages) || maxPages < 1 || maxPages > 1000)
      throw new CliError(
        `--pages must be a whole number from 1 to 1000, not "${pagesText}".`,
        EXIT.usage,
      );
    const url = positionals[0]!;
    if (!/^https?:\/\//i.test(url))
      throw new CliError(`The URL must start with http:// or https://, not "${url}".`, EXIT.usage);
    const { scanSite } = await import('@smula/scanner');
    const hostRules = str(values['host-rules']);
    const executablePath = str(values.chromium);
    return scanSite(url, {
      maxPages,
      ...(hostRules ? { hostRules } : {}),
      ...(executablePath ? { executablePath } : {}),
      onProgress: ({ done, total, page }) =>
        console.log(
          `[${done}/${total}] ${page.status === 'ok' ? 'ok    ' : 'failed'} ${page.url}${page.error ? ` (${page.error})` : ''}`,
        ),
    });
  },
  async run({ db, values, prepared }) {
    const report = prepared as TScanReport;
    const siteKey = str(values.site);
    if (siteKey) {
      const site = await siteByKey(db, siteKey);
      const declaration = await readDeclaration(db, site);
      const ocdRows = (await db.select().from(ocdEntries)).map(toOcdRow);
      report.findings = matchScan(report, declaration, { ocdRows });
      console.log(
        `\nMatched against the draft of "${site.settings.name}"${ocdRows.length ? ' and the Open Cookie Database' : ' (no Open Cookie Database loaded: no suggestions)'}.`,
      );
    }
    for (const line of summarise(report)) console.log(line);
    if (siteKey && report.findings.length === 0) console.log('\nNo findings.');
    const json = str(values.json);
    if (json) {
      await writeFile(resolvePath(json), `${JSON.stringify(report, null, 2)}\n`);
      console.log(`\nReport written to ${json}.`);
    }
    return report.pages.some((p) => p.status === 'ok') ? EXIT.ok : EXIT.failed;
  },
};
