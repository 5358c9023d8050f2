/** What the figure checks share: how a draft's figures are described, rounding and reduction words, seats on record. */
import type { DraftClause } from '../analyze-draft.ts';
import type { Approval, DealContext } from '../index/deal-context.ts';
import type { DiscountProgramme } from '../index/discount-policy.ts';
import { sameDuration } from '../index/durations.ts';
import type { ProductMention } from '../index/product-catalog.ts';
import type { TermMatch } from '../vocabulary/lexicon-matcher.ts';

export const REDUCTION_AFTER =
  /^\s*(?:off|below|less than|under|cheaper|lower|(?:in )?(?:savings?|discount))\b/i;
export const REDUCTION_BEFORE =
  /\b(?:sav(?:ing|ings) (?:against|on|off|versus|vs\.?|compared (?:to|with)) (?:the )?list(?: price)? (?:is|comes to|of)|sav(?:e|es|ing|ings)|discount(?:ed)? (?:of|by)|reduc\w* (?:of|by)|knock\w* off|takes? off|off by|cut (?:of|by))\s+(?:you\s+)?(?:about\s+|around\s+|roughly\s+)?$/i;

// "$50 more per agent than Team", "a difference of $50": an amount that is the gap between two prices.
export const INCREASE_AFTER = /^\s*(?:(?:a|an|per|each)\s+[a-z]+\s+)?(?:more|higher|on top)\b/i;
export const INCREASE_BEFORE =
  /\b(?:difference|gap|step up|uplift)\b[^.;$]{0,40}?\b(?:is|of|comes to)\s+(?:only\s+|just\s+)?$/i;

export const APPROXIMATE =
  /\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|just (?:under|over)|close to|ballpark|~)\s*$/i;
// "$30k or so": the rounding said after the amount.
const APPROXIMATE_AFTER = /^\s*(?:or so|or thereabouts|give or take|-ish)\b/i;

/** Whether the words around a figure say it is rounded ("about $30k", "$30k or so"). */
export const isApproximate = (text: string, figure: { start: number; end: number }) =>
  APPROXIMATE.test(text.slice(Math.max(0, figure.start - 25), figure.start)) ||
  APPROXIMATE_AFTER.test(text.slice(figure.end, figure.end + 20));

export type DraftFigures = {
  draftCounts: number[];
  draftDiscounts: number[];
  draftMonths: number[];
  /** The programmes the draft invokes. */
  programmes: DiscountProgramme[];
  /** Percentages of the quantity discount table for the sizes the deal and the draft state. */
  bandDiscounts: number[];
  /** Products named anywhere in a clause's sentence. */
  sentenceProducts: (clause: DraftClause) => string[];
  /** Capability terms named in a clause's sentence up to the clause's end. */
  sentenceTerms: (clause: DraftClause) => TermMatch[];
  /** Documented percentages a clause's sentence works its amounts out under. */
  sentencePercents: (clause: DraftClause) => number[];
  /** Add-ons the clause's sentence, or the one before it, speaks of. */
  addOnsNear: (clause: DraftClause) => string[];
  /** Products the clause's passage names by their kind ("the leased trackers"), in the deal's currency. */
  ofKindNear: (clause: DraftClause) => string[];
  /** The stems of every word the author wrote (quoted mail left out). */
  said: ReadonlySet<string>;
  /** Products a clause's passage (its sentence and the one before) names. */
  passageProducts: (clause: DraftClause) => string[];
  /** What a sentence opening on "It's" or "That's" speaks of: the last product the sentence before named. */
  referent: (clause: DraftClause) => ProductMention | undefined;
};

/** Seat counts on record: licensed seats, usage, counts and plain numbers the thread wrote. */
export function seatCounts(deal: DealContext): number[] {
  const values = new Set<number>();
  for (const map of [deal.crm.counts, deal.thread.counts, deal.thread.numbers]) {
    for (const v of map.keys()) if (v > 0 && v < 1e6) values.add(v);
  }
  return [...values];
}

/**
 * The percentages the deal's approvals grant a draft that states these terms (in months): an approval
 * for a term prices that term only, so 18% approved on three years is no two-year price.
 */
export function approvedPercents(
  deal: DealContext,
  draftMonths: readonly number[],
  /** Whether the approval covers what is priced: "18% off the Convoy subscription" prices no camera. */
  covers: (approval: Approval) => boolean = () => true,
): number[] {
  const terms = draftMonths.filter((m) => m >= 12).map((m) => m * 30);
  return deal.approvals.flatMap((a) =>
    a.percent === undefined ||
    (a.durationDays !== undefined &&
      terms.length > 0 &&
      !terms.some((d) => sameDuration(d, a.durationDays!))) ||
    !covers(a)
      ? []
      : [a.percent],
  );
}
