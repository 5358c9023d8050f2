/**
 * What a page says the product never does, by its verb: "we do not record visits, on any edition",
 * "video visits are never recorded". A draft saying the product does it ("clinicians can record a
 * session") claims what the documents rule out, whatever noun it puts after the verb.
 */
import { stem, stems } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import type { DeniedAction } from './knowledge-facts.ts';

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Verbs that say nothing of what is ruled out ("we do not offer", "it does not include"), whose meaning
// is all in their object ("we do not hold card data" says nothing of holding reservations), or that are
// about billing ("are never billed"): the lexicon, the plan tables and the price check judge those.
const NO_ACTION = new Set(
  stems(
    'have get make use need want know see take give let allow apply work count commit promise recommend require offer support provide include charge guarantee sell cover accept expect plan hold keep store retain collect process share access bill invoice price discount',
  ),
);

/** The actions a sentence denies of us: "we/it/<seller> do(es) not <verb>", "<things> are never <verb>ed". */
export function deniedActionsIn(
  sentence: string,
  sellerName: string,
  citation: GuardCitation,
): DeniedAction[] {
  const subject = `(?:we|it|${literal(sellerName)})`;
  const verbs = [
    ...sentence.matchAll(
      new RegExp(
        String.raw`\b${subject}\s+(?:do|does|will|can|did)(?:\s+not|n['’]t)\s+(?:ever\s+)?([a-z]{4,})\b`,
        'gi',
      ),
    ),
    ...sentence.matchAll(/\b(?:is|are)\s+never\s+([a-z]{4,}ed)\b/gi),
  ].map((m) => stem(m[1]!));
  const meaningful = [...new Set(verbs.filter((v) => !NO_ACTION.has(v)))];
  if (meaningful.length === 0) return [];
  const own = new Set(stems(sellerName));
  return meaningful.map((verb) => ({
    verb,
    topic: new Set(
      stems(sentence).filter((w) => w !== verb && !GENERIC_STEMS.has(w) && !own.has(w) && !/\d/.test(w)),
    ),
    citation,
  }));
}
