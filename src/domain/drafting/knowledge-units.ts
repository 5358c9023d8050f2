/** Cuts retrieved passages into quotable units (a sentence, a list item, an FAQ answer), each an exact source span. */
import { splitSentences } from '../guardrails/text/sentences.ts';
import type { KnowledgeChunk } from '../knowledge/knowledge-chunk.ts';

export type KnowledgeUnit = {
  chunk: KnowledgeChunk;
  /** The source words, exactly as in the chunk: what the citation quotes. */
  quote: string;
  /** What the unit is matched on: the quote, with an FAQ entry's question before it. */
  matchText: string;
  /** The unit is an item under a "Not supported" heading or label: it says what we do not offer. */
  denied?: boolean;
};

// "## Not supported", "Not available today:", "We do not offer these today": what follows is denied.
const DENYING =
  /\b(?:not (?:supported|available|offered)|unsupported|(?:do|does) not (?:offer|support)|don't (?:offer|support))\b/i;

// A customer never reads how we decide prices or who approves what, even when a pricing page says so.
const INTERNAL =
  /\b(?:reps?|approvals?|approved? by|deal desk|internal(?:ly)?|sales manager|VP of Sales|do not share|never share|battlecards?|floor|margins?|discretionary|escalat\w*|sign-?off)\b/i;

const BULLET = /^\s*(?:[-*•+]|\d+[.)])\s+/;
const FAQ = /^\s*\*\*([^*]+?)\*\*\s*/;

// Past about twenty words a list of several things is better quoted one thing at a time.
const LIST_WORDS = 20;

/** Long statements are cut at semicolons, so a quote answers one thing and stays short. */
function pieces(text: string, maxWords: number): string[] {
  if (text.split(/\s+/).length <= Math.min(LIST_WORDS, maxWords) || !text.includes(';')) return [text];
  return text
    .split(';')
    .map((part) => part.trim().replace(/\.$/, ''))
    .filter((part) => part !== '');
}

export function knowledgeUnits(chunk: KnowledgeChunk, maxWords: number): KnowledgeUnit[] {
  const units: KnowledgeUnit[] = [];
  // Under a denying heading, or after a denying line ending in a colon, list items say what is not offered.
  let denying = DENYING.test(chunk.headingPath.at(-1) ?? '');
  const push = (quote: string, matchText = quote, denied = false) => {
    const clean = quote.trim();
    if (clean.length < 8 || INTERNAL.test(clean)) return;
    units.push({ chunk, quote: clean, matchText, ...(denied ? { denied } : {}) });
  };
  for (const rawLine of chunk.text.split('\n')) {
    const line = rawLine.trim();
    if (line.startsWith('#')) denying = DENYING.test(line);
    if (line === '' || line.startsWith('#') || line.startsWith('|') || /^-{3,}$/.test(line)) continue;
    if (!BULLET.test(line)) {
      // A lead-in ("We do not offer these today:") denies the list after it; any other paragraph ends it.
      if (DENYING.test(line) && /:\s*$/.test(line)) {
        denying = true;
        continue;
      }
      if (!DENYING.test(chunk.headingPath.at(-1) ?? '')) denying = false;
    }
    if (BULLET.test(line) && denying) {
      push(line.replace(BULLET, ''), undefined, true);
      continue;
    }
    const faq = FAQ.exec(line);
    if (faq) {
      for (const sentence of splitSentences(line.slice(faq[0].length)))
        for (const p of pieces(sentence.text, maxWords)) push(p, `${faq[1]} ${p}`);
      continue;
    }
    const body = line.replace(BULLET, '');
    for (const sentence of splitSentences(body)) for (const p of pieces(sentence.text, maxWords)) push(p);
  }
  return units;
}

/** Markdown emphasis and code marks dropped, for the words as the customer reads them. */
export const plainText = (quote: string): string =>
  quote
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
