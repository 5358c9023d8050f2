/**
 * An approval recorded for a signature by a date ("valid for a signature by 31 December"): a draft
 * that says it still holds for a later signature offers what no one approved.
 */
import { dayFromParts } from '../../dates/calendar.ts';
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { Approval, DealContext } from '../index/deal-context.ts';
import { finding } from '../support/findings.ts';
import { isNegatedAt } from '../text/claim-context.ts';
import { extractFigures, type Figure } from '../text/figures.ts';

type Deadline = { approval: Approval; year: number; month: number; day: number };

// What an approval's record says of its last day: "valid until", "for a signature by", "expires on".
const VALIDITY =
  /\b(?:valid|good|open|stands?|holds?|expir\w*|lapses?|sign\w*)\b[^.;]*?\b(?:until|till|through|by|before|on|end of)\s+$/i;
// What a draft says of a date when it keeps the approval open until then: "signs in February", "holds to".
const TAKEN_UP =
  /\b(?:sign\w*|countersign\w*|valid|holds?|stands?|good|available|open|extend\w*|commit\w*)\b/i;
// "does not hold if you sign in April": the later date is where the approval ends, as it should.
const NOT_HELD =
  /\b(?:not|n[’']t|no longer|never)\s+(?:\w+\s+){0,2}?(?:hold|stand|valid|good|apply|available|open)\b/i;
const APPROVAL_WORD = /\bapprov\w*/i;

/** The last day each approval may be signed on, from its own sentences of the note that records it. */
function deadlines(deal: DealContext): Deadline[] {
  return deal.approvals.flatMap((approval) => {
    const sentences = [
      approval.citation.quote ?? '',
      ...deal.notes.filter((n) => n.citation.id === approval.citation.id).map((n) => n.text),
    ];
    for (const sentence of sentences) {
      const date = extractFigures(sentence).find(
        (f) =>
          f.type === 'date' &&
          f.year !== undefined &&
          VALIDITY.test(sentence.slice(Math.max(0, f.start - 60), f.start)),
      );
      if (date?.type === 'date' && date.year !== undefined)
        return [{ approval, year: date.year, month: date.month, day: date.day }];
    }
    return [];
  });
}

/**
 * The first day a draft's date or month stands for. Without a year it is the one nearest the deadline:
 * a draft about an approval speaks of the weeks around its last day, so "February" after a December
 * deadline is the next one.
 */
function firstDay(figure: Figure, deadline: Deadline): number | undefined {
  if (figure.type !== 'date' && figure.type !== 'month') return undefined;
  const day = figure.type === 'date' ? figure.day : 1;
  if (figure.year !== undefined) return dayFromParts(figure.year, figure.month, day);
  const target = dayFromParts(deadline.year, deadline.month, deadline.day);
  const candidates = [deadline.year - 1, deadline.year, deadline.year + 1].map((y) =>
    dayFromParts(y, figure.month, day),
  );
  return candidates.reduce((best, d) => (Math.abs(d - target) < Math.abs(best - target) ? d : best));
}

/** Whether a sentence speaks of the approval: names it, or states what it grants. */
function speaksOf(sentence: string, approval: Approval): boolean {
  if (APPROVAL_WORD.test(sentence)) return true;
  const granted = extractFigures(approval.citation.quote ?? '').flatMap((f) =>
    f.type === 'money' || f.type === 'percent' ? [f.value] : [],
  );
  return extractFigures(sentence).some(
    (f) => (f.type === 'money' || f.type === 'percent') && granted.includes(f.value),
  );
}

/** Whether a date is given for the signature or the approval's hold ("signs in May"), not the term's end. */
function saidOfSigning(sentence: string, at: number): boolean {
  const lead = sentence
    .slice(0, at)
    .split(/[,;:(]|\b(?:but|and|once|after)\b/i)
    .pop()!;
  return TAKEN_UP.test(lead);
}

export function approvalPastExpiry(deal: DealContext, analysis: DraftAnalysis): GuardFinding[] {
  const limits = deadlines(deal);
  if (limits.length === 0) return [];
  const findings: GuardFinding[] = [];
  const sentences = new Map<string, DraftClause>();
  for (const clause of analysis.clauses) sentences.set(`${clause.field}:${clause.sentence.start}`, clause);
  for (const clause of sentences.values()) {
    const { sentence } = clause;
    if (clause.question || !TAKEN_UP.test(sentence.text) || NOT_HELD.test(sentence.text)) continue;
    for (const limit of limits) {
      if (!speaksOf(sentence.text, limit.approval)) continue;
      const last = dayFromParts(limit.year, limit.month, limit.day);
      const later = extractFigures(sentence.text).find((f) => {
        const day = firstDay(f, limit);
        return (
          day !== undefined &&
          day > last &&
          saidOfSigning(sentence.text, f.start) &&
          !isNegatedAt(sentence.text, f.start, f.end)
        );
      });
      if (!later) continue;
      findings.push(
        finding(
          'discount',
          'block',
          { field: clause.field, start: sentence.start, end: sentence.end, text: sentence.text },
          'approval_expired',
          `the approval on record holds only for a signature by ${limit.year}-${String(limit.month).padStart(2, '0')}-${String(limit.day).padStart(2, '0')}, not ${later.text}`,
          limit.approval.citation,
        ),
      );
      break;
    }
  }
  return findings;
}
