/**
 * A price per use ("$6 per 100 calls", "Each recorded call costs $6") is backed only by a line or a
 * passage that prices that use, not by another line that costs the same per number or per agent.
 */
import { stems } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import type { GuardIndex } from '../index/guard-index.ts';

// "per 100 transcribed calls", "per conversation": the thing an amount is said to be per (the last word
// before a word that ends the phrase).
const PER_THING =
  /\bper\s+(?:\d[\d,]*\s+)?((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)(?=\s+(?:per|a|an|each|for|billed|on|with|in|and|or|at|to|from|is|are)\b|\s*[.,;:)]|\s+[$€£\d]|\s*$)/gi;

// Uses a fee could be charged per, each with the words that name the same use (a truck may be a
// vehicle, but a call is no number).
const USES = [
  'call minute dial',
  'text sms message segment',
  'conversation chat session thread',
  'ticket case',
  'transcript transcription',
  'resolution',
  'request api',
  'email mail',
  'sync export',
  'check screening',
].map((family) => stems(family));
// "Each recorded call costs", "conversations are billed at": what the amount after is per.
const USE_SUBJECT =
  /\b(?:each\s+(?:[a-z-]+\s+)?)?([a-z][a-z-]+)\s+(?:costs?|is|are|runs|comes\s+to|(?:is|are)\s+(?:billed|charged|priced)(?:\s+separately)?\s+at)\s+(?:an?\s+(?:extra|additional)\s+)?$/i;

/**
 * "Call transcription is $6 per 100 calls", backed only by the $6 a Local Presence number costs a month:
 * an amount per a use (a call, a conversation, a message) that the price-book line or the passage it
 * matches does not price by.
 */
export function pricedByAnotherUse(index: GuardIndex, said: string, citation: GuardCitation): boolean {
  const product = citation.source === 'product' ? index.catalog.bySku.get(citation.id) : undefined;
  const sold = product
    ? `${product.unit ?? ''} ${product.name}`
    : [...(citation.quote ?? '').matchAll(PER_THING)].map((m) => m[1]).join(' ');
  if (sold === '') return false;
  const soldStems = new Set(stems(sold));
  return [...said.matchAll(PER_THING)].some((m) => {
    const noun = m[1]!.toLowerCase().split(/\s+/).at(-1)!;
    const family = USES.find((words) => words.includes(stems(noun)[0] ?? ''));
    return family !== undefined && !family.some((w) => soldStems.has(w));
  });
}

/** "per call " where the words before an amount say what it is per ("Each recorded call costs"), else "". */
export function perUseSaidFirst(before: string): string {
  const subject = USE_SUBJECT.exec(before);
  return subject ? `per ${subject[1]} ` : '';
}
