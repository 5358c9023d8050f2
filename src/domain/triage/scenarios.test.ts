import { describe, expect, it } from 'vitest';
import {
  aBattlecard,
  aCall,
  aContact,
  aMeeting,
  aNote,
  anEmail,
  anEmailFromUs,
  aUsageSeries,
} from '../../testing/factories.ts';
import { assess, outcome } from '../../testing/triage-helpers.ts';
import { competitorNames } from './competitors.ts';

// Deals in plain English, as a sales manager would describe them. "Now" is Monday 2 March 2026, 9:00 in New York.
const them = (occurredAt: string, body: string, over: Parameters<typeof anEmail>[0] = {}) =>
  anEmail({ occurredAt, body, ...over });
const us = (occurredAt: string, body: string, over: Parameters<typeof anEmail>[0] = {}) =>
  anEmailFromUs({ occurredAt, body, ...over });

describe('promises we made', () => {
  it('acts when a quote promised for Wednesday never went out', () => {
    const a = assess({
      activities: [
        us(
          '2026-02-23T15:00:00Z',
          "Let me put together a quote for the extra licences - you'll have it Wednesday.",
        ),
      ],
    });
    expect(outcome(a)).toBe('act_now deliver_commitment');
  });

  it('is calm once the quote went out', () => {
    const a = assess({
      activities: [
        us(
          '2026-02-23T15:00:00Z',
          "Let me put together a quote for the extra licences - you'll have it Wednesday.",
        ),
        us('2026-02-25T15:00:00Z', 'As promised, the quote for the extra licences is attached.'),
        them('2026-02-26T15:00:00Z', 'Got it, thanks. Reviewing with finance.'),
      ],
    });
    expect(outcome(a)).toBe('no_action');
  });

  it('reads shorthand and typos ("Will get u the revised SOW by COB thurs")', () => {
    const a = assess({
      activities: [us('2026-02-24T15:00:00Z', 'Will get u the revised SOW by COB thurs.')],
    });
    expect(a.signals.find((s) => s.kind === 'commitment')).toMatchObject({ dueOn: '2026-02-26' });
    expect(outcome(a)).toBe('act_now deliver_commitment');
  });

  it('holds a promise made on a call to account', () => {
    const a = assess({
      activities: [
        aCall({
          occurredAt: '2026-02-20T17:00:00Z',
          body: 'Call with Hank. Promised to send the ROI model by Tuesday.',
        }),
      ],
    });
    expect(outcome(a)).toBe('act_now deliver_commitment');
  });
});

describe('questions the customer asked', () => {
  it('acts on a question nobody answered, even after other mail went out', () => {
    const a = assess({
      activities: [
        them('2026-02-27T15:00:00Z', 'Quick q - does the Pro tier include API access?'),
        us(
          '2026-02-28T15:00:00Z',
          'Hi Hank, sharing our Q1 webinar line-up in case your team is interested.',
        ),
      ],
    });
    expect(outcome(a)).toBe('act_now answer_customer');
  });

  it('is calm once it is answered', () => {
    const a = assess({
      activities: [
        them('2026-02-27T15:00:00Z', 'Quick q - does the Pro tier include API access?'),
        us('2026-02-27T18:00:00Z', 'Yes - API access is included on Pro, with 10k calls a day.'),
      ],
    });
    expect(outcome(a)).toBe('no_action');
  });

  it('reads British spelling and a sign-off', () => {
    const a = assess({
      activities: [
        them(
          '2026-02-27T10:00:00Z',
          'Could you confirm whether the licence covers our subsidiaries?\n\nCheers,\nHank',
        ),
      ],
    });
    expect(outcome(a)).toBe('act_now answer_customer');
  });

  it('puts an old unanswered question ahead of the silence that followed it', () => {
    const a = assess({ activities: [them('2026-02-05T10:00:00Z', 'Can you send over a sample contract?')] });
    expect(outcome(a)).toBe('act_now answer_customer');
  });

  it('answers a busy deal that has a meeting booked but an open question', () => {
    const a = assess({
      activities: [
        aMeeting({
          occurredAt: '2026-02-25T10:00:00Z',
          startsAt: '2026-03-05T15:00:00Z',
          status: 'scheduled',
        }),
        them('2026-02-28T10:00:00Z', 'Before Thursday, can you tell us whether you support Snowflake?'),
      ],
    });
    expect(outcome(a)).toBe('act_now answer_customer');
  });

  it('takes a question about more seats as an expansion ask', () => {
    const a = assess({
      opportunity: { type: 'expansion', stage: 'Discovery' },
      activities: [
        them('2026-02-27T10:00:00Z', "We'd like to add another 30 users in April - what would that cost?"),
      ],
    });
    expect(['act_now answer_customer', 'act_now propose_expansion']).toContain(outcome(a));
  });
});

describe('deals quiet for a reason, and deals quiet for none', () => {
  it('re-engages a demo that went quiet after two follow-ups', () => {
    const a = assess({
      opportunity: { stage: 'Demo' },
      activities: [
        aMeeting({
          occurredAt: '2026-02-03T10:00:00Z',
          startsAt: '2026-02-05T16:00:00Z',
          status: 'completed',
          subject: 'Demo',
        }),
        us('2026-02-09T15:00:00Z', 'Great to meet the team last week. Would a short pilot make sense?'),
        us('2026-02-16T15:00:00Z', 'Checking in on the pilot idea - happy to adjust the scope.'),
      ],
    });
    expect(outcome(a)).toBe('act_now re_engage');
  });

  it('waits when the customer asked us to circle back in mid-March', () => {
    const a = assess({
      activities: [
        them(
          '2026-02-20T15:00:00Z',
          "We're heads-down on our ERP migration until mid-March - can you circle back then?",
        ),
      ],
    });
    expect(outcome(a)).toBe('monitor 2026-03-15');
  });

  it('resumes when the fortnight they asked for is up', () => {
    const a = assess({
      activities: [them('2026-02-05T15:00:00Z', 'Slammed this month. Circle back in a fortnight?')],
    });
    expect(outcome(a)).toBe('act_now resume_after_deferral 2026-02-19');
  });

  it('waits on a security review with a stated length', () => {
    const a = assess({
      activities: [
        them(
          '2026-02-27T15:00:00Z',
          'Our security review usually takes about 3 weeks; we kicked it off today.',
        ),
      ],
    });
    expect(outcome(a)).toBe('monitor 2026-03-20');
  });

  it('waits while legal reviews the DPA, then picks it back up', () => {
    const asked = them('2026-02-24T15:00:00Z', 'Legal needs two weeks to review the DPA.');
    expect(outcome(assess({ activities: [asked] }))).toBe('monitor 2026-03-10');
    expect(outcome(assess({ asOf: '2026-03-11T14:00:00Z', activities: [asked] }))).toBe(
      'act_now resume_after_deferral 2026-03-10',
    );
  });

  it('waits out an out-of-office reply', () => {
    const a = assess({
      activities: [
        us('2026-02-24T15:00:00Z', 'Hank, any thoughts on the proposal?'),
        them(
          '2026-02-24T15:01:00Z',
          "I'm on parental leave, returning April 6. For anything urgent please contact Jane.",
          {
            subject: 'Automatic reply: Proposal',
          },
        ),
      ],
    });
    expect(outcome(a)).toBe('monitor 2026-04-06');
  });

  it('waits for next quarter when the budget is frozen', () => {
    const a = assess({
      activities: [
        them('2026-02-10T15:00:00Z', "Budget is frozen this quarter, let's revisit next quarter."),
      ],
    });
    expect(outcome(a)).toBe('monitor 2026-04-01');
  });

  it('resumes on the day a late-night "tomorrow" meant', () => {
    // 23:30 on Sunday in New York: "tomorrow" is Monday 2 March, today.
    const a = assess({
      activities: [
        them('2026-03-01T23:30:00-05:00', 'Swamped tonight - reach out tomorrow and we can talk.'),
      ],
    });
    expect(outcome(a)).toBe('act_now resume_after_deferral 2026-03-02');
  });

  it('leaves a fresh deal alone', () => {
    const a = assess({
      opportunity: { stage: 'Prospecting', createdAt: '2026-02-25T15:00:00Z' },
      activities: [us('2026-02-25T16:00:00Z', 'Hi Hank, great to connect at the summit.')],
    });
    expect(outcome(a)).toBe('no_action');
  });
});

describe('their promises', () => {
  it('waits for the customer’s promise until it is due', () => {
    const a = assess({
      activities: [them('2026-03-01T15:00:00Z', "I'll get back to you with feedback by Friday.")],
    });
    expect(outcome(a)).toBe('monitor 2026-03-06');
  });

  it('chases the customer’s promise once it is late', () => {
    const a = assess({
      activities: [them('2026-02-19T15:00:00Z', "I'll get back to you with feedback by Friday.")],
    });
    expect(outcome(a)).toBe('act_now re_engage');
  });
});

describe('risk', () => {
  const competitors = competitorNames([aBattlecard('Contoso BI')]);

  it('says no', () => {
    expect(
      outcome(
        assess({
          activities: [them('2026-02-27T15:00:00Z', 'Unfortunately the committee went another direction.')],
        }),
      ),
    ).toBe('act_now review_loss');
  });

  it('brings up a competitor and a price gap', () => {
    const a = assess({
      competitors,
      activities: [them('2026-02-27T15:00:00Z', 'Contoso quoted us 30% less. Can you get closer to that?')],
    });
    expect(outcome(a)).toBe('act_now respond_to_risk');
  });

  it('doubts we can do the job', () => {
    const a = assess({
      activities: [
        them('2026-02-27T15:00:00Z', "Our team isn't convinced the dashboards can handle our data volume."),
      ],
    });
    expect(outcome(a)).toBe('act_now respond_to_risk');
  });

  it('keeps watch after we answered an objection and booked the follow-up', () => {
    const a = assess({
      activities: [
        them('2026-02-25T15:00:00Z', 'Honestly the price is more than we budgeted.', { threadId: 't-p' }),
        us('2026-02-25T18:00:00Z', 'Understood - let me walk you through a phased option next Thursday.', {
          threadId: 't-p',
        }),
        aMeeting({
          occurredAt: '2026-02-25T18:05:00Z',
          startsAt: '2026-03-05T15:00:00Z',
          status: 'scheduled',
        }),
      ],
    });
    expect(outcome(a)).toBe('monitor');
  });
});

describe('people, usage, renewals and the record', () => {
  it('multithreads when the champion’s mailbox is gone', () => {
    const a = assess({
      contacts: [
        aContact({ status: 'bounced' }),
        aContact({ id: 'c-jane', name: 'Jane Roe', email: 'jane@globex.com', role: 'economic_buyer' }),
      ],
      activities: [us('2026-02-25T15:00:00Z', 'Hank, any update?', { to: ['hank@globex.com'] })],
    });
    expect(outcome(a)).toBe('act_now multithread');
  });

  it('acts on a usage slide before a renewal', () => {
    const a = assess({
      opportunity: {
        type: 'renewal',
        stage: 'Discovery',
        contractEndDate: '2026-07-31',
        closeDate: '2026-07-31',
      },
      usage: aUsageSeries([200, 205, 198, 202, 170, 150, 140, 130]),
      activities: [them('2026-02-25T15:00:00Z', 'Thanks, talk soon.')],
    });
    expect(outcome(a)).toBe('act_now address_usage_drop');
  });

  it('starts a renewal nobody has started', () => {
    const a = assess({
      opportunity: {
        type: 'renewal',
        stage: 'Prospecting',
        contractEndDate: '2026-04-20',
        closeDate: '2026-04-20',
      },
      activities: [them('2025-12-10T15:00:00Z', 'Happy holidays!')],
    });
    expect(outcome(a)).toBe('act_now start_renewal');
  });

  it('proposes more seats when all of them are used', () => {
    const a = assess({
      opportunity: { type: 'expansion', stage: 'Discovery', licensedSeats: 100 },
      usage: aUsageSeries([96, 99, 100, 100], { metric: 'seats_used' }),
      activities: [them('2026-02-26T15:00:00Z', 'Thanks for the usage report.')],
    });
    expect(outcome(a)).toBe('act_now propose_expansion');
  });

  it('fixes a close date in the past on a live deal', () => {
    const a = assess({
      opportunity: { closeDate: '2026-02-20' },
      activities: [
        aMeeting({
          occurredAt: '2026-02-26T15:00:00Z',
          startsAt: '2026-03-04T15:00:00Z',
          status: 'scheduled',
        }),
      ],
    });
    expect(outcome(a)).toBe('act_now fix_crm');
  });

  it('fixes a stage behind a signed contract', () => {
    const a = assess({
      opportunity: { stage: 'Negotiation' },
      activities: [them('2026-02-27T15:00:00Z', 'Signed contract attached - excited to get started!')],
    });
    expect(outcome(a)).toBe('act_now fix_crm');
  });

  it('reschedules a no-show with nothing new booked', () => {
    const a = assess({
      activities: [
        aMeeting({ occurredAt: '2026-02-20T15:00:00Z', startsAt: '2026-02-26T15:00:00Z', status: 'no_show' }),
      ],
    });
    expect(outcome(a)).toBe('act_now reschedule');
  });

  it('is calm when a cancelled meeting was moved and confirmed', () => {
    const a = assess({
      activities: [
        aMeeting({
          occurredAt: '2026-02-20T15:00:00Z',
          startsAt: '2026-02-26T15:00:00Z',
          status: 'cancelled',
        }),
        them('2026-02-26T12:00:00Z', 'Sorry, something came up - can we do Thursday instead?'),
        us('2026-02-26T13:00:00Z', 'No problem, Thursday at 3pm works - invite sent.'),
        aMeeting({
          occurredAt: '2026-02-26T13:01:00Z',
          startsAt: '2026-03-05T20:00:00Z',
          status: 'scheduled',
        }),
      ],
    });
    expect(outcome(a)).toBe('no_action');
  });

  it('reads a note that the customer asked to pause until a date', () => {
    const a = assess({
      activities: [
        aNote({
          occurredAt: '2026-02-23T15:00:00Z',
          body: 'Hank asked us to hold off until after their board meeting on March 12.',
        }),
      ],
    });
    expect(outcome(a)).toBe('monitor 2026-03-13');
  });
});
