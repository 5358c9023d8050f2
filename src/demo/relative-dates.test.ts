import { describe, expect, it } from 'vitest';
import { type Day, dayFromIso, isoFromDay, weekdayOf } from './calendar.ts';
import { createRng } from './random.ts';
import {
  type DeadlineKind,
  type DeferralKind,
  deadlineKinds,
  deadlinePhrase,
  deferralKinds,
  deferralPhrase,
} from './relative-dates.ts';
import { readDate } from './test-support/read-date.ts';
import { atLocal, localDay } from './zoned-time.ts';

const day = (iso: string): Day => dayFromIso(iso);

/** The first wording of `kind` (over many seeds) whose text matches `pattern`. */
function deadlineMatching(kind: DeadlineKind, sent: Day, pattern: RegExp): { text: string; day: Day } {
  for (let seed = 0; seed < 500; seed++) {
    const p = deadlinePhrase(kind, sent, 'us', createRng(`t${seed}`));
    if (p && pattern.test(p.text)) return p;
  }
  throw new Error(`no ${kind} phrase matching ${pattern}`);
}
function deferralMatching(kind: DeferralKind, sent: Day, pattern: RegExp): { text: string; day: Day } {
  for (let seed = 0; seed < 500; seed++) {
    const p = deferralPhrase(kind, sent, 'us', createRng(`t${seed}`));
    if (p && pattern.test(p.text)) return p;
  }
  throw new Error(`no ${kind} phrase matching ${pattern}`);
}

describe('relative dates', () => {
  const tuesday = day('2026-03-03');

  it('reads "by Friday" said on a Tuesday as that week’s Friday', () => {
    expect(isoFromDay(deadlineMatching('weekday', tuesday, /by Friday/).day)).toBe('2026-03-06');
  });

  it('reads "end of next week" as the Friday of the following week', () => {
    expect(isoFromDay(deadlineMatching('end_of_next_week', tuesday, /end of next week/).day)).toBe(
      '2026-03-13',
    );
  });

  it('reads "EOM" as the last day of the month', () => {
    expect(isoFromDay(deadlineMatching('eom', tuesday, /EOM/).day)).toBe('2026-03-31');
  });

  it('reads "in ten days" in calendar days', () => {
    expect(isoFromDay(deadlineMatching('in_days', tuesday, /ten days/).day)).toBe('2026-03-13');
  });

  it('never lets "within two days" land on a weekend', () => {
    const thursday = day('2026-03-05');
    for (let seed = 0; seed < 200; seed++) {
      const p = deadlinePhrase('in_days', thursday, 'us', createRng(`w${seed}`));
      if (p && p.day - thursday <= 3) expect([0, 6]).not.toContain(weekdayOf(p.day));
    }
  });

  it('reads "after Q2 close" as July 1', () => {
    expect(isoFromDay(deferralMatching('after_quarter', day('2026-05-12'), /Q2 close/).day)).toBe(
      '2026-07-01',
    );
  });

  it('reads "after our board meets on the 18th" as the 19th', () => {
    const p = deferralMatching('after_event', tuesday, /board meets on the 18th/);
    expect(isoFromDay(p.day)).toBe('2026-03-19');
  });

  it('reads "ping me in July" as July 1', () => {
    const p = deferralMatching('month', day('2026-04-20'), /in July/);
    expect(isoFromDay(p.day)).toBe('2026-07-01');
  });

  it('reads dates in the writer’s zone: 11:30 PM on a Tuesday in Los Angeles is still Tuesday there', () => {
    const late = atLocal('America/Los_Angeles', tuesday, 23 * 60 + 30);
    expect(new Date(late.utcMs).toISOString().slice(0, 10)).toBe('2026-03-04');
    const sent = localDay(late);
    expect(isoFromDay(deadlineMatching('tomorrow', sent, /tomorrow/).day)).toBe('2026-03-04');
  });

  it('agrees with an independent reading for every kind of phrase, on many days', () => {
    const rng = createRng('agree');
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      const sent = day('2025-10-01') + rng.int(0, 300);
      const style = rng.chance(0.5) ? 'us' : 'intl';
      const deadline = deadlinePhrase(rng.pick(deadlineKinds), sent, style, rng);
      if (deadline) {
        expect({ text: deadline.text, day: isoFromDay(readDate(deadline.text, sent) ?? -1) }).toEqual({
          text: deadline.text,
          day: isoFromDay(deadline.day),
        });
        checked += 1;
      }
      const deferral = deferralPhrase(rng.pick(deferralKinds), sent, style, rng);
      if (deferral) {
        expect({ text: deferral.text, day: isoFromDay(readDate(deferral.text, sent) ?? -1) }).toEqual({
          text: deferral.text,
          day: isoFromDay(deferral.day),
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(4000);
  });
});
