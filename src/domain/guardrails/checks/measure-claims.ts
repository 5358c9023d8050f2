/**
 * A number said of a documented quantity must be the documents' number for it: "Team keeps one year of
 * history" when the pricing table gives Team two years, "announced three days ahead" when the service
 * levels say seven. A number the documents give that quantity (for that plan, or for every plan) passes.
 */
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import { sameDuration } from '../index/durations.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { topicStems } from '../index/knowledge-facts.ts';
import type { Measure } from '../index/measures.ts';
import { measureStems, plansOf, stemsNear } from '../index/measures.ts';
import { quantitiesIn } from '../index/quantities.ts';
import { isDiscountPercent } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { isAskingOnly } from '../text/claim-context.ts';
import { type MeasuredNumber, measuredNumbers } from '../text/measured-numbers.ts';
import { anchoredContradiction } from './anchored-periods.ts';
import { bandedContradiction, countNear, isOtherBand } from './banded-periods.ts';
import { boundStems, isFactor, isPricedQuantity, isWorkedPeriod } from './measure-shapes.ts';
import {
  comparable,
  oneRange,
  RANGE_BETWEEN,
  RARE,
  SIZE_TOLERANCE,
  sameValue,
  weightsOf,
} from './measure-weights.ts';
import { classCarriedOver, otherClass } from './numbered-classes.ts';

// Two meaningful words in common, one of them rare (see RARE), before a document's other number
// contradicts; one rare word will do for a period the draft and the document both give to the same
// plan ("Professional trial: 30 days" against 21).
const MIN_SHARED = 2;
// A document giving the same number to something sharing a rare word with the sentence backs it,
// unless another number's quantity is plainly closer ("searchable for 90 days" vs "audit log kept 400 days").
const SUPPORT_MARGIN = 2;
// "year two", "tier 3", "24/7": numbers that name, not measure.
const NAMING_BEFORE =
  /\b(?:year|month|week|day|phase|tier|level|step|option|version|page|section|round|part|question|item|point|clause|line|lot|no\.|number)\s+#?$/i;
// "140 x £27 x 12": an operand of a sum worked out for the reader.
const OPERAND_AFTER = /^\s*[x×*]\s*[$€£]?\s*\d/i;
const OPERAND_BEFORE = /\d\s*[x×*]\s*$/i;
// "the next 1,500 GB at $0.30": a volume priced for the reader, not an allowance.
const PRICED_AFTER = /^\s*(?:(?:a|per|each|every)\s+(?:month|year|day)\s+)?(?:at|@)\s*[$€£¥]?\s*\d/i;
// "3 extra connections at EUR 12 each": units bought beyond the allowance, priced, are the order's count.
const PRICED_EXTRA_AFTER =
  /^\s+(?:extra|additional|further|more)\s+(?:[\w-]+\s+){1,2}(?:at|for|@)\s*(?:[$€£¥]|[A-Z]{3}\s?)?\s*\d/;
// "up to 200 hosts": a count of the metered unit said as a limit is a claim; "200 hosts" alone is the deal's size.
const LIMIT_BEFORE =
  /\b(?:up to|max(?:imum)?(?: of)?|at most|no more than|limit(?:ed)? (?:of|to)|capped at|includes?|allows?)\s+$/i;

/** "60 vehicles on Pro", "for 320 trucks": a count of the unit the price book sells by, which the customer chooses. */
function countOfWhatIsSold(metered: RegExp | undefined, text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 25), start);
  if (!metered || LIMIT_BEFORE.test(before) || THRESHOLD_BEFORE.test(before)) return false;
  const pattern = new RegExp(metered.source, 'iy');
  pattern.lastIndex = start;
  return pattern.test(text);
}
// A percentage in a sentence about money is a price change, which the discount check owns.
const PRICE_WORDS =
  /\b(?:price\w*|cost\w*|fees?|discount\w*|off|save\w*|savings?|cheaper|comes? down|pay\w*)\b|[$€£]/i;

// "your 40 agents", "you have 15 users": the customer's own headcount, never a documented limit.
const OWN_COUNT =
  /\b(?:your|you have|you had|you've|you're|you are|you now have|you'd have|for|of|with|across|all|those|these|the|at)\s+(?:[\w-]+\s+){0,2}$/i;
// "with 400 requests per minute": a rate is a limit of ours unless the customer is said to have it.
const RATE_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}(?:per|an?|each|every)\s+(?:second|minute|hour)\b|^\s*\/\s*(?:s|sec|min|minute)\b/i;
const OWN_RATE =
  /\b(?:your|you have|you had|you've|you're|you are|you now have|you'd have|you (?:send|make|run|average))\s+(?:[\w-]+\s+){0,2}$/i;
// "your team has set up two", "your admins have already created 3": what the customer has done so far.
const OWN_DOING =
  /\byour\s+(?!plan|edition|tier|subscription|package|contract|licen|account)[\w-]+\s+(?:has|have|had)\s+(?:already\s+|now\s+|just\s+)?(?:[\w-]+\s+){1,2}$/i;
// "your 300 GB", "at 3,400 GB a month": the customer's own volume, never a documented allowance.
const OWN_SIZE =
  /\b(?:your|you have|you've|you're|you are|you store|you keep|you hold|you'd have|you send|at|of your)\s+(?:[\w-]+\s+){0,2}$/i;
const SEAT_AFTER = /^\s+(?:agents?|seats?|users?|licen[cs]es?|people|staff|members?)\b/i;
const THRESHOLD_AFTER = /^\s*(?:\+|or (?:more|fewer|above|over|less)|and (?:above|up|over))/i;
// "included from 30 agents", "once you pass 100 agents": the count a plan or feature starts at, a documented threshold.
const THRESHOLD_BEFORE =
  /\b(?:from|above|beyond|at least|more than|upwards of|min(?:imum)?(?: of)?|(?:starts?|starting|begins?) (?:at|from)|once you(?:'re| are)? (?:pass|reach|exceed|hit|go past|go over|cross|past|over|above))\s+$/i;
const LABEL_BEFORE = /^\s*(?:[-*•]\s*)?([^.;:\d]{2,40}):\s*$/;
const EXAMPLE = /\b(?:say|e\.g\.|for example|for instance|suppose|imagine)\b[,:]?\s*$/i;
// "We'll spend the first 20 minutes on the BAA": how a meeting's time is shared out, no documented period.
const AGENDA_BEFORE =
  /\b(?:spend|spending|set aside|reserve|block out)\s+(?:(?:the|a|about|around|roughly|our|your)\s+)*(?:first|last|final|next|other|remaining|extra)?\s*$|\b(?:take|taking|use|using|keep|save)\s+the\s+(?:first|last|final|next|other|remaining)\s+$/i;

// "a 12-month term", "36-month contract": the length of the customer's contract.
const TERM_AFTER = /^[\s-]*(?:terms?|contracts?|commitments?|subscriptions?|agreements?|renewals?)\b/i;
// "renews automatically for 12 months", "extended by 24 months": a contract's term, said by its verb.
const TERM_BEFORE =
  /\b(?:renews?|renewed|renewing|extends?|extended|rolls? over)\s+(?:\w+\s+){0,3}?(?:for|by)\s+(?:another\s+|a (?:further|new)\s+)?$/i;
const TERM_WORDS = /\b(?:terms?|subscriptions?|contracts?|commitments?|agreements?|renew\w*)\b/i;

/**
 * A contract length the documents offer ("subscriptions run for 12 months, or 24 or 36"), a programme
 * is priced on, or an approval grants: a term is a choice among those, not a product limit that a
 * multi-year discount's "24-month term" contradicts.
 */
function offeredTerm(deal: DealContext, days: number, tolerance: number): boolean {
  const same = (d: number | undefined) => d !== undefined && sameDuration(d, days, tolerance);
  for (const [d, contexts] of deal.facts.durationContexts)
    if (same(d) && contexts.some((c) => TERM_WORDS.test(c.citation.quote ?? ''))) return true;
  return (
    deal.facts.discounts.programmes.some((p) => same(p.durationDays)) ||
    deal.approvals.some((a) => same(a.durationDays))
  );
}

/**
 * Whether the deal's record already holds this period or percentage (a term the customer asked about),
 * or this number of the same thing: "~14,000 active contracts" where the customer wrote "around 14,000
 * active contracts", "the 300 GB archive" where the call notes say 300 GB. A count is backed only with
 * its noun: a thread full of headcounts would excuse any limit.
 */
function onRecord(
  deal: DealContext,
  clause: DraftClause,
  n: MeasuredNumber,
  tolerance: number,
  ofPlan: boolean,
): boolean {
  // "Professional keeps records for six years" restates the customer's six years as a plan's: the
  // plan's documented figure is the one to meet, not what the customer asked for.
  if (n.kind === 'duration')
    return (
      !ofPlan &&
      [...deal.thread.durations.keys(), ...deal.crm.durations.keys()].some((d) =>
        sameDuration(d, n.value, tolerance),
      )
    );
  if (n.kind === 'percent') return deal.thread.percents.has(n.value) || deal.crm.percents.has(n.value);
  const counts = (noun: string) => [
    ...(deal.thread.quantities.get(noun)?.keys() ?? []),
    ...(deal.crm.quantities.get(noun)?.keys() ?? []),
  ];
  if (n.kind === 'size') return counts('gb').some((v) => sameDuration(v, n.value, SIZE_TOLERANCE));
  const counted = quantitiesIn(clause.text).find((q) => q.start === n.start);
  if (counted) return counted.nouns.some((noun) => counts(noun).includes(n.value));
  // "so 30,000 a month is $660" after the customer wrote "about 30,000 reminder texts a month".
  return n.value >= 10 && [...deal.thread.quantities.values()].some((values) => values.has(n.value));
}

// "4 to 6 weeks", "2 to 3 business days": a range with its unit, as a document may state it word for word.
const RANGE_SAID = /\b\d+(?:\.\d+)?\s*(?:to|-|–)\s*\d+(?:\.\d+)?\s+(?:business\s+|working\s+)?[a-z]+/gi;

/**
 * "Three cafes usually take 4 to 6 weeks from kick-off to go-live" where the onboarding page says
 * "2 to 5 venues 4 to 6 weeks" of kick-off to go-live: a range said word for word as a public sentence
 * says it, about what that sentence is about, is the documented one.
 */
function statedAsDocumented(deal: DealContext, clause: DraftClause, n: MeasuredNumber): boolean {
  if (!n.range) return false;
  const said = [...clause.text.matchAll(RANGE_SAID)].find(
    (m) => m.index <= n.start && m.index + m[0].length >= n.end,
  )?.[0];
  if (!said) return false;
  const topic = topicStems(clause.sentence.text);
  const counts = quantitiesIn(clause.sentence.text).map((q) => q.value);
  return deal.facts.sentenceStems.some((s) => {
    const quote = s.citation.quote ?? '';
    const at = quote.indexOf(said);
    if (at < 0 || ![...s.stems].some((w) => topic.has(w))) return false;
    // "2 to 5 venues 4 to 6 weeks": a band of some count, which the draft's own count must fall in.
    const band = bandBefore(quote.slice(0, at));
    return !band || (counts.length > 0 && counts.every((c) => c >= band[0] && c <= band[1]));
  });
}

const BAND_BEFORE =
  /(?:\b(\d+)\s*(?:to|-|–)\s*(\d+)|\b(\d+)\s*(?:\+|or more)|\b(a single|one))\s+[a-z]+\s*:?\s*$/i;

/** The counts a banded period is given for, from the words right before it: "2 to 5 venues", "6 or more venues". */
function bandBefore(text: string): [number, number] | undefined {
  const m = BAND_BEFORE.exec(text);
  if (!m) return undefined;
  if (m[1] && m[2]) return [Number(m[1]), Number(m[2])];
  if (m[3]) return [Number(m[3]), Number.POSITIVE_INFINITY];
  return [1, 1];
}

export function measureProblems(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
): GuardFinding[] {
  const measures = deal.facts.measures;
  if (measures.length === 0 || isAskingOnly(clause.text, clause.question)) return [];
  const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  const numbers = measuredNumbers(clause.text, index.catalog.metered);
  if (numbers.length === 0) return [];
  const names = clause.products.map((p) => ({ start: p.start - clause.start, end: p.end - clause.start }));
  const words = stemsNear(clause.text, numbers, names);
  // A deal named "Ridge, 14 sites" makes "site" no name: words a documented quantity uses stay.
  const { measured } = weightsOf(measures);
  for (const w of deal.ownStems) if (!measured(w)) for (const set of words) set.delete(w);
  const carried = classCarriedOver(clause);
  if (carried) for (const set of words) set.add(carried);
  // "Attachments: up to 100 MB": the label before the colon names what a size measures. (Counts after
  // a label are too often the customer's own: "Usage: 441 active users".)
  const label = LABEL_BEFORE.exec(clause.sentence.text.slice(0, clause.start - clause.sentence.start))?.[1];
  if (label)
    numbers.forEach((n, i) => {
      if (n.kind === 'size') for (const w of measureStems(label)) words[i]!.add(w);
    });
  shareRangeWords(clause.text, numbers, words);
  shareSubjectWords(clause.text, numbers, words);
  const plans = sentencePlans(analysis, clause, index, deal);
  const clauseWords = measureStems(clause.text);
  const named = sentenceProducts(analysis, clause);
  const sentenceNumbers = measuredNumbers(clause.sentence.text, index.catalog.metered);
  const tolerance = index.config.durationTolerance;
  // "Calder Freight: Pro, 140 vans": the size a banded period is said for when the clause gives none.
  const dealSize = quantitiesIn(deal.opportunity.name)[0]?.value;
  const findings: GuardFinding[] = [];
  numbers.forEach((n, i) => {
    const start = clause.start + n.start;
    const end = clause.start + n.end;
    // "What support looks like on Scale: … a one-hour first response": said of the plan the label names.
    const ofPlan = clause.products.length > 0 || plans(n.start, n.end).length > 0;
    if (notAQuantityClaim(deal, clause, text, n, start, end, tolerance, ofPlan)) return;
    if (statedAsDocumented(deal, clause, n)) return;
    // "two training days would be CHF 2,400": a period is a count of what is sold only when priced.
    if (
      (n.kind !== 'duration' || isPricedQuantity(text, end)) &&
      countOfWhatIsSold(index.catalog.metered, text, start)
    )
      return;
    const banded =
      n.kind === 'duration'
        ? bandedContradiction(measures, n, clauseWords, countNear(clause.text, n) ?? dealSize)
        : undefined;
    const contrary =
      banded ??
      contradiction(index, measures, n, words[i]!, plans(n.start, n.end), named, {
        bound: boundStems(clause.text, n.start, n.end),
        counted: n.kind === 'number' ? limitedNoun(text, start, end) : new Set(),
        taken: takenByOthers(measures, numbers, words, i, tolerance),
        limit: saidAsLimit(text, start, end),
        subject: clause.products.find(
          (p) => p.start - clause.start < n.start && !plans(n.start, n.end).includes(p.sku),
        )?.sku,
      }) ??
      anchoredContradiction(measures, clause.text, numbers, words, i, {
        tolerance,
        order: index.config.restatedDurationFactor,
      });
    if (!contrary || (!banded && isOtherBand(measures, contrary, n))) return;
    // The customer's own order form ("notice at least 90 days before June 30") sets its terms,
    // whatever the general terms give every other customer.
    if (
      deal.facts.contractMeasures.some(
        (m) =>
          m.kind === n.kind &&
          sameValue(m, n, tolerance) &&
          [...m.stems].filter((w) => words[i]!.has(w)).length >= MIN_SHARED,
      )
    )
      return;
    // "After the 36 months, the order form renews for 12 months": the sentence gives the documented
    // quantity its own number, so this other number is said of something else. The other end of a
    // range ("4 to 6 weeks" against "6 to 10") is part of the same claim, not a second one.
    const at = start - clause.sentence.start;
    const sentence = clause.sentence.text;
    const said = clause.text.slice(n.start, n.end);
    const apart = (o: MeasuredNumber) =>
      !RANGE_BETWEEN.test(
        o.start < at ? sentence.slice(o.end, at) : sentence.slice(at + said.length, o.start),
      );
    if (
      sentenceNumbers.some(
        (o) => o.start !== at && o.kind === n.kind && sameValue(contrary, o, tolerance) && apart(o),
      )
    )
      return;
    const quote = contrary.citation.quote ?? contrary.citation.label;
    findings.push(
      finding(
        'claim',
        'block',
        { field: clause.field, start, end, text: said },
        'documented_quantity',
        `${said}: the documents give another figure for this ("${quote}")`,
        contrary.citation,
      ),
    );
  });
  return findings;
}

/** "up to 30", "from 30 agents", "30 or more": a number said as a bound, which only a documented bound backs. */
function saidAsLimit(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return (
    LIMIT_BEFORE.test(before) ||
    THRESHOLD_BEFORE.test(before) ||
    THRESHOLD_AFTER.test(text.slice(end, end + 20))
  );
}

/** "up to 30 sites", "a limit of 600 requests": the noun a number bounds, when said as a limit. */
function limitedNoun(text: string, start: number, end: number): Set<string> {
  if (!saidAsLimit(text, start, end)) return new Set();
  const next = /^\s*(?:\+|or more|or above)?\s+([a-z][\w-]*)/i.exec(text.slice(end, end + 30));
  return next ? measureStems(next[1]!) : new Set();
}

/** Numbers that claim no documented quantity: a discount, an example, a name, the customer's own count. */
function notAQuantityClaim(
  deal: DealContext,
  clause: DraftClause,
  text: string,
  n: MeasuredNumber,
  start: number,
  end: number,
  tolerance: number,
  /** The number is said of a plan, named in its clause or carried from the clause before. */
  ofPlan: boolean,
): boolean {
  const before = text.slice(Math.max(clause.start, start - 30), start);
  const after = text.slice(end, end + 20);
  if (n.kind === 'percent') {
    const figure = { type: 'percent', value: n.value, start, end, text: text.slice(start, end) } as const;
    if (isDiscountPercent(text, figure) || PRICE_WORDS.test(clause.text)) return true;
    // "you keep the 25%": a share a documented programme takes off is a discount, the discount check's.
    if (deal.facts.discounts.programmes.some((p) => p.percent === n.value)) return true;
  }
  if (isFactor(text, start, end)) return true;
  if (n.kind === 'duration' && isWorkedPeriod(clause.sentence.text, start - clause.sentence.start, n.value))
    return true;
  if (EXAMPLE.test(before) || NAMING_BEFORE.test(before) || onRecord(deal, clause, n, tolerance, ofPlan))
    return true;
  if (n.kind === 'duration' && AGENDA_BEFORE.test(before)) return true;
  // "At 1.8 million you'd be 300,000 over": the gap to an allowance, worked out, not a quantity of ours.
  if (n.kind === 'number' && /^\s+over\b(?![\s\w]*\d)/i.test(after)) return true;
  if (
    n.kind === 'duration' &&
    (TERM_AFTER.test(after) || TERM_BEFORE.test(before)) &&
    offeredTerm(deal, n.value, tolerance)
  )
    return true;
  if (OPERAND_AFTER.test(after) || OPERAND_BEFORE.test(before) || PRICED_AFTER.test(after)) return true;
  if (n.kind === 'number' && PRICED_EXTRA_AFTER.test(text.slice(end, end + 50))) return true;
  if (n.kind === 'size') return OWN_SIZE.test(before);
  // "a limit of 1,000 requests": said as a bound, a number is the product's limit, never the customer's.
  if (LIMIT_BEFORE.test(before)) return false;
  return (
    n.kind === 'number' &&
    !THRESHOLD_AFTER.test(after) &&
    !THRESHOLD_BEFORE.test(before) &&
    (SEAT_AFTER.test(after) ||
      (RATE_AFTER.test(text.slice(end, end + 40)) ? OWN_RATE : OWN_COUNT).test(before) ||
      OWN_DOING.test(text.slice(Math.max(clause.start, start - 60), start)))
  );
}

/**
 * The documented quantity this number contradicts, if any. A plan named with the number is held to
 * what the documents give that plan; a general statement speaks for a plan only when no document
 * gives the plan its own number. A number said of no plan ("two help centres would fit") claims no
 * plan's figure: only a general one contradicts it, though any plan's may back it.
 */
function contradiction(
  index: GuardIndex,
  measures: readonly Measure[],
  n: MeasuredNumber,
  near: ReadonlySet<string>,
  plan: readonly string[],
  named: ReadonlySet<string>,
  shape: {
    bound: ReadonlySet<string>;
    counted: ReadonlySet<string>;
    taken: ReadonlySet<Measure>;
    /** Said as a bound ("up to 30", "from 30 agents", "30 or more"), not as a count. */
    limit: boolean;
    /** The first product the clause names before the number, other than the plans it is said of. */
    subject: string | undefined;
  },
): Measure | undefined {
  const { idf } = weightsOf(measures);
  const tolerance = index.config.durationTolerance;
  // Only words one quantity shares and the other does not tell them apart: "before the end" is as
  // much the export window's as the notice period's, so it backs "90 days to export" no more than it
  // contradicts it. A number is backed unless the other quantity has two such words of its own
  // ("subscription", "export") and outweighs the backer's by the margin.
  type Scored = { words: readonly string[]; m: Measure };
  const only = (a: Scored, b: Scored) => a.words.filter((w) => !b.words.includes(w));
  const weightOf = (words: readonly string[]) => words.reduce((sum, w) => sum + idf(w), 0);
  // A period whose words (two or more) the other quantity all shares, plus a rare one of its own ("data
  // … deleted" against the export window's "data … end"), is the other quantity's lesser match.
  const outdone = (backer: Scored, other: Scored) =>
    n.kind === 'duration' &&
    backer.words.length >= MIN_SHARED &&
    only(backer, other).length === 0 &&
    only(other, backer).some((w) => idf(w) >= RARE);
  const backs = (backer: Scored, other: Scored) =>
    (only(other, backer).length < MIN_SHARED && !outdone(backer, other)) ||
    weightOf(only(other, backer)) < weightOf(only(backer, other)) * SUPPORT_MARGIN;
  const scored = measures
    .filter((m) => m.kind === n.kind && !otherClass(m, near))
    .map((m) => {
      const shared = [...m.stems].filter((w) => near.has(w));
      const weight = shared.reduce((s, w) => s + idf(w), 0);
      return { m, words: shared, shared: shared.length, weight, rare: shared.some((w) => idf(w) >= RARE) };
    })
    // A period of another order is another quantity, unless the plan's own row is plainly the one
    // meant ("on Essentials a P1 gets a first response within 4 hours" against its 1 business day).
    .filter(
      (s) =>
        s.shared > 0 &&
        (comparable(s.m, n, index.config.restatedDurationFactor) ||
          (s.m.plans.some((p) => plan.includes(p)) && s.shared >= MIN_SHARED && s.rare)),
    );
  // "Guided onboarding is included on Enterprise from 30 agents", where onboarding's own row gives 50:
  // a bound said of the product a clause is about, not of the plan it is on, is held to that product's
  // own row, unless another passage gives this figure.
  const ownRows = shape.limit && shape.subject ? scored.filter((s) => s.m.of === shape.subject) : [];
  const ownContrary = ownRows.every((s) => !sameValue(s.m, n, tolerance))
    ? ownRows.sort((a, b) => b.weight - a.weight)[0]
    : undefined;
  if (
    ownContrary &&
    !scored.some(
      (s) =>
        sameValue(s.m, n, tolerance) && (s.shared >= MIN_SHARED || s.m.plans.some((p) => plan.includes(p))),
    ) &&
    (shape.bound.size === 0 || [...shape.bound].some((w) => ownContrary.m.stems.has(w)))
  )
    return ownContrary.m;
  const forPlan = scored.filter((s) => s.m.plans.some((p) => plan.includes(p)));
  const general = scored.filter((s) => s.m.plans.length === 0);
  // A quantity only one product has ("bought trackers go back within 30 days") is that product's, said
  // of it or not; one that several plans give differently is no plan's until the draft names one,
  // unless one product's quantity is plainly the one the sentence describes (by the margin).
  const strong = scored.filter((s) => s.m.plans.length > 0 && s.shared >= MIN_SHARED && s.rare);
  const ownerOf = (s: (typeof strong)[number]) => [...s.m.plans].sort().join('|');
  const byWeight = [...strong].sort((a, b) => b.weight - a.weight);
  const top = byWeight[0];
  const rival = byWeight.find((s) => top && ownerOf(s) !== ownerOf(top));
  const onlyOwner =
    top && (!rival || top.weight >= rival.weight * SUPPORT_MARGIN)
      ? strong.filter((s) => ownerOf(s) === ownerOf(top))
      : [];
  const pool = plan.length === 0 ? [...general, ...onlyOwner] : forPlan.length > 0 ? forPlan : general;
  // "The support package brings P1 response to 2 hours on Business": an add-on (or any product) the
  // sentence names backs the number the documents give it, whichever plan it is bought on.
  const ofNamed = scored.filter((s) => s.m.plans.some((p) => named.has(p)));
  // A general statement with words of its own backs a plan's number too ("an audit log of admin
  // actions kept for 2 years" on Enterprise, whose own row keeps completion records 7 years).
  const otherGeneral = plan.length === 0 ? [] : general.filter((s) => !pool.includes(s));
  const backing = plan.length === 0 ? scored : [...pool, ...ofNamed, ...otherGeneral];
  const backers = backing.filter((s) => sameValue(s.m, n, tolerance) && !shape.taken.has(s.m));
  // A sentence that gives the number itself ("1 hour for urgent tickets and 4 business hours for
  // the rest") backs it, whichever of its parts the draft means, so long as that part shares a word
  // with the draft's: "backups age out within a further 30 days" says nothing of deleting data in 30.
  // A row that gives each plan its own figure ("Sentinel: 2 business hours; Convoy: 1 hour") states
  // the number only for its plan: it backs it for no other plan the draft names.
  const ofPlan = (m: Measure) =>
    plan.length === 0 || m.plans.length === 0 || m.plans.some((p) => plan.includes(p));
  const statesIt = (c: Measure['citation']) =>
    measures.some(
      (m) =>
        m.citation === c && sameValue(m, n, tolerance) && ofPlan(m) && [...m.stems].some((w) => near.has(w)),
    );
  // A period or a size said of a plan has few words to it ("Business: 1 TB of storage").
  // So has a limit said of a plan by the noun it counts ("Ridge covers up to 30 sites" against
  // "Ridge: Sites: up to 25"): the same plan, the same counted thing and the shape of a limit.
  // A size is rare enough in the documents that one rare word says which ("attachments up to 50 MB").
  const needed = n.kind === 'size' || (pool === forPlan && n.kind === 'duration') ? 1 : MIN_SHARED;
  const enough = (s: (typeof scored)[number]) =>
    s.shared >= needed ||
    (pool === forPlan && [...shape.counted].some((w) => s.m.stems.has(w) && idf(w) >= RARE));
  const contrary = pool
    .filter((s) => !sameValue(s.m, n, tolerance) && enough(s) && s.rare && !statesIt(s.m.citation))
    .sort((a, b) => b.weight - a.weight)[0];
  if (!contrary) return undefined;
  const speaksFor = (b: (typeof scored)[number]) =>
    !otherGeneral.includes(b) || only(b, contrary).length >= MIN_SHARED;
  if (backers.some((b) => speaksFor(b) && backs(b, contrary))) return undefined;
  // "seven years of retention, SSO and the audit log": the noun the number is bound to is what it
  // measures; a quantity of another noun in the same sentence is no contradiction.
  if (shape.bound.size > 0 && ![...shape.bound].some((w) => contrary.m.stems.has(w))) return undefined;
  // "Summit keeps seven years", where Summit's data is kept seven years and its audit log two: a
  // plan's own figure for a quantity of this kind is meant, unless the sentence plainly names the other.
  const plansOwn = measures.some(
    (m) => m.kind === n.kind && sameValue(m, n, tolerance) && m.plans.some((p) => plan.includes(p)),
  );
  if (plansOwn && contrary.shared < MIN_SHARED) return undefined;
  return contrary.m;
}

/**
 * The documented quantities another number of the clause gives, said with more of their words:
 * in "30 days to export, and data is deleted within 30 days", the export window is the first 30's,
 * so it does not back the second against the documented deletion period.
 */
function takenByOthers(
  measures: readonly Measure[],
  numbers: readonly MeasuredNumber[],
  words: readonly ReadonlySet<string>[],
  i: number,
  tolerance: number,
): Set<Measure> {
  const sharedWith = (m: Measure, near: ReadonlySet<string>) =>
    [...m.stems].filter((w) => near.has(w)).length;
  const taken = new Set<Measure>();
  numbers.forEach((o, j) => {
    if (j === i || o.kind !== numbers[i]!.kind) return;
    for (const m of measures) {
      if (m.kind !== o.kind || !sameValue(m, o, tolerance)) continue;
      const theirs = sharedWith(m, words[j]!);
      if (theirs >= MIN_SHARED && theirs > sharedWith(m, words[i]!)) taken.add(m);
    }
  });
  return taken;
}

/**
 * "takes six to twelve weeks": the words by a range speak of both its ends, so its far end is held to
 * the same documented period as its near one; a range must lie inside the documented one.
 */
function shareRangeWords(
  text: string,
  numbers: readonly MeasuredNumber[],
  words: readonly Set<string>[],
): void {
  for (let i = 0; i + 1 < numbers.length; i++) {
    const [low, high] = [numbers[i]!, numbers[i + 1]!];
    if (low.kind !== high.kind || !low.range || !oneRange(text, low, high)) continue;
    const both = new Set([...words[i]!, ...words[i + 1]!]);
    for (const w of both) {
      words[i]!.add(w);
      words[i + 1]!.add(w);
    }
  }
}

// "The trial runs for 30 days and can cover up to 10 vehicles": a second predicate of the same subject.
const SAME_SUBJECT =
  /^[^,;:.()]*\band\s+(?:(?:can|could|will|would|may)\s+)?(?:is|are|has|have|covers?|runs?|includes?|gives?|keeps?|lasts?|allows?|holds?|takes?|stores?)\b/i;

/**
 * "The free trial runs for 30 days and can cover up to 10 vehicles": the subject before the first
 * number is what the later predicates joined to it by "and" measure too.
 */
function shareSubjectWords(
  text: string,
  numbers: readonly MeasuredNumber[],
  words: readonly Set<string>[],
): void {
  const first = numbers[0];
  if (!first || numbers.length < 2) return;
  const subject = measureStems(text.slice(0, first.start));
  const before = [...words[0]!].filter((w) => subject.has(w));
  for (let i = 1; i < numbers.length; i++) {
    if (!SAME_SUBJECT.test(text.slice(numbers[i - 1]!.end, numbers[i]!.start))) break;
    for (const w of before) words[i]!.add(w);
  }
}

/** Every product the clause's sentence names, add-ons included. */
function sentenceProducts(analysis: DraftAnalysis, clause: DraftClause): Set<string> {
  const same = analysis.clauses.filter(
    (o) => o.field === clause.field && o.sentence.start === clause.sentence.start,
  );
  return new Set(same.flatMap((o) => o.products.map((p) => p.sku)));
}

/**
 * The plans a number in this clause is said of: those its own clause names around it, else the last
 * plan an earlier clause of the sentence named ("On Enterprise, …, other tickets within four hours").
 */
function sentencePlans(analysis: DraftAnalysis, clause: DraftClause, index: GuardIndex, deal: DealContext) {
  const isPlan = (sku: string) => !deal.facts.addOns.has(sku);
  const family = (skus: readonly string[]) => [
    ...new Set(skus.filter(isPlan).flatMap((s) => index.catalog.lines.get(s) ?? [s])),
  ];
  const local = clause.products.map((p) => ({
    sku: p.sku,
    start: p.start - clause.start,
    end: p.end - clause.start,
  }));
  const earlier = analysis.clauses
    .filter(
      (o) => o.field === clause.field && o.sentence.start === clause.sentence.start && o.start < clause.start,
    )
    .flatMap((o) => o.products);
  const fallback = earlier.length > 0 ? [earlier[earlier.length - 1]!.sku] : [];
  return (start: number, end: number) => {
    const own = plansOf(clause.text, local, start, end);
    return family(own.length > 0 ? own : fallback);
  };
}
