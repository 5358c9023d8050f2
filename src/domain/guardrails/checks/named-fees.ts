/**
 * "A Snowflake sync fee of $200 a month": a fee named by what it is for is that thing's fee. Some other
 * line's price that happens to be the same amount (an extra sandbox at $200) does not make it a fee we
 * charge; the passage that backs it must speak of what the fee is for.
 */
import { STOPWORDS, stems } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import type { MoneyFigure } from '../text/figures.ts';
import { matchTerms } from '../vocabulary/lexicon-matcher.ts';

const FEE = '(?:fee|charge|surcharge)';
// A word that names what a fee is for: no article, preposition or verb ("the fee would be", "including the fee").
const WORD = String.raw`(?!(?:the|a|an|per|your|our|this|that|its|their|at|of|for|is|be|would|will|in|on|with|to|and|or|plus|including|includes|include|excluding|than|no|any)(?![\w-]))[\w-]+`;
// "a Snowflake sync fee of", "the per-conversation charge is", "an EU setup fee at".
const NAMED_BEFORE = new RegExp(
  String.raw`\b((?:${WORD}\s+){1,3})${FEE}\s+(?:of|at|is|would be|will be|comes to|runs|of just|of only)?\s*$`,
  'i',
);
// "a per-conversation fee for WhatsApp of", "a setup charge for EU hosting of".
const FOR_BEFORE = new RegExp(
  String.raw`\b${FEE}\s+for\s+(?:each\s+|every\s+|the\s+|your\s+)?((?:${WORD}\s+){1,3})(?:of|at|is|would be|will be)\s*$`,
  'i',
);
// "$500 EU setup fee", "$0.05 per-conversation fee".
const NAMED_AFTER = new RegExp(String.raw`^\s*((?:${WORD}\s+){1,3})${FEE}\b`, 'i');
// "a fee of $25 for each WhatsApp conversation", "a $200 monthly fee for the Snowflake sync".
const FOR_AFTER = new RegExp(
  String.raw`^[^.;:]{0,25}?\b${FEE}\s+for\s+(?:each|every|the|a|an|your)?\s*((?:[\w-]+\s+?){1,3})`,
  'i',
);
// "a fee of $25 for each conversation": what follows the amount says what the fee before it is for.
const FEE_JUST_BEFORE = new RegExp(String.raw`\b${FEE}\s+(?:of\s+)?$`, 'i');
const FOR_NEAR =
  /^\s*(?:(?:per|a|an|each)\s+[\w-]+\s+)?for\s+(?:each|every|the|a|an|your)?\s*((?:[\w-]+\s*){1,3})/i;

// Words that say how or when a fee is paid, not what it is for.
const HOW_PAID = new Set(
  stems(
    'a an the our your this that one-time one time once-off one-off monthly annual yearly quarterly flat small ' +
      'extra additional separate total fixed standard usual list setup set-up implementation onboarding platform ' +
      'service subscription licence license seat user per each every agent month year plus only just plan base ' +
      'programme program product current new existing old',
  ),
);

/** The words that name what a fee beside the amount is for, if the sentence names a fee that way. */
export function feeNamedFor(text: string, figure: MoneyFigure): string[] | undefined {
  const before = text.slice(Math.max(0, figure.start - 60), figure.start);
  const after = text.slice(figure.end, figure.end + 60);
  const words =
    NAMED_BEFORE.exec(before)?.[1] ??
    FOR_BEFORE.exec(before)?.[1] ??
    NAMED_AFTER.exec(after.replace(/^\s*(?:a|an|per|each)\s+(?:month|year)\b/i, ''))?.[1] ??
    (FEE_JUST_BEFORE.test(before) ? FOR_NEAR.exec(after)?.[1] : undefined) ??
    FOR_AFTER.exec(after)?.[1];
  if (words === undefined) return undefined;
  const named = stems(words).filter((w) => !STOPWORDS.has(w) && !HOW_PAID.has(w) && !/^\d/.test(w));
  return named.length > 0 ? named : undefined;
}

// "The Shopify integration costs $49 a month", "SSO is an add-on at $8": a feature said to cost the amount.
// "The Snowflake sync carries a $200 monthly fee", "Frankfurt has a one-time setup charge of $500".
const FEATURE_COSTS =
  /^(?:\s+(?:integration|channel|connector|feature|module|sync|export|hosting|region|migration))?\s+(?:(?:is|costs?|comes to|runs|adds|would be|will be|would cost|is priced at|is (?:billed|charged)(?: separately)? at)\s+(?:an?\s+(?:paid\s+)?(?:add-?on|extra)\s+(?:at|for)\s+|(?:just|only|an extra)\s+)?|(?:carries|has|comes with|attracts)\s+an?\s+(?:(?:[\w-]+\s+){0,3}(?:fee|charge|surcharge)\s+of\s+)?)$/i;

// "The nightly export to Snowflake is available on Professional; the connector is $300 a month": the
// feature named earlier in the sentence, priced by a word for what it is.
const FEATURE_COSTS_AFTER =
  /^[^.]*?[;,]\s*(?:and\s+)?(?:the|this|that|its)\s+(?:integration|connector|sync|export|feature|module|channel|add-?on)\s+(?:is|costs?|runs|adds|would be|will be)\s+(?:an?\s+(?:extra|additional)\s+)?$/i;

/** The words of a feature the clause says costs the amount, where it names no product. */
export function featurePriced(
  text: string,
  figure: MoneyFigure,
  terms: readonly { start: number; end: number; text: string }[],
): string[] | undefined {
  const term = terms.find(
    (t) =>
      t.end <= figure.start &&
      (FEATURE_COSTS.test(text.slice(t.end, figure.start)) ||
        FEATURE_COSTS_AFTER.test(text.slice(t.end, figure.start))),
  );
  return term ? stems(term.text).filter((w) => !STOPWORDS.has(w)) : undefined;
}

/** Whether the passage that backs an amount speaks of what the fee is for. */
export function backsNamedFee(named: readonly string[], citation: GuardCitation): boolean {
  const said = new Set(stems(`${citation.quote ?? ''} ${citation.label}`));
  return named.some((w) => said.has(w));
}

// "Live chat adds $25 an agent", "Importing your old tickets is $1,500": the words a sentence opens
// with, said to cost the amount.
const SUBJECT_COSTS =
  /^\s*(?:(?:the|a|an|each|every|your|our)\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:is|are|costs?|adds|runs|comes to|would be|will be|would cost|(?:is|are) (?:priced|billed|charged) at)\s+(?:(?:an?|just|only)\s+)?(?:(?:extra|additional|flat)\s+)?$/i;
// Subjects that name no product or feature: the sum itself, a part of the quote, a time, a pronoun.
const NOT_A_SUBJECT = new Set(
  stems(
    'it that this which what everything all price prices pricing rate rates total totals cost costs amount figure ' +
      'quote invoice bill renewal difference saving savings discount list first second third fourth year years ' +
      'month months one two three contract term order form deal option package bundle nonprofit non-profit ' +
      'charity charities education multi-year multiyear tier edition upgrade expansion increase rest balance ' +
      'remainder sum net gross tax vat payment deposit credit refund estimate budget spend bump change gap ' +
      'number minimum maximum floor ceiling cap approval offer proposal day week today now then here there ' +
      'annual monthly yearly quarterly billing new current existing old standard usual normal best final ' +
      'starting entry base list-price price-book same half double',
  ),
);

// "- Snowflake sync: $200/month": a label the amount is given for.
const LABEL = /^\s*(?:[-*•]\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)\s*:\s*$/;
// A name, not a word that only opens the sentence: "WhatsApp", "EU", or a capital past the first word.
const NAMED = /^\s*(?:[-*•]\s+)?(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+\p{Lu})|[\p{L}\p{N}]\s+\p{Lu}/u;

/**
 * The words a sentence opens with where it says they cost the amount ("Each WhatsApp conversation
 * costs $25", "Snowflake sync: $200/month"), if they name something: a feature the lexicon knows or a
 * proper name.
 */
export function subjectPriced(sentenceBefore: string): string[] | undefined {
  const match = SUBJECT_COSTS.exec(sentenceBefore) ?? LABEL.exec(sentenceBefore);
  const subject = match?.[1];
  if (!match || !subject) return undefined;
  // "The Intune sync connector": a capital after an article is a name's as much as one past the first word.
  const lead = match[0].slice(0, match[0].indexOf(subject) + subject.length);
  if (!NAMED.test(lead) && matchTerms(subject).length === 0) return undefined;
  const words = stems(subject).filter((w) => !STOPWORDS.has(w) && !HOW_PAID.has(w) && !/^\d/.test(w));
  return words.length > 0 && !words.some((w) => NOT_A_SUBJECT.has(w)) ? words : undefined;
}
