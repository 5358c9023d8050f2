import { describe, expect, it } from 'vitest';
import {
  aContact,
  aMeeting,
  anEmail,
  anEmailFromUs,
  daysAfter,
  daysBefore,
} from '../../testing/factories.ts';
import { assess, outcome, signalsOf } from '../../testing/triage-helpers.ts';

describe('meetings', () => {
  it('sees a booked meeting as the next step on a quiet deal', () => {
    const a = assess({
      activities: [
        anEmail({ occurredAt: daysBefore(30), body: 'Thanks for the demo.' }),
        aMeeting({
          occurredAt: daysBefore(29),
          startsAt: daysAfter(2),
          status: 'scheduled',
          subject: 'Pricing review',
        }),
      ],
    });
    expect(signalsOf(a, 'meeting')[0]?.status).toBe('booked');
    expect(outcome(a)).toBe('no_action');
  });

  it('asks to reschedule a missed meeting with nothing new booked', () => {
    const a = assess({
      activities: [aMeeting({ occurredAt: daysBefore(10), startsAt: daysBefore(3), status: 'no_show' })],
    });
    expect(outcome(a)).toBe('act_now reschedule');
  });

  it('sees a cancelled meeting that was rebooked as fine', () => {
    const a = assess({
      activities: [
        aMeeting({ occurredAt: daysBefore(10), startsAt: daysBefore(3), status: 'cancelled' }),
        aMeeting({ occurredAt: daysBefore(2), startsAt: daysAfter(4), status: 'scheduled' }),
      ],
    });
    expect(signalsOf(a, 'meeting')[0]?.rebookedBy).toBeDefined();
    expect(a.actions).not.toContain('reschedule');
  });

  it('counts a time agreed in mail as a booking', () => {
    const a = assess({
      activities: [
        anEmail({
          occurredAt: '2026-02-26T16:00:00Z',
          body: 'Wednesday at 2pm works for the pricing review.',
        }),
      ],
    });
    expect(signalsOf(a, 'meeting')[0]).toMatchObject({ status: 'booked' });
  });

  it('keeps watch on a booked meeting when our last emails went unanswered', () => {
    const a = assess({
      activities: [
        anEmail({ occurredAt: daysBefore(20), body: 'Sounds good.' }),
        aMeeting({ occurredAt: daysBefore(19), startsAt: daysAfter(6), status: 'scheduled' }),
        anEmailFromUs({
          occurredAt: daysBefore(9),
          body: 'Ahead of our call, could you share your current report pack?',
        }),
        anEmailFromUs({
          occurredAt: daysBefore(4),
          body: 'Bumping this: the report pack would help us prepare.',
        }),
      ],
    });
    expect(outcome(a)).toBe('monitor');
  });

  const review = () =>
    aMeeting({
      occurredAt: daysBefore(10),
      startsAt: daysAfter(2),
      status: 'scheduled',
      subject: 'Pricing review',
    });
  const notice = (from: string) =>
    anEmail({
      occurredAt: daysBefore(1),
      from,
      subject: 'Declined: Pricing review @ Wed 4 Mar 2026 15:00 - 16:00 (GMT)',
      body: 'This person has declined this invitation.\n\nPricing review\n\nInvitation from Google Calendar',
    });

  it('reads a calendar decline from the person the meeting needs as a cancellation, and reschedules', () => {
    const a = assess({ activities: [review(), notice('hank@globex.com')] });
    expect(signalsOf(a, 'meeting')[0]?.status).toBe('cancelled');
    expect(outcome(a)).toBe('act_now reschedule');
  });

  it('keeps the meeting booked when only a peripheral attendee declines', () => {
    const a = assess({
      contacts: [
        aContact(),
        aContact({ id: 'c-ida', name: 'Ida Lam', email: 'ida@globex.com', role: 'influencer' }),
      ],
      activities: [review(), notice('ida@globex.com')],
    });
    expect(signalsOf(a, 'meeting')[0]?.status).toBe('booked');
  });
});
