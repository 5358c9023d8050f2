/** One entry point for dates in a sentence: our business rules, then chrono-node for what they do not cover. */
import { chronoMentions } from './chrono-fallback.ts';
import { type DateMention, type DateReference, findDateMentions, relationBefore } from './date-mentions.ts';

export function datesIn(text: string, ref: DateReference, anchor?: DateMention): DateMention[] {
  const own = findDateMentions(text, ref, anchor);
  if (own.length > 0) return own;
  return chronoMentions(text, ref).map((m) => ({ ...m, relation: relationBefore(text, m.start) }));
}
