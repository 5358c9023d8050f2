/** Test support: a reader's reading of relative dates in mail, written apart from the generator's rules. */
import {
  type Day,
  dayFromYmd,
  endOfMonth,
  endOfQuarter,
  fridayOf,
  MONTHS,
  mondayOf,
  WEEKDAYS,
  weekdayOf,
  ymd,
} from '../calendar.ts';

const MONTH = MONTHS.join('|');
const monthNumber = (name: string | undefined): number =>
  (MONTHS as readonly string[]).indexOf(name ?? '') + 1;

/** The next day after `sent` whose day of the month is `date`. */
function nextDateOfMonth(sent: Day, date: number): Day {
  for (let d = sent + 1; d < sent + 62; d++) if (ymd(d).date === date) return d;
  throw new Error('no such date');
}
/** The next day after `sent` that falls on `month`/`date`. */
function nextMonthDay(sent: Day, month: number, date: number): Day {
  for (let d = sent + 1; d < sent + 367; d++) if (ymd(d).month === month && ymd(d).date === date) return d;
  throw new Error('no such date');
}
function nextMonthStart(sent: Day, month: number): Day {
  const { year, month: m } = ymd(sent);
  return dayFromYmd(month > m ? year : year + 1, month, 1);
}
function nextWeekday(sent: Day, name: string | undefined): Day {
  const target = (WEEKDAYS as readonly string[]).indexOf(name ?? '');
  for (let d = sent + 1; d <= sent + 7; d++) if (weekdayOf(d) === target) return d;
  throw new Error('no such weekday');
}

type Rule = readonly [RegExp, (m: RegExpMatchArray, sent: Day) => Day];

// First match wins, so the more specific phrases come first ("end of next week" before "next week").
const RULES: readonly Rule[] = [
  [/end of next week/i, (_, s) => fridayOf(s) + 7],
  [/next week/i, (_, s) => mondayOf(s) + 7],
  [/tomorrow/i, (_, s) => s + 1],
  [/end of (the )?week|EOW|before the weekend/i, (_, s) => fridayOf(s)],
  [/EOM|month end|end of the month/i, (_, s) => endOfMonth(s)],
  [new RegExp(`end of (${MONTH})`), (m, s) => endOfMonth(dayFromYmd(ymd(s).year, monthNumber(m[1]), 1))],
  [/Q\d close|close out Q\d|quarter-end/, (_, s) => endOfQuarter(s) + 1],
  [new RegExp(`in (?:early )?(${MONTH})`), (m, s) => nextMonthStart(s, monthNumber(m[1]))],
  [/ on the (\d+)(?:st|nd|rd|th)/, (m, s) => nextDateOfMonth(s, Number(m[1])) + 1],
  [new RegExp(`after (${MONTH}) (\\d+)`), (m, s) => nextMonthDay(s, monthNumber(m[1]), Number(m[2])) + 1],
  [new RegExp(`after (\\d+) (${MONTH})`), (m, s) => nextMonthDay(s, monthNumber(m[2]), Number(m[1])) + 1],
  [new RegExp(`(?:on|by) (\\d+) (${MONTH})`), (m, s) => nextMonthDay(s, monthNumber(m[2]), Number(m[1]))],
  [/after the (\d+)(?:st|nd|rd|th)/, (m, s) => nextDateOfMonth(s, Number(m[1])) + 1],
  [new RegExp(`(?:on|by) (${MONTH}) (\\d+)`), (m, s) => nextMonthDay(s, monthNumber(m[1]), Number(m[2]))],
  [/by the (\d+)(?:st|nd|rd|th)/, (m, s) => nextDateOfMonth(s, Number(m[1]))],
  [/by (\d+)\/(\d+)/, (m, s) => nextMonthDay(s, Number(m[1]), Number(m[2]))],
  [/48 hours|two days/, (_, s) => s + 2],
  [/three days/, (_, s) => s + 3],
  [/ten days/i, (_, s) => s + 10],
  [/two weeks/i, (_, s) => s + 14],
  [/three weeks/i, (_, s) => s + 21],
  [/a week/i, (_, s) => s + 7],
  [new RegExp(`(${WEEKDAYS.join('|')})`), (m, s) => nextWeekday(s, m[1])],
];

/** The day a phrase means when written on local day `sent`; undefined when no rule reads it. */
export function readDate(text: string, sent: Day): Day | undefined {
  for (const [pattern, resolve] of RULES) {
    const m = text.match(pattern);
    if (m) return resolve(m, sent);
  }
  return undefined;
}
