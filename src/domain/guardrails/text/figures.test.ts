import { describe, expect, it } from 'vitest';
import { bareNumbers, extractFigures, type Figure, nonFigureSpans, priceFactors } from './figures.ts';

const figures = (text: string): Figure[] => extractFigures(text, nonFigureSpans(text));
const only = (text: string) => {
  const all = figures(text);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('extractFigures', () => {
  it('reads no speed-up in a count times a price, nor in the digits after a thousands comma', () => {
    const sum = figures('the rest is 2,400 x NZD 0.05 = NZD 120');
    expect(sum.filter((f) => f.type === 'multiplier')).toEqual([]);
    expect(priceFactors('the rest is 2,400 x NZD 0.05 = NZD 120')).toEqual([2400]);
    expect(priceFactors('imports run 4x faster')).toEqual([]);
  });
  it('reads a fee paid once, a rate said "each" after its period, and an amount in cents', () => {
    expect(only('Premium setup is AUD 6,400 one-off.')).toMatchObject({ value: 6400, period: 'once' });
    expect(only('two more desks at AUD 15 a month each')).toMatchObject({ value: 15, perUnit: true });
    expect(only('years two and three: AUD 9,000 each')).toMatchObject({ value: 9000, perUnit: false });
    expect(only('every extra text costs 4 cents each')).toMatchObject({ type: 'money', value: 0.04 });
  });
  it('reads an amount in words with its thousands and its cents', () => {
    expect(only('It comes to ten thousand nine hundred and twenty dollars.')).toMatchObject({ value: 10920 });
    expect(only('It is twelve dollars and seventy-five cents per seat per month.')).toMatchObject({
      value: 12.75,
      perUnit: true,
    });
  });
  it('reads a seat named for whoever sits in it', () => {
    expect(only('Enterprise is $22.00 per staff seat per month.')).toMatchObject({
      value: 22,
      period: 'month',
      perUnit: true,
    });
  });
  it('reads a per-seat monthly price with its unit and period', () => {
    expect(only('Enterprise lists at $65 per seat per month, billed annually.')).toMatchObject({
      type: 'money',
      value: 65,
      period: 'month',
      perUnit: true,
      text: '$65 per seat per month',
    });
  });

  it('reads prices written in other ways', () => {
    expect(only('It is $780/seat/yr.')).toMatchObject({ value: 780, period: 'year', perUnit: true });
    expect(only('about $84k in total')).toMatchObject({ value: 84_000 });
    expect(only('USD 1,200.50 a month')).toMatchObject({ value: 1200.5, currency: 'USD', period: 'month' });
    expect(only('65 euros per user')).toMatchObject({ value: 65, currency: 'EUR', perUnit: true });
    expect(only('a one-off fee of €2,500 one-time')).toMatchObject({ value: 2500, period: 'once' });
  });

  it.each([
    ['CHF 12,500 a year', 12500, 'CHF'],
    ['12,500 SEK', 12500, 'SEK'],
    ['A$1,200', 1200, 'AUD'],
    ['¥80,000', 80000, 'JPY'],
    ['4,000 francs', 4000, 'CHF'],
  ])('reads an amount in any currency: %s', (text, value, currency) => {
    expect(only(`It is ${text}.`)).toMatchObject({ type: 'money', value, currency });
  });

  it('reads no currency out of an ordinary word', () => {
    expect(figures('Give it 5 try runs and see.').filter((f) => f.type === 'money')).toEqual([]);
  });

  it('reads a factor as a multiplier but not the operands of a worked sum', () => {
    expect(only('imports run 4x faster')).toMatchObject({ type: 'multiplier', value: 4 });
    const sum = figures('Licences: 75 x €12 x 12 = €10,800; kiosks: 9 x 350 = 3,150.');
    expect(sum.filter((f) => f.type === 'multiplier')).toEqual([]);
  });

  it('reads percentages in digits and words', () => {
    expect(only('take 25% off')).toMatchObject({ type: 'percent', value: 25 });
    expect(only('a ten percent discount')).toMatchObject({ type: 'percent', value: 10 });
  });

  it('reads dates in the usual ways, with weekday and year when given', () => {
    expect(only('runs until April 15, 2026, so')).toMatchObject({
      type: 'date',
      month: 4,
      day: 15,
      year: 2026,
    });
    expect(only('on Thursday, March 12th')).toMatchObject({ month: 3, day: 12, weekday: 4 });
    expect(only('by the 9th of March')).toMatchObject({ month: 3, day: 9 });
    expect(only('ends 2026-04-15')).toMatchObject({ month: 4, day: 15, year: 2026 });
    expect(only('due 4/15')).toMatchObject({ month: 4, day: 15, ambiguous: false });
  });

  it('reads a numeric date day first where the first number can be no month, and "24/7" as no date', () => {
    expect(only('ends 31/12/2026')).toMatchObject({ month: 12, day: 31, year: 2026, ambiguous: false });
    expect(only('ends 3/12')).toMatchObject({ month: 3, day: 12, ambiguous: true });
    expect(only('endet am 31.12.2026')).toMatchObject({ month: 12, day: 31, year: 2026 });
    expect(figures('support 24/7 for urgent tickets')).toEqual([]);
  });

  it('reads a month named without a day only after a preposition, so "May I" is no date', () => {
    expect(only('before the end of March')).toMatchObject({ type: 'month', month: 3, lead: 'end of' });
    expect(figures('May I ask a question?')).toEqual([]);
  });

  it('reads counts and durations, telling a three-year term from three years', () => {
    expect(only('your 150 seats')).toMatchObject({ type: 'count', value: 150, unit: 'seat' });
    expect(only('25 more users')).toMatchObject({ type: 'count', value: 25, unit: 'seat' });
    expect(only('a three-year commitment')).toMatchObject({
      type: 'duration',
      value: 3,
      unit: 'year',
      adjectival: true,
    });
    expect(only('in three weeks')).toMatchObject({
      type: 'duration',
      value: 3,
      unit: 'week',
      adjectival: false,
    });
    expect(only('a 30-minute call')).toMatchObject({ type: 'duration', value: 30, unit: 'minute' });
    expect(only('half an hour')).toMatchObject({ type: 'duration', value: 30, unit: 'minute' });
  });

  it('reads a data size written with or without a space', () => {
    expect(only('attachments up to 25MB')).toMatchObject({ type: 'count', value: 25, unit: 'mb' });
    expect(only('attachments up to 25 MB')).toMatchObject({ type: 'count', value: 25, unit: 'mb' });
    expect(only('a 1.5GB export')).toMatchObject({ type: 'count', value: 1.5, unit: 'gb' });
  });

  it('reads a single unit said with "a" as a length only where the words before make it one', () => {
    expect(only('the trial is a month long')).toMatchObject({ type: 'duration', value: 1, unit: 'month' });
    expect(only('entries are kept for a year and a half')).toMatchObject({ value: 1.5, unit: 'year' });
    expect(only('the pilot runs a fortnight.')).toMatchObject({ value: 2, unit: 'week' });
    expect(figures('we can talk in a week or so')).toEqual([]);
    expect(only('$49 a month')).toMatchObject({ type: 'money', period: 'month' });
  });

  it('skips clock times, phone numbers and addresses', () => {
    expect(figures('Wednesday at 2pm or 14:30, call +1 555-123-4567 or mail a2@x9.com')).toEqual([]);
  });

  it('lets masked spans hide figures that are names, such as SOC 2', () => {
    const text = 'our SOC 2 report';
    expect(extractFigures(text, [{ start: 4, end: 9 }])).toEqual([]);
  });

  it('collects every plain number of a thread', () => {
    expect(bareNumbers('we hit our 50 seats; what would 25 more look like, or twenty?')).toEqual([
      50, 25, 20,
    ]);
  });
});

describe('a rate whose "each" comes before its period', () => {
  it('reads "each per month" as a price per item for the month', () => {
    expect(extractFigures('Extra kiosks are NZD 45 each per month.')).toContainEqual(
      expect.objectContaining({ type: 'money', value: 45, perUnit: true, period: 'month' }),
    );
  });

  it('leaves "each" with no period after it a total', () => {
    expect(extractFigures('Years two and three are NZD 9,000 each, invoiced in March.')).toContainEqual(
      expect.objectContaining({ type: 'money', value: 9000, perUnit: false }),
    );
  });
});

describe('cents, and a total said with how it is paid', () => {
  it('reads "8¢" and "9 cents" as amounts per item, and "€708 paid monthly" as a total with no period of its own', () => {
    expect(extractFigures('Card payments: 1.9% + 8¢ per transaction.')).toContainEqual(
      expect.objectContaining({ type: 'money', value: 0.08, perUnit: true, text: '8¢' }),
    );
    expect(extractFigures('Debit is 9 cents a tap.')).toContainEqual(
      expect.objectContaining({ type: 'money', value: 0.09, perUnit: true }),
    );
    const [paidMonthly] = extractFigures('A year of Stride is €708 paid monthly.');
    expect(paidMonthly).toMatchObject({ type: 'money', value: 708 });
    expect(paidMonthly).not.toHaveProperty('period');
    expect(extractFigures('The setup is €708 paid up front.')).toContainEqual(
      expect.objectContaining({ type: 'money', value: 708, period: 'once' }),
    );
    expect(extractFigures('Prepaid, it is $13,424.64 paid up front for the year.')).toContainEqual(
      expect.objectContaining({ type: 'money', value: 13424.64, period: 'year' }),
    );
  });
});
