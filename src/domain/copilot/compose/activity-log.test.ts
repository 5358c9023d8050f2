import { describe, expect, it } from 'vitest';
import type { Contact } from '../../workspace/workspace-schema.ts';
import { activityKind, extractActivityLog, extractCommitments } from './activity-log.ts';

// Monday March 2, 09:00 in New York.
const AS_OF = '2026-03-02T14:00:00Z';
const NY = 'America/New_York';

const aContact = (over: Partial<Contact> = {}): Contact => ({
  id: 'c-1',
  accountId: 'a-1',
  name: 'Hank Moss',
  email: 'hank@globex.com',
  ...over,
});

describe('extractCommitments', () => {
  it('reads "he wants X by Thursday" as our promise, due that Thursday', () => {
    expect(extractCommitments('he wants the 3-year numbers by Thursday', AS_OF, NY)).toEqual([
      { by: 'us', what: 'send the 3-year numbers', due: '2026-03-05' },
    ]);
  });

  it('resolves the date in the rep’s own zone: late Sunday in New York is still Sunday', () => {
    // 03:00 UTC on Monday is 22:00 on Sunday in New York: "tomorrow" is Monday the 2nd.
    expect(extractCommitments('I will send the deck tomorrow', '2026-03-02T03:00:00Z', NY)).toEqual([
      { by: 'us', what: 'send the deck', due: '2026-03-02' },
    ]);
  });

  it('tells their promises from ours in one note', () => {
    expect(
      extractCommitments(
        "I'll send the security questionnaire by Friday, and they'll confirm seat counts next week",
        AS_OF,
        NY,
      ),
    ).toEqual([
      { by: 'us', what: 'send the security questionnaire', due: '2026-03-06' },
      { by: 'them', what: 'confirm seat counts', due: '2026-03-13' },
    ]);
  });

  it('keeps a promise without a date, undated', () => {
    expect(extractCommitments('she asked us to loop in our solutions engineer', AS_OF, NY)).toEqual([
      { by: 'us', what: 'loop in our solutions engineer' },
    ]);
  });

  it('finds no promise in a plain account of the call', () => {
    expect(
      extractCommitments('Good call. Budget is approved and the team is happy with the pilot.', AS_OF, NY),
    ).toEqual([]);
  });
});

describe('extractActivityLog', () => {
  it('builds a call log with participants, summary, commitments and the next step', () => {
    const log = extractActivityLog({
      request: 'log call with Hank at Globex: he wants the 3-year numbers by Thursday',
      notes: 'he wants the 3-year numbers by Thursday',
      account: { id: 'a-1', name: 'Globex', ownerId: 'u-1' },
      participants: [aContact()],
      asOf: AS_OF,
      timezone: NY,
    });
    expect(log).toEqual({
      type: 'call',
      occurredAt: AS_OF,
      participants: ['hank@globex.com'],
      summary: 'Call with Hank Moss (Globex): He wants the 3-year numbers by Thursday.',
      commitments: [{ by: 'us', what: 'send the 3-year numbers', due: '2026-03-05' }],
      nextStep: 'Send the 3-year numbers by Thu Mar 5',
    });
  });

  it('takes a stated next step over the first promise', () => {
    const log = extractActivityLog({
      request: 'met with Hank',
      notes: 'Good session. I will send the deck by Friday. Next step: pricing call on March 10',
      account: undefined,
      participants: [],
      asOf: AS_OF,
      timezone: NY,
    });
    expect(log.type).toBe('meeting');
    expect(log.nextStep).toBe('Pricing call on March 10');
  });

  it('reads the kind of touch from the request’s first words', () => {
    expect(activityKind('log call with Hank: met their CFO last week')).toBe('call');
    expect(activityKind('met with Alice and her team')).toBe('meeting');
    expect(activityKind('note: budget frozen until April')).toBe('note');
    expect(activityKind('log the email thread with Bill')).toBe('email');
  });
});
