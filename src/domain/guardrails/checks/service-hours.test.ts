import { describe, expect, it } from 'vitest';
import { aDocument, aWorld, check, PRICING } from '../guard-test-factories.ts';

const world = aWorld({
  extraDocuments: [
    aDocument({
      id: 'doc-support',
      title: 'Support',
      kind: 'policy',
      body:
        '# Support hours\n\n- Northwind Pro: email support, Monday to Friday, 9:00 to 17:30 CET.\n' +
        '- Northwind Enterprise: phone and email, 24 hours a day, 7 days a week.',
    }),
  ],
  documents: [PRICING],
});
const hours = (body: string) =>
  check(body, { world }).findings.filter((f) => f.severity === 'block' && f.check === 'service_hours');

describe('service hours', () => {
  it.each([
    'On Northwind Pro, email support is there Monday to Friday, 9am to 5:30pm CET.',
    'Northwind Enterprise support is 24/7 by phone and email.',
    "Let's meet on Thursday at 10am to walk through the support set-up.",
    'Your warehouse runs 6am to 10pm, so support outside those hours matters less.',
    'Could Northwind Pro support start at 8:00?',
  ])('passes hours the documents give, and times that are no service hours: %s', (body) => {
    expect(hours(body)).toEqual([]);
  });

  it.each([
    'On Northwind Pro, support is Monday to Saturday, 9:00 to 17:30.',
    'Northwind Pro support answers from 8am to 8pm CET.',
    'Support is open 7am to 7pm on every plan.',
    'Northwind Pro includes phone support 24/7.',
  ])('blocks hours the documents do not give for that plan: %s', (body) => {
    expect(hours(body)).not.toEqual([]);
  });

  describe('hours restated in the reader’s zone', () => {
    it('passes documented hours moved by one shift', () => {
      expect(
        hours('Northwind Pro email support runs 9:00 to 17:30 CET, which is 8am to 4:30pm your time.'),
      ).toEqual([]);
      expect(hours('Northwind Pro email support is 9:00 to 17:30 CET (16:00 to 00:30 SGT).')).toEqual([]);
    });

    it('passes documented hours restated for a place the reader is in', () => {
      expect(
        hours('Northwind Pro email support runs 9:00 to 17:30 CET, which is 8:00 to 16:30 in Porto.'),
      ).toEqual([]);
    });

    it('still blocks hours for a place moved unevenly, or given alone', () => {
      expect(
        hours('Northwind Pro email support runs 9:00 to 17:30 CET, which is 8:00 to 18:30 in Porto.'),
      ).not.toEqual([]);
      expect(
        hours('Northwind Pro email support runs 8:00 to 16:30, which suits the team in Porto.'),
      ).not.toEqual([]);
    });

    it('still blocks hours moved unevenly, or hours no document gives', () => {
      expect(
        hours('Northwind Pro email support runs 9:00 to 17:30 CET, which is 8am to 6:30pm your time.'),
      ).not.toEqual([]);
      expect(hours('Northwind Pro email support runs 8am to 4:30pm your time.')).not.toEqual([]);
      expect(hours('Northwind Pro email support runs 9:00 to 18:00 your time.')).not.toEqual([]);
    });
  });
});

describe('a plan row that gives no clock times', () => {
  const rowWorld = aWorld({
    extraDocuments: [
      aDocument({
        id: 'doc-support',
        kind: 'policy',
        body:
          '# Support\n\n**Business hours:** Monday to Friday, 08:00–20:00 US Eastern time.\n\n**Languages:** English on every plan.\n\n' +
          '| Plan | Hours |\n| --- | --- |\n| Northwind Pro | Business hours; Severity 1 around the clock |\n| Northwind Enterprise | 24/7 |',
      }),
    ],
    documents: [PRICING],
  });
  const blocks = (body: string) =>
    check(body, { world: rowWorld }).findings.filter((f) => f.severity === 'block');

  it('takes the page\'s business hours for a plan whose row says only "Business hours"', () => {
    expect(blocks('Northwind Pro support is there 8am to 8pm Eastern on weekdays.')).toEqual([]);
    expect(
      blocks('Northwind Pro support is there 7am to 8pm Eastern on weekdays.').map((f) => f.check),
    ).toContain('service_hours');
  });

  it('reads a language a "Languages:" label gives', () => {
    expect(blocks('Support is in English on every plan.')).toEqual([]);
    expect(blocks('Support is in Japanese on every plan.').map((f) => f.check)).toContain('language');
  });
});
