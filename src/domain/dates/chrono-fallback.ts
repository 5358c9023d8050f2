/** chrono-node for the explicit dates our own rules do not know ("Monday the 9th", "9th March 2026 at noon"). */
import * as chrono from 'chrono-node';
import { DAY_MS, dayFromParts } from './calendar.ts';
import type { DateMention, DateReference } from './date-mentions.ts';

// Only sentences with something date-like are worth chrono's time (it costs ~25 µs a call).
const DATE_CUE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:tues|thurs?|fri)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|ninth|tenth|twentieth|thirtieth) of\b|(?<![\d.])\d{1,2}\/\d{1,2}(?![\d.])/;

const AMBIGUOUS_WORDS = /^(?:24\/7|may|mar|march|sat|sun|wed|mon|second|now|today)$/;

export function chronoMentions(text: string, ref: DateReference): DateMention[] {
  if (!DATE_CUE.test(text)) return [];
  // The reference is the writer's wall clock expressed as if it were UTC, so chrono's fields are local fields.
  const instant = new Date(ref.day * DAY_MS + ref.minute * 60_000);
  const results = chrono.parse(text, { instant, timezone: 0 }, { forwardDate: true });
  const mentions: DateMention[] = [];
  for (const r of results) {
    if (!r.start.isCertain('month') && !r.start.isCertain('weekday') && !r.start.isCertain('day')) continue;
    if (AMBIGUOUS_WORDS.test(r.text.trim())) continue;
    const y = r.start.get('year');
    const mo = r.start.get('month');
    const d = r.start.get('day');
    if (y === null || mo === null || d === null) continue;
    const from = dayFromParts(y, mo, d);
    let to = from;
    if (r.end) {
      const ey = r.end.get('year');
      const em = r.end.get('month');
      const ed = r.end.get('day');
      if (ey !== null && em !== null && ed !== null) to = Math.max(from, dayFromParts(ey, em, ed));
    }
    mentions.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      from,
      to,
      precision: r.start.isCertain('day') || r.start.isCertain('weekday') ? 'day' : 'month',
      relation: 'none',
      source: 'chrono',
    });
  }
  return mentions;
}
