/** Finds the part of a draft its author wrote: before the quoted earlier mail and the sign-off, and any P.S. */

export type DraftRegions = {
  /** Where quoted earlier mail begins ("On Tue, Feb 3, Jane wrote:", "> …"); body length if none. */
  quoteStart: number;
  /** Where the sign-off begins ("Best,\nDana" and any signature block); quoteStart if none. */
  signOffStart: number;
  /** Where a postscript after the sign-off begins ("P.S. Copilot on all 90 seats…"): the author's words again. */
  postscriptStart?: number;
};

const QUOTE_LINE = /^[ \t]*(?:On\s[^\n]{3,200}?wrote:[ \t]*$|-{2,}\s*(?:Original|Forwarded) [Mm]essage|>)/m;
const CLOSING =
  /^[ \t]*(?:best|thanks|thank you|many thanks|thanks again|regards|kind regards|best regards|warm regards|warmly|cheers|sincerely|talk soon|speak soon|all the best|best wishes|yours|take care|--)[ \t]*[,.!]?[ \t]*$/i;

const POSTSCRIPT = /^[ \t]*P\.?[ \t]?(?:P\.?[ \t]?)?S\b/;

export function draftRegions(body: string): DraftRegions {
  const quote = QUOTE_LINE.exec(body);
  const quoteStart = quote ? quote.index : body.length;
  const lines: { start: number; text: string }[] = [];
  let offset = 0;
  for (const text of body.slice(0, quoteStart).split('\n')) {
    lines.push({ start: offset, text });
    offset += text.length + 1;
  }
  const written = lines.filter((l) => l.text.trim() !== '');
  // A closing only counts near the end: "Thanks," in the first lines is a greeting, not a sign-off.
  for (let i = written.length - 1; i >= Math.max(0, written.length - 8); i--) {
    if (!CLOSING.test(written[i]!.text)) continue;
    const signOffStart = written[i]!.start;
    const postscript = written.slice(i + 1).find((l) => POSTSCRIPT.test(l.text));
    return postscript
      ? { quoteStart, signOffStart, postscriptStart: postscript.start }
      : { quoteStart, signOffStart };
  }
  return { quoteStart, signOffStart: quoteStart };
}
