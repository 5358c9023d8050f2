/** Finds the words an email's author wrote in this message: no quoted replies, signatures, disclaimers or phone footers. */
import { forMatching, type Region } from './match-text.ts';

export type Line = { start: number; end: number; text: string };

/** Lines of the lower-cased body: the patterns below are written in lower case and run without the `i` flag. */
export function linesOf(lower: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= lower.length) {
    let nl = lower.indexOf('\n', start);
    if (nl === -1) nl = lower.length;
    const end = nl > start && lower.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ start, end, text: lower.slice(start, end) });
    start = nl + 1;
  }
  return lines;
}

const ATTRIBUTION_ONE_LINE =
  /^\s*(?:on\b.{0,300}\b(?:wrote|writes)|(?:le|am|el|il|op)\b.{0,300}(?:a écrit|schrieb|escribió|ha scritto|schreef))\s*:\s*$/;
const ATTRIBUTION_START = /^\s*on\s+\S/;
const ATTRIBUTION_END = /\b(?:wrote|writes)\s*:\s*$/;
const SEPARATOR =
  /^\s*(?:-{2,}\s*(?:original message|forwarded message|reply message|message d'origine|ursprüngliche nachricht)\s*-{2,}|begin forwarded message:|_{8,}\s*$)/;
const HEADER_FROM = /^\s*\*?(?:from|de|von|van)\*?\s*:\s*\S/;
const HEADER_NEXT = /^\s*\*?(?:sent|date|to|subject|cc|envoyé|gesendet|enviado|objet|betreff)\*?\s*:/;

const SIG_DELIMITER = /^\s*(?:--|—|__)\s*$/;
const MOBILE_FOOTER =
  /^\s*(?:sent from my\b|sent from (?:outlook|mail|yahoo|gmail|samsung|proton)|get outlook for\b|sent via\b|sent on the go|envoyé de mon|von meinem .* gesendet)/;
const SIGN_OFF =
  /^\s*[-–—]?\s*(?:best|best regards|kind regards|kindest regards|warm regards|warmest regards|regards|many thanks|thanks(?: again| so much| a lot| very much)?|thank you(?: so much| again)?|thx|tx|ty|cheers|sincerely|yours(?: truly| sincerely)?|all the best|talk soon|speak soon|warmly|respectfully|best wishes|take care|cordially|br|rgds|kr|looking forward|with thanks|appreciate it)\s*[,.!]*\s*$/;
const DISCLAIMER =
  /^\s*(?:\**\s*(?:confidentiality notice|confidential(?:ity)?|disclaimer|legal notice|important notice|privileged)\b|this (?:e-?mail|message|communication|transmission)(?: and any (?:attachments?|files?|documents?)(?: transmitted with it)?)?,? (?:is|are|may be|may contain|contains?|and its contents)\b|the (?:information|content)s? (?:contained )?(?:in|of) this (?:e-?mail|message|communication)|if you (?:have )?received this (?:e-?mail|message|communication)? ?in error|if you are not the intended recipient|caution: this email originated|external email:|\[external\])/;
const POSTSCRIPT = /^\s*p\.?\s?s\.?\b/;
const NAME_ONLY = /^\s*[-–—~]?\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}\s*$/;

// One multiline scan finds the few lines worth the precise tests above; most lines are never tested at all.
const QUOTE_CANDIDATE =
  /^[ \t]*(?:on\s|le\s|am\s|el\s|il\s|op\s|-{2,}|_{8,}|begin forwarded|\*?(?:from|de|von|van)\*?\s*:)/gm;
const SIGNATURE_CANDIDATE =
  /^[ \t]*(?:--|—|__|sent |get outlook|envoy|von meinem|\**[ \t]*(?:confidential|disclaimer|legal notice|important notice|privileged)|this (?:e-?mail|message|communication|transmission)|the (?:information|content)|if you|caution:|external email|\[external|[-–—]?[ \t]*(?:best|kind|warm|regards|many|thank|thx|tx|ty\b|cheers|sincerely|yours|all the best|talk soon|speak soon|take care|cordially|br\b|rgds|kr\b|looking forward|with thanks|appreciate))/gm;

const QUOTE_CANDIDATE_TEXT =
  /wrote|writes|schrieb|écrit|escribió|scritto|schreef|-{2}|_{8}|forwarded|from\s*:|de\s*:|von\s*:|van\s*:/i;

function candidateLines(body: string, re: RegExp, lines: readonly Line[]): number[] {
  const found: number[] = [];
  re.lastIndex = 0;
  let line = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    while (line < lines.length - 1 && lines[line]!.end < m.index) line += 1;
    if (found[found.length - 1] !== line) found.push(line);
    if (re.lastIndex === m.index) re.lastIndex += 1;
  }
  return found;
}

export function quoteHeaderAt(lines: readonly Line[], i: number): boolean {
  const t = lines[i]!.text;
  if (ATTRIBUTION_ONE_LINE.test(t) || SEPARATOR.test(t)) return true;
  if (ATTRIBUTION_START.test(t) && t.length < 300 && !/[.?!]\s*$/.test(t)) {
    for (let j = i + 1; j <= i + 2 && j < lines.length; j += 1) {
      if (ATTRIBUTION_END.test(lines[j]!.text)) return true;
    }
  }
  if (HEADER_FROM.test(t)) {
    for (let j = i + 1; j <= i + 5 && j < lines.length; j += 1)
      if (HEADER_NEXT.test(lines[j]!.text)) return true;
  }
  return false;
}

export function isBlank(l: Line): boolean {
  for (let i = 0; i < l.text.length; i += 1) {
    const c = l.text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 160) return false;
  }
  return true;
}

/** A line quoting earlier mail: its first non-blank character is ">". */
export function isQuoted(l: Line): boolean {
  for (let i = 0; i < l.text.length; i += 1) {
    const c = l.text.charCodeAt(i);
    if (c === 62) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return false;
}

function signatureStartsAt(lines: readonly Line[], i: number, header: number): boolean {
  const t = lines[i]!.text;
  if (SIG_DELIMITER.test(t) || MOBILE_FOOTER.test(t) || DISCLAIMER.test(t)) return true;
  if (!SIGN_OFF.test(t)) return false;
  // A sign-off starts the signature only when little follows it (a name, a title, a phone number).
  let after = 0;
  for (let j = i + 1; j < header; j += 1) {
    const l = lines[j]!;
    if (isBlank(l) || POSTSCRIPT.test(l.text)) continue;
    after += 1;
    if (l.text.trim().length > 70 || /\?\s*$/.test(l.text)) return false;
  }
  return after <= 8;
}

/** Regions of `body` the author wrote now, in order. `lower` is forMatching(body) when the caller has it. */
export function freshRegions(body: string, lower = forMatching(body)): Region[] {
  if (body.length === 0) return [];
  const lines = linesOf(lower);
  let header = lines.length;
  for (const i of candidateLines(lower, QUOTE_CANDIDATE, lines)) {
    if (quoteHeaderAt(lines, i)) {
      header = i;
      break;
    }
  }
  let cut = header;
  for (const i of candidateLines(lower, SIGNATURE_CANDIDATE, lines)) {
    if (i >= header) break;
    if (signatureStartsAt(lines, i, header)) {
      cut = i;
      break;
    }
  }
  // A name alone on the last line ("Hank", "- Bill") is a signature too.
  let last = cut - 1;
  while (last >= 0 && isBlank(lines[last]!)) last -= 1;
  if (
    last > 0 &&
    lines[last]!.end - lines[last]!.start <= 40 &&
    NAME_ONLY.test(body.slice(lines[last]!.start, lines[last]!.end))
  ) {
    cut = last;
  }

  const anyQuoted = body.includes('>');
  const keep: boolean[] = lines.map((l, i) => i < cut && !(anyQuoted && isQuoted(l)));
  // A postscript below the sign-off is still the author speaking.
  for (let i = cut; i < header; i += 1) {
    if (POSTSCRIPT.test(lines[i]!.text)) {
      for (let j = i; j < header && !isBlank(lines[j]!); j += 1) keep[j] = true;
    }
  }
  // Inline replies: after an attribution line, unquoted lines between ">" lines are the author's answers.
  if (header < lines.length && anyQuoted) {
    let firstQuoted = header + 1;
    while (firstQuoted < lines.length && isBlank(lines[firstQuoted]!)) firstQuoted += 1;
    if (firstQuoted < lines.length && isQuoted(lines[firstQuoted]!)) {
      let lastQuoted = lines.length - 1;
      while (lastQuoted > firstQuoted && !isQuoted(lines[lastQuoted]!)) lastQuoted -= 1;
      for (let i = firstQuoted; i < lastQuoted; i += 1) {
        if (!isQuoted(lines[i]!) && !isBlank(lines[i]!) && !quoteHeaderAt(lines, i)) keep[i] = true;
      }
    }
  }

  const regions: Region[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!keep[i] || isBlank(lines[i]!)) continue;
    const line = lines[i]!;
    const prev = regions[regions.length - 1];
    // Lines joined across blank lines stay separate regions, so sentences never span paragraphs.
    if (prev && i > 0 && keep[i - 1] && !isBlank(lines[i - 1]!) && prev.end === lines[i - 1]!.end)
      prev.end = line.end;
    else regions.push({ start: line.start, end: line.end });
  }
  return regions;
}

/** Line indexes where quoted mail begins (attribution lines, Outlook header blocks, separators). */
export function quoteHeaderLines(body: string, lines: readonly Line[]): number[] {
  if (!QUOTE_CANDIDATE_TEXT.test(body)) return [];
  return candidateLines(body, QUOTE_CANDIDATE, lines).filter((i) => quoteHeaderAt(lines, i));
}

/** Whether a line ends a message body: a signature delimiter, a sign-off, a phone footer or a disclaimer. */
export function endsMessage(lines: readonly Line[], i: number, end: number): boolean {
  return signatureStartsAt(lines, i, end);
}

/** The author's own words as one string (for tests and summaries); offsets are lost. */
export function freshText(body: string): string {
  return freshRegions(body)
    .map((r) => body.slice(r.start, r.end))
    .join('\n');
}
