/**
 * Relative dates as people write them ("by Friday", "after Q2 close", "ping me in July"), each with the calendar
 * day it means, resolved against the message's local date in the writer's time zone. The labels rely on these rules:
 * - "by <weekday>", "end of week", "EOW": that day (Friday for the week) of the message's Monday-to-Sunday week;
 * - "tomorrow": the next day; "Monday" said on a Thursday or Friday: the Monday after;
 * - "end of next week": the Friday of the following week; "next week" (as a time to resume): its Monday;
 * - "EOM", "end of the month": the month's last day; "in ten days", "in two weeks": plus 10 or 14 days;
 * - "in July", "early July": July 1; "after <day D>" or "after Q2 close": the first day after (D + 1, July 1).
 */
import {
  type DateStyle,
  type Day,
  dayFromYmd,
  endOfMonth,
  endOfQuarter,
  fridayOf,
  mondayOf,
  monthDay,
  monthName,
  numericDate,
  ordinal,
  quarterOf,
  weekdayName,
  weekdayOf,
  ymd,
} from './calendar.ts';
import type { Rng } from './random.ts';

/** A phrase and the day it resolves to. */
export interface DatedPhrase {
  readonly text: string;
  readonly day: Day;
}

export const deadlineKinds = [
  'weekday',
  'tomorrow',
  'end_of_week',
  'monday',
  'end_of_next_week',
  'in_days',
  'explicit',
  'eom',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

const IN_DAYS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [2, ['within 48 hours', 'in the next two days', 'within two days']],
  [3, ['in three days', 'within three days']],
  [7, ['within a week', 'in a week']],
  [10, ['in ten days', 'within ten days']],
  [14, ['within two weeks', 'in two weeks']],
];

/** When something will be done: the tail of "I'll send it ___". Undefined when the kind does not fit the day. */
export function deadlinePhrase(
  kind: DeadlineKind,
  sent: Day,
  style: DateStyle,
  rng: Rng,
): DatedPhrase | undefined {
  const wd = weekdayOf(sent);
  switch (kind) {
    case 'weekday': {
      if (wd < 1 || wd > 3) return undefined;
      const target = rng.int(wd + 1, 5);
      const day = sent + (target - wd);
      const name = weekdayName(day);
      const text = rng.pick([
        `by ${name}`,
        `by end of day ${name}`,
        `before ${name}`,
        `no later than ${name}`,
      ]);
      return { text, day };
    }
    case 'tomorrow':
      if (wd < 1 || wd > 4) return undefined;
      return {
        text: rng.pick([
          'tomorrow',
          'by tomorrow',
          'first thing tomorrow',
          'by EOD tomorrow',
          'by end of day tomorrow',
        ]),
        day: sent + 1,
      };
    case 'end_of_week':
      if (wd < 1 || wd > 4) return undefined;
      return {
        text: rng.pick(['by end of week', 'before the weekend', 'by EOW', 'by the end of the week']),
        day: fridayOf(sent),
      };
    case 'monday':
      if (wd !== 4 && wd !== 5) return undefined;
      return {
        text: rng.pick(['first thing Monday', 'on Monday', 'by Monday', 'Monday morning']),
        day: mondayOf(sent) + 7,
      };
    case 'end_of_next_week':
      if (wd < 1 || wd > 5) return undefined;
      return {
        text: rng.pick(['by end of next week', 'by the end of next week', 'before the end of next week']),
        day: fridayOf(sent) + 7,
      };
    case 'in_days': {
      const [days, texts] = rng.pick(IN_DAYS);
      // "Within two days" on a Friday would land on a weekend; nobody means that.
      if (days <= 3 && (weekdayOf(sent + days) === 0 || weekdayOf(sent + days) === 6)) return undefined;
      return { text: rng.pick(texts), day: sent + days };
    }
    case 'explicit': {
      const day = sent + rng.int(3, 16);
      const options = [`by ${monthDay(day, style)}`, `by the ${ordinal(ymd(day).date)}`];
      if (style === 'us') options.push(`by ${numericDate(day, style)}`);
      return { text: rng.pick(options), day };
    }
    case 'eom': {
      if (ymd(sent).date > 22) return undefined;
      const day = endOfMonth(sent);
      return {
        text: rng.pick([
          'by EOM',
          'before month end',
          'by the end of the month',
          `before the end of ${monthName(day)}`,
        ]),
        day,
      };
    }
  }
}

export const deferralKinds = [
  'month',
  'after_quarter',
  'after_event',
  'on_date',
  'in_span',
  'end_of_next_week',
  'eom',
  'next_week',
  'after_date',
] as const;
export type DeferralKind = (typeof deferralKinds)[number];

/** A request to wait, as one full sentence, and the day the deal should come back. */
export interface DeferralPhrase extends DatedPhrase {
  readonly kind: DeferralKind;
}

const IN_SPAN: ReadonlyArray<readonly [number, readonly string[]]> = [
  [7, ['Can you check back in a week?', 'Give me a week and ping me again.']],
  [
    10,
    ['Give us ten days and check back in.', 'Could you follow up in ten days?', 'Ping me again in ten days.'],
  ],
  [
    14,
    [
      'Can we reconnect in two weeks?',
      'Check back with me in two weeks.',
      'Let us come back to this two weeks from now.',
    ],
  ],
  [21, ['Could you reach back out in three weeks?', 'Give us three weeks and then we can pick this up.']],
];

const EVENTS = [
  (n: string) => `our board meets on the ${n}`,
  (n: string) => `our leadership offsite on the ${n}`,
  (n: string) => `the budget review on the ${n}`,
  (n: string) => `our quarterly planning session on the ${n}`,
  (n: string) => `the steering committee meets on the ${n}`,
];

/** How someone asks to wait, with the day that wait ends. Undefined when the kind does not fit the day. */
export function deferralPhrase(
  kind: DeferralKind,
  sent: Day,
  style: DateStyle,
  rng: Rng,
): DeferralPhrase | undefined {
  const wd = weekdayOf(sent);
  const { year, month, date } = ymd(sent);
  switch (kind) {
    case 'month': {
      const ahead = rng.int(2, 4);
      const day = dayFromYmd(year, month + ahead, 1);
      const m = monthName(day);
      const text = rng.pick([
        `Ping me in ${m}.`,
        `Can you circle back in ${m}?`,
        `Reach out again in early ${m} and we can pick it up.`,
        `Let's revisit in ${m}.`,
        `Come back to me in ${m} and I'll have a better picture.`,
      ]);
      return { kind, text, day };
    }
    case 'after_quarter': {
      const day = endOfQuarter(sent) + 1;
      if (day - sent < 6) return undefined;
      const q = `Q${quarterOf(sent)}`;
      const text = rng.pick([
        `Let's talk again after ${q} close.`,
        `Can you reach back out once we're past ${q} close?`,
        `Nothing will move until after quarter-end, so ping me then.`,
        `Circle back after we close out ${q}.`,
      ]);
      return { kind, text, day };
    }
    case 'after_event': {
      const eventDay = sent + rng.int(3, 24);
      const event = rng.pick(EVENTS)(ordinal(ymd(eventDay).date));
      const text = rng.pick([
        `Let's reconnect after ${event}.`,
        `Can you follow up after ${event}? I'll know more then.`,
        `I can't commit to anything before ${event}, so check back with me after that.`,
      ]);
      return { kind, text, day: eventDay + 1 };
    }
    case 'on_date': {
      const day = sent + rng.int(5, 45);
      const when = monthDay(day, style);
      // Budgets and fiscal years start on the first of a month; freezes, leave and migrations end any day.
      const firstOfMonth = [
        `Our new budget opens on ${when}; please check back with me then.`,
        `The new fiscal year starts on ${when}, and I can pick this up that day.`,
      ];
      const anyDay = [
        `The spending freeze lifts on ${when}. Please reach out then.`,
        `I'm back from leave on ${when}; can we pick this up then?`,
        `We finish our system migration on ${when}, so let's talk again that day.`,
      ];
      const text = rng.pick(ymd(day).date === 1 ? [...firstOfMonth, ...anyDay] : anyDay);
      return { kind, text, day };
    }
    case 'in_span': {
      const [days, texts] = rng.pick(IN_SPAN);
      return { kind, text: rng.pick(texts), day: sent + days };
    }
    case 'end_of_next_week':
      if (wd < 1 || wd > 5) return undefined;
      return {
        kind,
        text: rng.pick([
          "Let's reconnect at the end of next week.",
          'Can you touch base with me at the end of next week?',
          'End of next week would be a better time to pick this up.',
        ]),
        day: fridayOf(sent) + 7,
      };
    case 'eom':
      if (date > 20) return undefined;
      return {
        kind,
        text: rng.pick([
          'Can you circle back EOM?',
          'Check in with me at the end of the month.',
          `Let's pick this up at the end of ${monthName(sent)}.`,
        ]),
        day: endOfMonth(sent),
      };
    case 'next_week':
      if (wd < 1 || wd > 4) return undefined;
      return {
        kind,
        text: rng.pick([
          'Ping me next week?',
          "Can we pick this back up next week? This week's a write-off.",
          "Let's regroup next week.",
        ]),
        day: mondayOf(sent) + 7,
      };
    case 'after_date': {
      // Up to 26 days ahead, so "the 20th" can only mean the next 20th.
      const day = sent + rng.int(4, 26);
      const text = rng.pick([
        `Reach back out after ${monthDay(day, style)}.`,
        `Please follow up after the ${ordinal(ymd(day).date)}; nothing can happen before then.`,
        `Can you check back after ${monthDay(day, style)}?`,
      ]);
      return { kind, text, day: day + 1 };
    }
  }
}

/** Finds a message day in `sentRange` whose phrase resolves inside `targetRange`; tries several kinds and days. */
export function planDated<K extends string, P extends DatedPhrase>(
  rng: Rng,
  kinds: readonly K[],
  sentRange: readonly [Day, Day],
  targetRange: readonly [Day, Day],
  phrase: (kind: K, sent: Day) => P | undefined,
): { sent: Day; phrase: P } | undefined {
  const [from, to] = sentRange;
  if (to < from) return undefined;
  for (let attempt = 0; attempt < 80; attempt++) {
    const sent = rng.int(from, to);
    const wd = weekdayOf(sent);
    if ((wd === 0 || wd === 6) && attempt < 60) continue;
    const p = phrase(rng.pick(kinds), sent);
    if (p && p.day >= targetRange[0] && p.day <= targetRange[1] && p.day > sent) return { sent, phrase: p };
  }
  return undefined;
}
