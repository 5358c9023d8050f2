/**
 * Amounts the customer asks about: "WFM is $12 per agent, right?", "Our finance team has onboarding
 * down as $3,500. Is that right?". What they take a price to be is no record of it: a draft that
 * confirms it must find it in the price book like any other amount.
 */
import type { Figure } from '../text/figures.ts';
import { splitSentences } from '../text/sentences.ts';

// A short question that asks for the sentence before it to be confirmed.
const CONFIRM =
  /^(?:(?:is|was) (?:that|this) (?:still )?(?:right|correct|accurate|true)|(?:is )?that right|right|correct)\s*\?|^(?:can|could) you (?:please )?confirm\b[^?]*\?/i;

/**
 * The amounts of `figures` in a sentence of `text` that asks, that the next sentence asks to confirm,
 * or that names a competitor ("Orrery quoted us $39 a seat"): the rival's price, not ours.
 */
export function askedAmounts(
  text: string,
  figures: readonly Figure[],
  rivals: readonly string[] = [],
): number[] {
  const money = figures.filter((f) => f.type === 'money');
  if (money.length === 0) return [];
  const sentences = splitSentences(text);
  const rival = rivals.length > 0 ? new RegExp(`\\b(?:${rivals.map(escaped).join('|')})\\b`, 'i') : undefined;
  return money.flatMap((f) => {
    const at = sentences.findIndex((s) => f.start >= s.start && f.start < s.end);
    const sentence = sentences[at];
    if (!sentence) return [];
    const asks =
      sentence.text.trimEnd().endsWith('?') ||
      CONFIRM.test(sentences[at + 1]?.text.trim() ?? '') ||
      rival?.test(sentence.text) === true;
    return asks ? [f.value] : [];
  });
}

const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
