/**
 * Opening hours as a text states them: clock times ("7am", "19:00", "noon") and runs of weekdays
 * ("Monday to Saturday", "Mon–Fri", "24/7"). Figures leave clock times out; these read them back in.
 */

export type ClockTime = { start: number; end: number; text: string; minutes: number };
export type DayRange = { start: number; end: number; text: string; days: string };

const CLOCK =
  /\b(?:([01]?\d|2[0-3])[:.]([0-5]\d)\s*(am|pm|a\.m\.|p\.m\.)?|(1[0-2]|0?[1-9])\s*(am|pm|a\.m\.|p\.m\.)|(noon|midday|midnight))(?![\w:])/gi;

function minutesOf(hour: number, minute: number, meridiem: string | undefined): number {
  const pm = meridiem !== undefined && /^p/i.test(meridiem);
  const am = meridiem !== undefined && /^a/i.test(meridiem);
  const h = pm && hour < 12 ? hour + 12 : am && hour === 12 ? 0 : hour;
  return h * 60 + minute;
}

export function clockTimes(text: string): ClockTime[] {
  // `bare`: said with no am or pm ("2:00"), so a range's end may give it one.
  const times: (ClockTime & { bare?: boolean })[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const [whole, hh, mm, mer, h12, mer12, word] = m;
    const minutes = word
      ? /midnight/i.test(word)
        ? 0
        : 12 * 60
      : hh !== undefined
        ? minutesOf(Number(hh), Number(mm), mer)
        : minutesOf(Number(h12), 0, mer12);
    // "1.5" or "2.0" is a number, not a time; a dotted time needs its meridiem ("7.30pm").
    if (hh !== undefined && whole.includes('.') && !mer) continue;
    // "2:00 to 3:00 pm": the start of a range takes the meridiem its end gives, where that keeps it first.
    const previous = times.at(-1);
    const pm = /^p/i.test(mer ?? mer12 ?? '');
    if (
      previous?.bare &&
      pm &&
      previous.minutes < 12 * 60 &&
      previous.minutes + 12 * 60 <= minutes &&
      /^\s*(?:to|-|–|—|until|till)\s*$/i.test(text.slice(previous.end, m.index))
    )
      previous.minutes += 12 * 60;
    times.push({
      start: m.index,
      end: m.index + whole.length,
      text: whole,
      minutes,
      ...(!word && !mer && !mer12 ? { bare: true } : {}),
    });
  }
  return times.map(({ bare: _, ...t }) => t);
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY =
  '(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';
const RANGE = new RegExp(
  String.raw`\b${DAY}\.?\s*(?:to|through|thru|till|until|-|–|—)\s*${DAY}\b\.?|\b(24\s*/\s*7|24\s*[x×]\s*7|7 days a week|seven days a week|every day of the week|around the clock|round the clock|24 hours a day)\b`,
  'gi',
);

/** "Monday to Friday" → "mon-fri"; every way of saying all week → "mon-sun". */
export function dayRanges(text: string): DayRange[] {
  const ranges: DayRange[] = [];
  for (const m of text.matchAll(RANGE)) {
    const [whole, from, to] = m;
    const days =
      from && to
        ? `${DAYS.find((d) => from.toLowerCase().startsWith(d))}-${DAYS.find((d) => to.toLowerCase().startsWith(d))}`
        : 'mon-sun';
    ranges.push({ start: m.index, end: m.index + whole.length, text: whole, days });
  }
  return ranges;
}
