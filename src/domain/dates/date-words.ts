/** Words people use for months, weekdays and small numbers in mail, with their typos and abbreviations. */

export const MONTH_WORDS: ReadonlyArray<readonly [number, string]> = [
  [1, 'january|jan'],
  [2, 'february|febuary|feb'],
  [3, 'march|mar'],
  [4, 'april|apr'],
  [5, 'may'],
  [6, 'june|jun'],
  [7, 'july|jul'],
  [8, 'august|aug'],
  [9, 'september|sept|sep'],
  [10, 'october|oct'],
  [11, 'november|nov'],
  [12, 'december|dec'],
];

/** Alternation for any month word; `\.?` after it tolerates "Mar." and "Sept.". */
export const MONTH = `(?:${MONTH_WORDS.map(([, w]) => w).join('|')})\\.?`;

export function monthNumber(word: string): number | undefined {
  const w = word.replace(/\.$/, '');
  for (const [n, alternatives] of MONTH_WORDS) {
    if (alternatives.split('|').includes(w)) return n;
  }
  return undefined;
}

/** Full weekday names are safe anywhere; the short forms ("wed", "sat", "sun", "mon") only after a date word. */
export const WEEKDAY_FULL = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|wensday|thurday|firday';
export const WEEKDAY_SHORT = 'mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun';

export function weekdayNumber(word: string): number | undefined {
  const w = word.replace(/\.$/, '');
  if (w.startsWith('mon')) return 1;
  if (w.startsWith('tu')) return 2;
  if (w.startsWith('we')) return 3;
  if (w.startsWith('th')) return 4;
  if (w.startsWith('fr') || w === 'firday') return 5;
  if (w.startsWith('sa')) return 6;
  if (w.startsWith('su')) return 0;
  return undefined;
}

const SMALL_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  couple: 2,
  'a couple': 2,
  'a couple of': 2,
  'couple of': 2,
  few: 3,
  'a few': 3,
  several: 4,
};

export const COUNT =
  '(?:\\d{1,3}|a couple of|a couple|couple of|couple|a few|few|several|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';

export function countValue(word: string): number | undefined {
  const w = word.trim();
  if (/^\d+$/.test(w)) return Number(w);
  return SMALL_NUMBERS[w];
}
