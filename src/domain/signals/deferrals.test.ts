import { describe, expect, it } from 'vitest';
import { anEmail, anEmailFromUs } from '../../testing/factories.ts';
import { assess, outcome, signalsOf } from '../../testing/triage-helpers.ts';

const waits = (body: string, occurredAt = '2026-02-10T14:30:00Z', asOf?: string) =>
  signalsOf(assess({ ...(asOf ? { asOf } : {}), activities: [anEmail({ occurredAt, body })] }), 'deferral');

describe('requests to wait', () => {
  it('reads a budget date and "check back with me then"', () => {
    const [d] = waits('Our new fiscal year budget opens on March 9; please check back with me then.');
    expect(d).toMatchObject({ resumeOn: '2026-03-09', cause: 'asked_to_wait', state: 'waiting' });
  });

  it('resumes the day after "after our board meets on the 18th"', () => {
    expect(
      waits("Let's reconnect after our board meets on the 18th.", '2026-02-03T15:00:00Z')[0]?.resumeOn,
    ).toBe('2026-02-19');
  });

  it('resumes on the day procurement is back', () => {
    expect(
      waits('Can we pick this up once procurement is back on the 22nd?', '2026-02-03T15:00:00Z')[0]?.resumeOn,
    ).toBe('2026-02-22');
  });

  it('reads "after Q2 close" and "ping me in July"', () => {
    expect(
      waits(
        "Nothing will move until after Q2 close, so let's talk then.",
        '2026-03-01T15:00:00Z',
        '2026-03-02T14:00:00Z',
      )[0]?.resumeOn,
    ).toBe('2026-07-01');
    expect(waits('Ping me in July and we can revisit.', '2026-03-01T15:00:00Z')[0]?.resumeOn).toBe(
      '2026-07-01',
    );
  });

  it('reads a date in one sentence and "reach out then" in the next', () => {
    expect(
      waits('The spending freeze lifts on 24 March. Please reach out then.', '2026-02-27T10:00:00Z')[0]
        ?.resumeOn,
    ).toBe('2026-03-24');
  });

  it('reads a day-first numeric date when that is the nearer reading', () => {
    expect(
      waits(
        "Nothing can move before our new financial year starts on 1/5, so let's talk then.",
        '2026-03-31T12:00:00Z',
        '2026-04-10T12:00:00Z',
      )[0]?.resumeOn,
    ).toBe('2026-05-01');
  });

  it('reads the wait in a message a customer forwards from a colleague', () => {
    const body = [
      'FYI - see below from our CFO.',
      '',
      '---------- Forwarded message ---------',
      'From: Ruth Cole <ruth@globex.com>',
      'Date: Mon, 9 Feb 2026 at 18:02',
      'Subject: Re: order form',
      '',
      'Please hold off on anything new until the board meets on 5 March.',
    ].join('\n');
    expect(waits(body)[0]?.resumeOn).toBe('2026-03-05');
  });

  it('does not read a decision for another vendor as a wait, whatever period it names', () => {
    expect(
      waits('The board met and has opted to extend our contract with Xero for another two years.'),
    ).toEqual([]);
  });

  it('reads a review with an end date as a wait on their side', () => {
    const [d] = waits(
      'Legal is reviewing the MSA now. Expect their redlines in about three weeks.',
      '2026-02-13T15:00:00Z',
    );
    expect(d).toMatchObject({ cause: 'in_review', resumeOn: '2026-03-06' });
  });

  it('reads an out-of-office reply with its return date', () => {
    const ooo = anEmail({
      occurredAt: '2026-02-26T09:00:00Z',
      subject: 'Automatic reply: Proposal',
      body: 'I am out of the office with limited access to email until Monday, March 9. For urgent matters contact Tom.',
    });
    const [d] = signalsOf(assess({ activities: [ooo] }), 'deferral');
    expect(d).toMatchObject({ cause: 'out_of_office', resumeOn: '2026-03-09' });
  });

  it('does not take a meeting proposal for a request to wait', () => {
    expect(waits("Let's talk Thursday at 2pm.", '2026-02-24T10:00:00Z')).toEqual([]);
  });

  it('marks the wait over once we reach out after the date', () => {
    const ask = anEmail({
      occurredAt: '2026-02-03T15:00:00Z',
      body: 'Reach back out after March 1 and we can set up a proper discovery session.',
    });
    const resumed = anEmailFromUs({
      occurredAt: '2026-03-02T13:00:00Z',
      body: 'Hi Miles, as promised I am back in touch: does next week work for discovery?',
    });
    expect(signalsOf(assess({ activities: [ask, resumed] }), 'deferral')[0]).toMatchObject({
      state: 'resumed',
      resumedBy: resumed.id,
    });
  });

  it('makes a quiet deal monitor until the date, then act on the day it comes', () => {
    const ask = anEmail({
      occurredAt: '2026-02-03T15:00:00Z',
      body: 'We are in a spending freeze. Reach back out after March 1.',
    });
    expect(outcome(assess({ asOf: '2026-02-27T14:00:00Z', activities: [ask] }))).toBe('monitor 2026-03-02');
    expect(outcome(assess({ asOf: '2026-03-02T14:00:00Z', activities: [ask] }))).toBe(
      'act_now resume_after_deferral 2026-03-02',
    );
  });

  it('reads no wait in a gate reported as already open, but still in one that lies ahead', () => {
    expect(
      waits('We are targeting 1 April for go-live, and the budget is approved.', '2026-02-10T14:30:00Z'),
    ).toEqual([]);
    expect(waits('Legal has signed off, so we go live on March 16.', '2026-02-10T14:30:00Z')).toEqual([]);
    expect(
      waits('Nothing moves until the budget is approved on March 9.', '2026-02-10T14:30:00Z')[0]?.resumeOn,
    ).toBe('2026-03-09');
  });

  it('waits out a process the customer says takes a while when they tell us not to chase', () => {
    expect(
      waits(
        'The questionnaire is with our security team; their assessments take about three weeks, so I will be in touch once it is back - no need to chase in the meantime.',
        '2026-02-10T14:30:00Z',
      )[0]?.resumeOn,
    ).toBe('2026-03-03');
    expect(
      waits('No need to chase, the assessment takes about two weeks.', '2026-02-10T14:30:00Z')[0]?.resumeOn,
    ).toBe('2026-02-24');
  });
});
