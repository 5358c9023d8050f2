import { describe, expect, it } from 'vitest';
import { measuredNumbers } from './measured-numbers.ts';

const read = (text: string) => measuredNumbers(text).map((n) => `${n.kind}:${n.value}`);

describe('numbers stated as a quantity', () => {
  it('reads periods in days, percentages and plain counts, words included', () => {
    expect(read('Crates are kept for two weeks, 99.5% of the time, across five bays.')).toEqual([
      'duration:14',
      'percent:99.5',
      'number:5',
    ]);
  });

  it('reads a table cell and a threshold', () => {
    expect(read('Crew: Docking bays: 12.')).toEqual(['number:12']);
    expect(read('A harbour pilot for fleets of 30 or more hulls.')).toEqual(['number:30']);
  });

  it('leaves out money, years, names with digits and round-the-clock cover', () => {
    expect(read('ISO 9001 since 2019, TLS 1.3, 24/7 cover, $40 a seat.')).toEqual([]);
    expect(
      read('SAML 2.0 and OAuth 2.0 sign-in; over the limit you get a 429 with a Retry-After header.'),
    ).toEqual([]);
    expect(read('We saw 429 tickets last week.')).toEqual(['number:429']);
  });

  it('reads the first number of a range in the unit of the second', () => {
    expect(read('Set-up takes 3 to 5 weeks; uptime is 99 or 99.5%.')).toEqual([
      'duration:21',
      'duration:35',
      'percent:99',
      'percent:99.5',
    ]);
    expect(read('Between 3 and 7 crews.')).toEqual(['number:3', 'number:7']);
  });

  it('gives both ends of a range the range they make', () => {
    const ranges = measuredNumbers('Set-up takes 3 to 5 weeks, then 2 days of training.').map((n) => n.range);
    expect(ranges).toEqual([[21, 35], [21, 35], undefined]);
  });

  it('reads data sizes in gigabytes, whatever unit they are written in', () => {
    expect(read('Archive holds 2 TB, exports up to 750 GB.')).toEqual(['size:2000', 'size:750']);
  });

  it('reads no amount in a currency code as a quantity, whichever side the code stands', () => {
    expect(read('Add-ons cost CHF 1,200 or 950 NOK; the kit holds 12 probes.')).toEqual(['number:12']);
    expect(read('The ZAR 40 fee covers 40 scans.')).toEqual(['number:40']);
  });

  it('reads a period with a word between the number and its unit', () => {
    expect(read('Hulls may be laid up for three consecutive weeks, or two full months.')).toEqual([
      'duration:21',
      'duration:60',
    ]);
    expect(read('Three dry berths stand empty.')).toEqual(['number:3']);
  });
});
