/**
 * Text as pasted from a web page: any line ending, non-breaking spaces where the page had
 * `&nbsp;`, and lines holding nothing but those.
 */

/** Splits text into lines on CRLF, CR or LF and drops a leading byte-order mark. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** A line with non-breaking and other Unicode spaces made plain and the ends trimmed. */
export function cleanLine(line: string): string {
  return line.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ').trim();
}
