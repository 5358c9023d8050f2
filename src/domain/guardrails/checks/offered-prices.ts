/**
 * "I can do $46 a seat instead of your contract's $51.30": a discount the rep gives as a price. The gap
 * to the price on record it replaces is a percentage like any other, held to the rep's limit.
 */
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import { conditionStems, type DiscountProgramme, qualifyingStems } from '../index/discount-policy.ts';
import { durationInDays, sameDuration } from '../index/durations.ts';
import { OWN_OFFER } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { isHedged, isNegatedAt } from '../text/claim-context.ts';
import type { MoneyFigure } from '../text/figures.ts';

// The price on record comes after the offer ("$46 instead of $51.30") or before it ("from $51.30 down to $46").
const REPLACES_AFTER =
  /^[^.;$€£]*?\b(?:instead of|rather than|in place of|down from|compared (?:to|with))\b[^.;]*$/i;
const REPLACED_BEFORE = /\b(?:from|down from)\b[^.;]*$/i;
const DOWN_TO = /^[^.;]*?\b(?:to|down to)\s+[^\d.;]*$/i;
// A band or a programme the sentence invokes is a documented reduction, not the rep's own.
const BAND_WORDS = /\b(?:volume|band|tier)\b/i;

/** Prices the records state: the price book, the documents, the CRM and the thread. */
function pricesOnRecord(deal: DealContext): Set<number> {
  return new Set([
    ...deal.facts.money.map((m) => m.value),
    ...deal.thread.money.keys(),
    ...deal.crm.money.keys(),
  ]);
}

/** Two prices of one thing: both per unit or both not, unless the one replaced says neither ("the $40 you pay"). */
const sameBasis = (replaced: MoneyFigure, offered: MoneyFigure) =>
  replaced.perUnit === offered.perUnit || (!replaced.perUnit && replaced.period === undefined);

/** The price on record an offered price replaces, if the sentence gives one beside it. */
function replacedPrice(text: string, offered: MoneyFigure, others: readonly MoneyFigure[]) {
  return others.find(
    (p) =>
      sameBasis(p, offered) &&
      p.value > offered.value &&
      ((p.start > offered.end && REPLACES_AFTER.test(text.slice(offered.end, p.start))) ||
        (p.end < offered.start &&
          REPLACED_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start)) &&
          DOWN_TO.test(text.slice(p.end, offered.start)))),
  );
}

/** Whether a sentence invokes a programme: by its term, or by a word of who qualifies for it. */
function invokesProgramme(
  programmes: readonly DiscountProgramme[],
  sentence: string,
  durations: readonly number[],
): boolean {
  const words = new Set(conditionStems(sentence));
  return programmes.some((p) =>
    p.durationDays !== undefined && durations.length > 0
      ? durations.some((d) => sameDuration(d, p.durationDays!))
      : qualifyingStems(p).some((s) => words.has(s)),
  );
}

const onlyMoney = (clause: DraftClause) => clause.figures.filter((f): f is MoneyFigure => f.type === 'money');

/** What the rep's offered prices take off the prices they replace, beyond what the rep may give alone. */
export function offeredPrices(
  deal: DealContext,
  analysis: DraftAnalysis,
  approvedFor: (clause: DraftClause) => number,
): GuardFinding[] {
  const { repLimit, programmes } = deal.facts.discounts;
  if (!repLimit) return [];
  const onRecord = pricesOnRecord(deal);
  const findings: GuardFinding[] = [];
  for (const clause of analysis.clauses) {
    const sentence = clause.sentence.text;
    if (clause.question || isHedged(clause.text) || !OWN_OFFER.test(clause.text)) continue;
    const durations = clause.figures.flatMap((f) =>
      f.type === 'duration' ? [durationInDays(f.value, f.unit)] : [],
    );
    if (BAND_WORDS.test(sentence) || invokesProgramme(programmes, sentence, durations)) continue;
    const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
    const money = analysis.clauses
      .filter((c) => c.field === clause.field && c.sentence.start === clause.sentence.start)
      .flatMap(onlyMoney);
    for (const offered of onlyMoney(clause)) {
      const local = offered.start - clause.start;
      if (isNegatedAt(clause.text, local, local + offered.text.length)) continue;
      const replaced = replacedPrice(
        text,
        offered,
        money.filter((m) => onRecord.has(m.value)),
      );
      if (!replaced) continue;
      const percent = Math.round(((replaced.value - offered.value) / replaced.value) * 1000) / 10;
      if (percent <= Math.max(repLimit.percent, approvedFor(clause))) continue;
      findings.push(
        finding(
          'discount',
          'block',
          { field: clause.field, start: offered.start, end: offered.end, text: clause.text },
          'over_limit',
          `${offered.text} instead of ${replaced.text} is ${percent}% off, beyond the ${repLimit.percent}% a rep may give without an approval on record`,
          repLimit.citation,
        ),
      );
    }
  }
  return findings;
}
