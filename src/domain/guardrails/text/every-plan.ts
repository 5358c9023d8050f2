/** Where a draft says something of every plan at once: "on every plan", "whichever plan you pick". */
import { isNegatedAt } from './claim-context.ts';

const EVERY_PLAN =
  /\b(?:(?:every|all|any|each)\s+(?:of\s+(?:our|the)\s+)?(?:\w+\s+)?(?:plans?|tiers?|editions?)|whichever (?:plan|tier|edition)|(?:on|in|with|across) all of them|regardless of (?:the )?plan)\b/gi;
// "the highest limit on any of our plans", "more than on any other plan": one plan set against the
// rest, which gives the rest nothing.
const COMPARED =
  /(?:\b(?:highest|largest|biggest|longest|fastest|lowest|shortest|greatest|strongest|cheapest|most|least|best)\b(?:\s+[\w-]+){0,3}\s+(?:on|of|in|across|among)|\b(?:than|compared (?:to|with))(?:\s+(?:on|in|with))?)\s+$/i;

/** The spans of a text that say something of every plan, leaving out comparisons and denials. */
export function everyPlanSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(EVERY_PLAN)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter(
      (s) =>
        !COMPARED.test(text.slice(Math.max(0, s.start - 60), s.start)) && !isNegatedAt(text, s.start, s.end),
    );
}
