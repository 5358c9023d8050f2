/**
 * "Your team handled 4,120 tickets in August" where the usage on record says 3,880: a count of what the
 * account's usage metrics measure is a fact of that usage, so the draft must give one of its figures,
 * or the sum or the gap of two of them. Where no metric counts the noun, this says nothing.
 */

import { stem } from '../../knowledge/text-tokens.ts';
import type { DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { type Quantity, quantitiesIn } from '../index/quantities.ts';
import { finding, inClause } from '../support/findings.ts';
import { isAskingOnly, isHedged } from '../text/claim-context.ts';
import { SEAT_NOUN } from './own-counts.ts';
import { CONDITIONAL } from './plan-figures.ts';

// Seats are the licensed-seat check's (SEAT_NOUN); "up to 10,000 tickets" is a limit, not usage.
const LIMIT_BEFORE =
  /\b(?:up to|max(?:imum)?(?: of)?|at most|no more than|limit(?:ed)? (?:of|to)|capped at|includes?|allows?|over|under|above|below|more than|fewer than|less than)\s+$/i;
// How a count is said to be usage already seen: "you handled", "in August", "last month". What the
// customer will buy ("85 vans", "10 more technicians") is a quote's count, not usage.
const SEEN =
  /\b(?:handled|created|resolved|received|logged|answered|processed|opened|closed|fell|dropped|rose|grew|went (?:up|down)|peaked)\b|\b(?:last|this|in)\s+(?:month|week|quarter|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
const ROUNDED_BEFORE = /\b(?:about|around|roughly|approximately|nearly|almost|some|close to|~)\s+$/i;
// "Tickets fell from 4,210 in July to 3,800 in August": the noun before a change between two figures.
const FROM_TO = /\bfrom\s+(\d[\d,]*)\b[^.;]*?\bto\s+(\d[\d,]*)\b/dgi;

export function usageCountProblems(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
): GuardFinding[] {
  const usage = deal.crm.quantities;
  if (usage.size === 0 || isAskingOnly(clause.text, clause.question)) return [];
  if (isHedged(clause.text) || CONDITIONAL.test(clause.text)) return [];
  const findings: GuardFinding[] = steadyLevelProblems(deal, clause);
  if (!SEEN.test(clause.sentence.text)) return findings;
  const check = (q: Quantity, noun: string) => {
    const values = usage.get(noun);
    if (!values || SEAT_NOUN.test(noun) || soldBy(index).has(noun)) return;
    if (LIMIT_BEFORE.test(clause.text.slice(Math.max(0, q.start - 30), q.start))) return;
    const rounded = ROUNDED_BEFORE.test(clause.text.slice(Math.max(0, q.start - 20), q.start));
    // "3,880 tickets in July": where the metric has figures for the month the sentence gives, one of those.
    const month = monthOf(
      clause.sentence.text,
      q.start + clause.start - clause.sentence.start,
      q.end - q.start,
    );
    const ofMonth = month === undefined ? undefined : deal.crm.monthly.get(noun)?.get(month);
    if (
      ofMonth
        ? followsFrom(ofMonth, q.value, rounded ? 0.05 : 0, false)
        : followsFrom([...values.keys()], q.value, rounded ? 0.05 : 0)
    )
      return;
    const text = clause.text.slice(q.start, q.end);
    // The metric's points are read in order of period: the last is the latest.
    const [value, citation] = [...values].at(-1)!;
    findings.push(
      finding(
        'claim',
        'block',
        inClause(clause, { ...q, text }),
        'usage',
        `${text}: the usage on record gives ${[...values.keys()].join(', ')} (latest ${value})`,
        citation,
      ),
    );
  };
  const counted = quantitiesIn(clause.text);
  for (const q of counted) {
    const noun = q.nouns.find((n) => usage.has(n));
    if (noun) check(q, noun);
  }
  // The noun said once before a change: "tickets fell from 4,210 to 3,800". Only before it: in "seats
  // went from 58 to 64, and tickets are up too", the change is the seats'.
  for (const m of clause.text.matchAll(FROM_TO)) {
    const before = clause.text.slice(0, m.index);
    const said = [...usage.keys()].find((noun) => new RegExp(`\\b${noun}`, 'i').test(before));
    if (said)
      for (const [start, end] of [m.indices![1]!, m.indices![2]!]) {
        if (counted.some((q) => q.start === start)) continue;
        const value = Number(clause.text.slice(start, end).replace(/,/g, ''));
        check({ value, nouns: [said], start, end }, said);
      }
  }
  return findings;
}

// "held steady at around 110", "stayed flat at 75": a level said to hold over the periods on record.
const STEADY =
  /\b(?:(?:held|holding|holds|stayed|staying|stays|remained|remains)\s+(?:steady|stable|flat|level|constant|consistent)|(?:held|holding)(?=\s+(?:at|around|near)\b))\s*(?:at\s+|around\s+|about\s+|roughly\s+|near\s+|close to\s+|~\s*)*(\d[\d,]*)\b/gi;
// How far a level said to hold may sit from each figure on record.
const STEADY_SHARE = 0.1;

/**
 * "Active admins have held steady at around 75" where they fell from 76 to 49: a level of a usage
 * metric (seats included) said to hold must be near every figure on record.
 */
function steadyLevelProblems(deal: DealContext, clause: DraftClause): GuardFinding[] {
  const noun = [...deal.crm.quantities.keys()].find((n) =>
    new RegExp(`\\b${n}`, 'i').test(clause.sentence.text),
  );
  const values = noun === undefined ? undefined : deal.crm.quantities.get(noun);
  if (!values) return [];
  return [...clause.text.matchAll(STEADY)].flatMap((m) => {
    const level = Number(m[1]!.replace(/,/g, ''));
    const points = [...values.keys()];
    if (points.every((v) => Math.abs(v - level) <= level * STEADY_SHARE)) return [];
    const start = m.index + m[0].length - m[1]!.length;
    return [
      finding(
        'claim',
        'block',
        inClause(clause, { start, end: start + m[1]!.length, text: m[1]! }),
        'usage',
        `${m[1]}: the usage on record went from ${points[0]} to ${points.at(-1)}, not steady near ${level}`,
        [...values.values()].at(-1),
      ),
    ];
  });
}

const units = new WeakMap<GuardIndex, ReadonlySet<string>>();

/** The stems of what the price book sells by ("vehicle/month" → vehicl): a customer buys counts of those. */
function soldBy(index: GuardIndex): ReadonlySet<string> {
  let found = units.get(index);
  if (!found) {
    found = new Set(
      index.catalog.products.flatMap((p) => {
        const unit =
          (p.unit ?? '')
            .split(/\/|\bper\b/i)[0]!
            .trim()
            .split(/\s+/)
            .pop() ?? '';
        return /^[a-z-]+$/i.test(unit) ? [stem(unit.toLowerCase())] : [];
      }),
    );
    units.set(index, found);
  }
  return found;
}

/**
 * Whether `value` is one of the figures, or (`combined`) the sum or the gap of two of them or the sum of
 * them all, within `share` of it.
 */
function followsFrom(values: readonly number[], value: number, share: number, combined = true): boolean {
  const near = (v: number) => Math.abs(v - value) <= Math.max(0.5, v * share);
  if (combined && values.length > 2 && near(values.reduce((sum, v) => sum + v, 0))) return true;
  return values.some(
    (a) => near(a) || (combined && values.some((b) => b !== a && (near(a + b) || (a > b && near(a - b))))),
  );
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'gi');
// "3,880 tickets in July", "4,210 for June": the month right after a figure is its period.
const MONTH_AFTER = new RegExp(
  `^[^.;,\\d]{0,25}?\\b(?:in|for|during|over|across|by)\\s+(?:the end of\\s+)?(${MONTHS.join('|')})\\b`,
  'i',
);

/** The month (1 to 12) a figure at `start` of the sentence is said for: the one right after it, else the last one before it. */
function monthOf(sentence: string, start: number, length: number): number | undefined {
  const after = MONTH_AFTER.exec(sentence.slice(start + length));
  const before = [...sentence.slice(0, start).matchAll(MONTH)];
  // "Over June, July and August you handled 11,890": a figure for several months is no one month's.
  const [previous, last] = [before.at(-2), before.at(-1)];
  const listed =
    previous !== undefined &&
    last !== undefined &&
    /^[\s,]*(?:and\s+)?$/i.test(sentence.slice(previous.index + previous[0].length, last.index));
  const name = after?.[1] ?? (listed ? undefined : last?.[1]);
  return name ? MONTHS.indexOf(name.toLowerCase()) + 1 : undefined;
}
