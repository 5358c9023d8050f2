import { describe, expect, it } from 'vitest';
import { anEmail, aWorld, check } from '../guard-test-factories.ts';

const blockedFor = (body: string, kind: 'price' | 'claim') =>
  check(body).findings.some((f) => f.kind === kind && f.severity === 'block');

describe('prices', () => {
  it.each([
    'Pro is $40 per user per month and Enterprise is $65, both billed annually.',
    'At list, Enterprise is $780 per seat per year.',
    'The Enterprise tier lists at $65/user/mo.',
    'Enterprise runs $780 per seat annually.',
    'With the three-year commitment, Pro drops to $36 per seat per month.',
    'On a 3-year term you get 10% off list, so Enterprise comes to $58.50 a seat.',
    'Pro at $40 per seat per month, less 10% for the three-year commitment, comes to $36.',
    'The proposal totals $84,000.',
    'The revised proposal stays at $84k for the first year.',
    'Renewing 150 Enterprise seats would be $117,000 a year at list.',
    '25 more Pro seats would be $1,000 per month, or $12,000 per year.',
    'With 12% off, Enterprise would be $57.20 per seat per month.',
    'For reference, list is $40/seat/month for Pro and $65/seat/month for Enterprise.',
  ])('passes a price that follows from the price book or the record: %s', (body) => {
    expect(check(body).findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it.each([
    'Enterprise is $55 per seat per month.',
    'Enterprise is $60 per seat per month.',
    'Pro runs $45/user/month.',
    'Enterprise costs $65 per seat per year.',
    'Pro is $480 per seat per month.',
    'The Pro plan is forty-five dollars a seat.',
    'Enterprise pricing starts at $50 per user.',
    'There is a one-time onboarding fee of $2,500.',
    'Premium support adds $10 per seat.',
    'Implementation is a flat $5,000.',
    'Renewing your 150 seats comes to $120,000 a year.',
    'A three-year commitment brings Enterprise to $55 per seat.',
    'Pro is €40 per seat per month.',
    'Enterprise will run you sixty dollars a seat.',
    'Enterprise: 60 USD/user/month.',
    'Enterprise is 55 per seat per month.',
    "Enterprise's list price is 55 per month.",
    'There is a setup fee of two thousand dollars.',
    // A list price is the one before any discount, whatever term the sentence names.
    'On the three-year term Pro lists at $36 a seat per month.',
    'On the three-year term Pro has a list price of $36 a seat per month.',
  ])('blocks a price the price book contradicts or does not state: %s', (body) => {
    expect(blockedFor(body, 'price')).toBe(true);
  });

  it('cites the document that lists the price when a named product is misquoted', () => {
    const finding = check('Enterprise is $55 per seat per month.').findings[0]!;
    expect(finding).toMatchObject({
      kind: 'price',
      text: '$55 per seat per month',
      citation: { source: 'chunk', id: 'doc-pricing#1' },
    });
    expect(finding.reason).toContain('65');
  });

  it('accepts a rounded total only when the draft says it is approximate', () => {
    expect(check('That comes to about $118,000 a year for 150 Enterprise seats.').blocked).toBe(false);
    expect(check('That comes to $118,000 a year for 150 Enterprise seats.').blocked).toBe(true);
  });
});

describe('numbers and dates', () => {
  it('takes a percentage said not to exist as no claim', () => {
    expect(
      blockedFor("There's no 30% approval on record; the 10% three-year discount is what applies.", 'claim'),
    ).toBe(false);
    expect(blockedFor("There's a 30% approval on record.", 'claim')).toBe(true);
  });

  it.each([
    'Your contract for 150 seats ends on April 15.',
    'Your renewal is due 4/15/2026 for all 150 licenses.',
    'Your current term ends April 15, 2026.',
    'Your subscription runs through mid-April.',
    'Since your budget opens on March 9, I will check back with you then.',
    'You mentioned redlines would take about three weeks, so no rush.',
    'You hit 150 seats; adding 25 more would take you to 175.',
    'Could we book 45 minutes next Tuesday for a discovery session?',
    'Would Thursday, March 5 at 10am work for a 30-minute recap?',
    "I'll send the updated order form by Friday, March 6.",
    'I would like to start the renewal paperwork before the end of March.',
    'I can turn the proposal around within 24 hours.',
    'Three-year commitments receive 10% off list.',
    'Let us plan the next step for Q2.',
    "I'm out of office on March 12, back the day after.",
  ])('passes a figure on record, or scheduling that states no fact: %s', (body) => {
    expect(check(body).findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it.each([
    'Your agreement for 200 seats runs until April 15, 2026.',
    "You're licensed for 180 users today.",
    'Your contract covers 175 seats.',
    'Your contract ends on March 31.',
    'As a reminder, the agreement wraps up on 15 May 2026.',
    'Your subscription runs through May 15.',
    'Your subscription expires in May.',
    'Your contract is up at the end of June.',
    'Since your budget opens on March 16, I will check back then.',
    'Since legal expects redlines in about five weeks, I will wait.',
    'A four-week pilot with your plant team would be ideal.',
    'The proposal totals $90,000.',
    'Audit logs are retained for seven years.',
    'Most teams are live within 2 weeks of signing.',
    'Setup typically takes 15 minutes.',
    'Our support team responds within 4 hours.',
    'We offer a 99.9% uptime SLA.',
    'Customers see 3x faster reporting.',
    'Over 2,000 customers rely on Northwind.',
    'We have been in business since 2009.',
    'Your agreement expires mid-May.',
    'Your renewal is coming up in May.',
    'Your contract runs until the 15th of May.',
    'May 15 is your renewal date.',
    'Enterprise supports up to 5,000 users.',
  ])('blocks a figure or date the record contradicts or does not state: %s', (body) => {
    expect(check(body).blocked).toBe(true);
  });

  it('cites the contract end date when the draft misstates it', () => {
    const finding = check('Your subscription runs through May 15.').findings.find((f) => f.check === 'date')!;
    expect(finding.citation).toMatchObject({ source: 'opportunity', field: 'contractEndDate' });
  });

  // The customer would not know which of the two to hold: a person picks one before it is sent.
  it.each([
    'Does Friday, March 5 work for a call?',
    'Does Fri 3/17 work for a call?',
    'Does Friday 05.03.2026 work for a call?',
  ])('blocks a weekday that does not fall on the date: %s', (body) => {
    const result = check(body);
    expect(result.findings).toContainEqual(expect.objectContaining({ check: 'weekday', severity: 'block' }));
  });

  it('passes a weekday that falls on the date', () => {
    expect(check('Does Thursday, March 5 work for a call?').findings).toEqual([]);
  });

  it('takes usage figures as on record', () => {
    const world = aWorld({
      extraActivities: [anEmail({ body: 'Checking in.' })],
    });
    world.usage = [
      { accountId: 'a-globex', metric: 'active_users', period: '2026-02-02', value: 120 },
      { accountId: 'a-globex', metric: 'active_users', period: '2026-02-23', value: 72 },
    ];
    expect(check('Active users fell from 120 to 72, down 40% in three weeks.', { world }).blocked).toBe(
      false,
    );
    expect(check('Active users fell by 55% this month.', { world }).blocked).toBe(true);
    expect(check('Active users went from about 120 to 72.', { world }).blocked).toBe(false);
    expect(check('Active users went from 140 to 72.', { world }).blocked).toBe(true);
  });
});
