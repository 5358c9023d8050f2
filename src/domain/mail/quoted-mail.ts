/** Earlier messages quoted inside a reply: who wrote them, when, and where their words sit in the raw body. */
import { type DateReference, findDateMentions } from '../dates/date-mentions.ts';
import { endsMessage, isBlank, type Line, linesOf, quoteHeaderLines } from './fresh-text.ts';
import type { Region } from './match-text.ts';

export type QuotedMessage = {
  /** The quoted author's address, lower-cased, when the header gives one. */
  from?: string;
  /** The header text that may carry the send date, in order; read by `sentDayOf` only when the date is needed. */
  dateTexts: string[];
  /** The quoted author's words, with offsets into the raw body ("> " prefixes left out). */
  regions: Region[];
};

/**
 * The epoch day the quoted message was sent, when the header gives a date. Date parsing is the costly part of a
 * header, and most quoted messages never need it, so it is done on demand.
 */
export function sentDayOf(q: QuotedMessage, ref: DateReference): number | undefined {
  for (const text of q.dateTexts) {
    const d = findDateMentions(text, ref).find((m) => m.precision === 'day');
    // Quoted mail is in the past: a date that resolves ahead of the reply belongs to last year.
    if (d) return d.from > ref.day ? d.from - 365 : d.from;
  }
  return undefined;
}

const ADDRESS = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/;
const HEADER_FIELD =
  /^\s*\*?(?:from|de|von|van|sent|date|to|cc|subject|envoyé|gesendet|enviado|objet|betreff)\*?\s*:/;
const SEPARATOR = /^\s*(?:-{2,}.*-{2,}|_{8,}|begin forwarded message:)\s*$/;

function prefixLength(line: Line): number {
  let i = 0;
  const t = line.text;
  while (i < t.length && (t.charCodeAt(i) === 62 || t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i += 1;
  return i;
}

/** The header lines of one quoted message: who and when. */
function readHeader(
  lines: readonly Line[],
  start: number,
): { from?: string; dateTexts: string[]; body: number } {
  let from: string | undefined;
  const dateTexts: string[] = [];
  let i = start;
  const take = (text: string) => {
    from ??= ADDRESS.exec(text)?.[0];
    dateTexts.push(text);
  };
  const first = lines[i]!.text;
  if (
    /\b(?:wrote|writes|schrieb|écrit|escribió|scritto|schreef)\s*:\s*$/.test(first) ||
    /^\s*on\s/.test(first)
  ) {
    // "On Thu, Mar 5, 2026 at 10:02 AM Dana <dana@…> wrote:", possibly wrapped onto the next line.
    let text = first;
    while (
      !/(?:wrote|writes|schrieb|écrit|escribió|scritto|schreef)\s*:\s*$/.test(text) &&
      i + 1 < lines.length &&
      i - start < 2
    ) {
      i += 1;
      text += ` ${lines[i]!.text}`;
    }
    take(text);
    return { ...(from ? { from } : {}), dateTexts, body: i + 1 };
  }
  if (SEPARATOR.test(first)) i += 1;
  while (
    i < lines.length &&
    (HEADER_FIELD.test(lines[i]!.text.replace(/^[\s>]+/, '')) || isBlank(lines[i]!))
  ) {
    const t = lines[i]!.text.replace(/^[\s>]+/, '');
    if (/^\*?(?:from|de|von|van)\*?\s*:/.test(t)) from ??= ADDRESS.exec(t)?.[0];
    if (/^\*?(?:sent|date|envoyé|gesendet|enviado)\*?\s*:/.test(t)) take(t);
    i += 1;
    if (/^\*?(?:subject|objet|betreff)\*?\s*:/.test(t)) break;
  }
  return { ...(from ? { from } : {}), dateTexts, body: i };
}

/** Every quoted message, outermost first; `lower` is the lower-cased body. */
export function quotedMessages(body: string, lower: string): QuotedMessage[] {
  const lines = linesOf(lower);
  const headers = quoteHeaderLines(lower, lines);
  if (headers.length === 0) return [];
  const unprefixed = lines.map((l) => ({ ...l, text: l.text.replace(/^[\s>]+/, '') }));
  const out: QuotedMessage[] = [];
  headers.forEach((h, k) => {
    const next = headers[k + 1] ?? lines.length;
    const header = readHeader(lines, h);
    const regions: Region[] = [];
    for (let i = header.body; i < next; i += 1) {
      const line = lines[i]!;
      const skip = prefixLength(line);
      const unquoted: Line = { start: line.start + skip, end: line.end, text: line.text.slice(skip) };
      if (isBlank(unquoted)) continue;
      if (endsMessage(unprefixed, i, next)) break;
      regions.push({ start: unquoted.start, end: unquoted.end });
    }
    if (regions.length > 0 && body.length > 0) out.push({ ...header, regions });
  });
  return out;
}
