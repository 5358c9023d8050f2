import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from './calendar.ts';
import { type DateReference, dueDay, resumeDay } from './date-mentions.ts';
import { datesIn } from './dates-in-text.ts';

const on = (date: string, minute = 9 * 60): DateReference => ({ day: parseDay(date), minute });

function first(text: string, ref: DateReference) {
  const m = datesIn(text.toLowerCase(), ref)[0];
  if (!m) throw new Error(`no date found in "${text}"`);
  return {
    due: formatDay(dueDay(m)),
    resume: formatDay(resumeDay(m)),
    from: formatDay(m.from),
    to: formatDay(m.to),
    m,
  };
}

describe('business date phrases', () => {
  // 2026-02-17 is a Tuesday; 2026-01-29 a Thursday.
  it('reads "by Friday" as the coming Friday', () => {
    expect(first("I'll send the revised proposal by Friday.", on('2026-02-17')).due).toBe('2026-02-20');
  });

  it('reads "end of next week" across a month end as the Friday of next week', () => {
    expect(first('You will have it by the end of next week', on('2026-01-29')).due).toBe('2026-02-06');
  });

  it('reads EOM, EOD and COB', () => {
    expect(first('Contract back to you EOM', on('2026-02-17')).due).toBe('2026-02-28');
    expect(first('will confirm by EOD', on('2026-02-17')).due).toBe('2026-02-17');
    expect(first('pricing by COB Thursday', on('2026-02-17')).due).toBe('2026-02-19');
  });

  it('counts "in ten days" and "in a fortnight" from the message day', () => {
    expect(first('we can decide in ten days', on('2026-01-25')).due).toBe('2026-02-04');
    expect(first('circle back in a fortnight', on('2026-02-17')).resume).toBe('2026-03-03');
  });

  it('reads "early next month" as the first days of the next month', () => {
    const d = first('let us reconnect early next month', on('2026-02-17'));
    expect(d.resume).toBe('2026-03-01');
    expect(d.due).toBe('2026-03-10');
  });

  it('reads "first thing Monday", "next Tues" and "tmrw"', () => {
    expect(first('first thing Monday', on('2026-02-19')).due).toBe('2026-02-23');
    expect(first('how about next Tues', on('2026-02-19')).due).toBe('2026-02-24');
    expect(first('sending tmrw', on('2026-02-19')).due).toBe('2026-02-20');
  });

  it('resumes the day after "after" and on the day of "until" or "once … on"', () => {
    expect(first('Reach back out after March 1', on('2026-02-03')).resume).toBe('2026-03-02');
    expect(first('after our board meets on the 18th', on('2026-02-03')).resume).toBe('2026-02-19');
    expect(first('once procurement is back on the 22nd', on('2026-02-03')).resume).toBe('2026-02-22');
    expect(first('our budget opens on March 9', on('2026-02-10')).resume).toBe('2026-03-09');
    expect(first('a spending freeze through the end of February', on('2026-02-03')).resume).toBe(
      '2026-03-01',
    );
  });

  it('knows quarters and months that chrono does not', () => {
    expect(first("let's pick this up after Q2 close", on('2026-03-02')).resume).toBe('2026-07-01');
    expect(first('ping me in July', on('2026-03-02')).resume).toBe('2026-07-01');
    expect(first('we will know more by EOQ', on('2026-02-17')).due).toBe('2026-03-31');
    expect(first('next quarter works better', on('2026-11-20')).resume).toBe('2027-01-01');
  });

  it('puts a month already past in next year', () => {
    expect(first('ping me in January', on('2026-11-20')).resume).toBe('2027-01-01');
  });

  it('takes the far end of a range for a promise ("two to three weeks")', () => {
    const d = first('legal usually needs two to three weeks', on('2026-02-13'));
    expect(d.from).toBe('2026-02-27');
    expect(d.due).toBe('2026-03-06');
  });

  it('reads "in about three weeks"', () => {
    expect(first('Expect their redlines in about three weeks.', on('2026-02-13')).due).toBe('2026-03-06');
  });

  it('reads numeric and written dates in British and US order', () => {
    expect(first('by 3/9', on('2026-02-17')).due).toBe('2026-03-09');
    expect(first('on 20/3', on('2026-02-17')).due).toBe('2026-03-20');
    expect(first('on 9th March', on('2026-02-17')).due).toBe('2026-03-09');
    expect(first('on the 9th of March', on('2026-02-17')).due).toBe('2026-03-09');
    expect(first('on 2026-04-01', on('2026-02-17')).due).toBe('2026-04-01');
  });

  it('reads an ambiguous numeric date in whichever order lands nearer the message', () => {
    // Written on Mar 31: "1/5" as January 5 is nine months off, as 1 May a month ahead.
    expect(
      first('nothing will happen until our new financial year starts on 1/5', on('2026-03-31')).due,
    ).toBe('2026-05-01');
    expect(first('can you send it by 4/10?', on('2026-03-30')).due).toBe('2026-04-10');
    expect(first('see you on 12/1', on('2026-11-20')).due).toBe('2026-12-01');
  });

  it('does not take "may" the verb or "24/7" for a date', () => {
    expect(datesIn('we may need more time', on('2026-02-17'))).toEqual([]);
    expect(datesIn('support is 24/7', on('2026-02-17'))).toEqual([]);
  });

  it('resolves "before then" to the date named earlier in the message', () => {
    const anchor = datesIn('your contract renews on april 15.', on('2026-01-29'))[0]!;
    const m = datesIn("i'll put together a usage review before then.", on('2026-01-29'), anchor)[0]!;
    expect(formatDay(dueDay(m))).toBe('2026-04-14');
  });

  it('falls back to chrono-node for explicit dates the rules do not cover', () => {
    const m = datesIn('could we do sunday, march 8th at noon', on('2026-02-17'));
    expect(m.map((x) => formatDay(x.from))).toContain('2026-03-08');
  });
});

describe('holidays', () => {
  it('knows when Easter and Thanksgiving fall', () => {
    expect(first("let's circle back after Easter", on('2026-02-27')).resume).toBe('2026-04-07');
    expect(first('ping me after Thanksgiving', on('2026-10-01')).resume).toBe('2026-11-30');
  });
});

describe('weekday and date together', () => {
  it('takes "Thursday, March 26" as March 26, not the coming Thursday', () => {
    expect(first('Thursday, March 26 at 10:30 AM it is', on('2026-02-27')).due).toBe('2026-03-26');
    expect(first('how about Tue 3/10?', on('2026-02-27')).due).toBe('2026-03-10');
  });
});
