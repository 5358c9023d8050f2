/** Pricing policy: discounts within the rep's documented limit, documented programmes as documented, the rest approved. */
import { stems } from '../../knowledge/text-tokens.ts';
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { GuardFinding, GuardOptions } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { DiscountProgramme } from '../index/discount-policy.ts';
import { durationInDays, sameDuration } from '../index/durations.ts';
import { isDiscountPercent, STACKING } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { isHedged } from '../text/claim-context.ts';
import type { PercentFigure } from '../text/figures.ts';

type Offer = { clause: DraftClause; figure: PercentFigure };

const OWN_OFFER =
  /\b(?:I|we)\s*(?:can|could|will|would|'ll|’ll|'d|’d|am able to|are able to|'m able to|'re able to|am happy to|are happy to|'m happy to|'re happy to|am prepared to|are prepared to|want to|'m going to|'re going to)\b|\b(?:let me|I've|we've|I have|we have)\s+(?:offer|take|knock|get|put|give|got|secured|approved)/i;

/** Whether the words around an offer name a programme's condition ("on a three-year commitment"). */
function meetsCondition(programme: DiscountProgramme, clause: DraftClause, draftText: string): boolean {
  const durations = clause.figures.flatMap((f) =>
    f.type === 'duration' ? [durationInDays(f.value, f.unit)] : [],
  );
  if (programme.durationDays !== undefined) {
    if (durations.some((d) => sameDuration(d, programme.durationDays!))) return true;
    if (durations.length > 0) return false;
  }
  const words = new Set(stems(programme.durationDays !== undefined ? clause.sentence.text : draftText));
  return programme.conditionStems.length > 0 && programme.conditionStems.some((s) => words.has(s));
}

export function checkDiscounts(
  deal: DealContext,
  analysis: DraftAnalysis,
  options: GuardOptions,
): GuardFinding[] {
  const { repLimit, programmes } = deal.facts.discounts;
  const offers: Offer[] = [];
  for (const clause of analysis.clauses) {
    const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
    if (isHedged(clause.text)) continue;
    for (const figure of clause.figures) {
      if (figure.type === 'percent' && isDiscountPercent(text, figure)) offers.push({ clause, figure });
    }
  }
  const findings: GuardFinding[] = [];
  const discretionary: Offer[] = [];
  const approved = Math.max(
    options.approvedDiscountPercent ?? 0,
    ...deal.approvals.map((a) => a.percent ?? Number.POSITIVE_INFINITY),
  );
  for (const offer of offers) {
    const { clause, figure } = offer;
    const at = { field: clause.field, start: figure.start, end: figure.end, text: clause.text };
    const named = programmes.filter((p) => meetsCondition(p, clause, analysis.draft.body));
    if (named.some((p) => p.percent === figure.value)) continue;
    // "Three-year commitments receive 15% off" restates the programme; "I can do 15%" is the rep's own offer.
    const ownOffer = OWN_OFFER.test(clause.text) || STACKING.test(clause.text);
    const misquoted = named.find((p) => p.percent !== figure.value);
    if (misquoted && !ownOffer && figure.value > approved) {
      findings.push(
        finding(
          'discount',
          'block',
          at,
          'programme',
          `the documented programme gives ${misquoted.percent}%, not ${figure.value}%`,
          misquoted.citation,
        ),
      );
      continue;
    }
    discretionary.push(offer);
  }
  // Offers stack only when the draft says so ("another 5%"); otherwise the largest one is what is offered.
  const stacking = discretionary.filter((o) => STACKING.test(o.clause.text)).map((o) => o.figure.value);
  const plain = discretionary.filter((o) => !STACKING.test(o.clause.text)).map((o) => o.figure.value);
  const total = stacking.reduce((a, b) => a + b, 0) + (plain.length > 0 ? Math.max(...plain) : 0);
  for (const offer of discretionary) {
    const { clause, figure } = offer;
    const at = { field: clause.field, start: figure.start, end: figure.end, text: clause.text };
    const amount = Math.max(figure.value, total);
    if (amount <= approved) continue;
    if (!repLimit) {
      findings.push(
        finding(
          'discount',
          'warn',
          at,
          'no_policy',
          `no documented discount limit to check ${figure.text} against`,
        ),
      );
      continue;
    }
    if (amount <= repLimit.percent) continue;
    const what = amount === figure.value ? figure.text : `${figure.text} (${amount}% in all)`;
    findings.push(
      finding(
        'discount',
        'block',
        at,
        'over_limit',
        `${what} is beyond the ${repLimit.percent}% a rep may give without an approval on record`,
        repLimit.citation,
      ),
    );
  }
  return findings;
}
