import { describe, expect, it } from 'vitest';
import { aDocument, anOpportunity, aWorld, check } from '../guard-test-factories.ts';
import { PER_SEAT_WORLD } from '../per-seat-world.ts';

// The per-seat world: a contract ending 30 June 2026, terms of 12, 24 or 36 months, 45 days' notice.
const dateBlocks = (body: string) =>
  check(body, { world: PER_SEAT_WORLD }).findings.filter((f) => f.severity === 'block' && f.check === 'date');

describe('dates worked out in plain sight', () => {
  it.each([
    'A trial started on 4 May runs 14 days, so the trial ends on 17 May.',
    'Started on 4 May, a 14-day trial would end on 18 May.',
    'A new 24-month term would start when the current one ends and run until 30 June 2028.',
    'Renewed for another term, the contract would run until 30 June 2029.',
    "With 45 days' notice, for a contract ending on 31 March 2028 the notice is due by 15 February 2028.",
    'A new term of 36 months would run from 1 March 2027 through 28 February 2030.',
  ])('passes a date counted from a stated or recorded one: %s', (body) => {
    expect(dateBlocks(body)).toEqual([]);
  });

  it.each([
    'A trial started on 4 May runs 14 days, so the trial ends on 25 May.',
    'A new 24-month term would start when the current one ends and run until 31 August 2028.',
    'Renewed for another term, the contract would run until 31 July 2029.',
    'Your current contract runs until 30 June 2027.',
    "With 45 days' notice, for a contract ending on 31 March 2028 the notice is due on 1 March 2028.",
    'A new term of 36 months would run from 1 March 2027 through 28 January 2030.',
  ])('blocks a date no stated period gives: %s', (body) => {
    expect(dateBlocks(body)).not.toEqual([]);
  });
});

describe('the end of a trial', () => {
  it('is a fact of the deal, not a plan: a date said of it must be on record', () => {
    expect(dateBlocks('Your trial finishes on 25 May.')).not.toEqual([]);
    expect(dateBlocks('Your trial finishes when the contract ends, on 30 June 2026.')).toEqual([]);
  });
});

describe('the notice deadline', () => {
  it.each([
    'The order form renews for 12 months unless notice is given by 16 May.',
    'You would need to give us notice by May 15 if you decide not to renew.',
    "I'll send the notice wording by 26 May so your legal team can look at it.",
  ])(
    'passes the end of the term less the documented notice, and a plan that only mentions notice: %s',
    (body) => {
      expect(dateBlocks(body)).toEqual([]);
    },
  );

  it.each([
    'The order form renews for 12 months unless notice is given by 26 May.',
    'You would need to give us notice by June 15 if you decide not to renew.',
  ])('blocks a deadline no notice period gives, though "by" reads like a plan: %s', (body) => {
    expect(dateBlocks(body)).not.toEqual([]);
  });
});

describe("the end of the customer's contract in force", () => {
  it('passes its own end date, even in a sentence about a term to come', () => {
    expect(
      dateBlocks("The added seats would be co-termed to your agreement's end on 30 June 2026, then renew."),
    ).toEqual([]);
  });

  it('blocks a later year given as its end, though a term to come would reach it', () => {
    expect(
      dateBlocks("The added seats would be co-termed to your agreement's end on 30 June 2029, then renew."),
    ).not.toEqual([]);
  });
});

describe('the day a usage figure is for', () => {
  const world = {
    ...PER_SEAT_WORLD,
    usage: [
      {
        accountId: PER_SEAT_WORLD.opportunities[0]!.accountId,
        metric: 'active_seats',
        period: '2026-05-11',
        value: 42,
      },
    ],
  };
  const blocksIn = (body: string) =>
    check(body, { world }).findings.filter((f) => f.severity === 'block' && f.check === 'date');

  it('is on record', () => {
    expect(
      blocksIn('Your contract ends on 30 June 2026, and 42 seats were active in the week of 11 May.'),
    ).toEqual([]);
    expect(
      blocksIn('Your contract ends on 30 June 2026, and 42 seats were active in the week of 18 May.'),
    ).not.toEqual([]);
  });
});

describe("the notice deadline an account's own order form sets", () => {
  // The general terms give 30 days (month-to-month) and 60 days; Globex's order form gives 45 days
  // before its end on 2026-06-30, so the deadline is May 16, whatever other date a page gives.
  const world = aWorld({
    opportunities: [anOpportunity({ contractEndDate: '2026-06-30' })],
    extraDocuments: [
      aDocument({
        id: 'doc-terms',
        kind: 'policy',
        body: "# Terms\n\n- Month-to-month plans end with 30 days' notice.\n- Terms renew unless notice is given at least 60 days before the end. Prices change on May 31.",
      }),
      aDocument({
        id: 'doc-globex-order',
        kind: 'contract',
        accountId: 'a-globex',
        body: '# Renewal\n\nThis order renews for 12 months unless either party gives written notice at least 45 days before June 30, 2026.',
      }),
    ],
  });
  const blocks = (body: string) => check(body, { world }).findings.filter((f) => f.check === 'date').length;

  it('holds the deadline to the order form', () => {
    expect(blocks('Your order renews unless notice is given by May 16.')).toBe(0);
    expect(blocks('Your order renews unless notice is given by May 31.')).toBe(1);
    expect(blocks('The notice deadline is May 31, so there is time.')).toBe(1);
  });
});

describe('a date supposed', () => {
  it('states nothing of the record', () => {
    expect(
      dateBlocks('If the new seats start on 11 May, the charge to the end date covers the rest of the term.'),
    ).toEqual([]);
    expect(
      dateBlocks('The new seats start on 11 May, so the charge to the end date covers the rest of the term.'),
    ).not.toEqual([]);
  });
});

describe('a renewal date written day first', () => {
  // The contract ends 2026-06-30.
  it('is the day after the end, read as the draft writes its other dates', () => {
    expect(dateBlocks('Your term ends 30/06/2026 and the subscription renews on 1/07/2026.')).toEqual([]);
    expect(dateBlocks('Your term ends 30/06/2026 and the subscription renews on 2/07/2026.')).not.toEqual([]);
    expect(dateBlocks('Your contract ends on 1/07/2026, so the renewal starts the day after.')).not.toEqual(
      [],
    );
  });
});
