import { describe, expect, it } from 'vitest';
import { anEmail, aWorld, check } from '../guard-test-factories.ts';

// A demo booked for Thursday 5 March at 15:00 UTC: 16:00 for the attendee in Germany, 10:00 in New York.
const world = aWorld({
  extraActivities: [
    anEmail({
      id: 'demo',
      type: 'meeting',
      direction: undefined,
      occurredAt: '2026-02-27T10:00:00Z',
      startsAt: '2026-03-05T15:00:00Z',
      status: 'scheduled',
      subject: 'Globex demo (45 min)',
      to: ['hank@globex.com', 'greta@globex.de'],
      body: 'Video call.',
    }),
  ],
});
const timeBlocks = (body: string) =>
  check(body, { world }).findings.filter((f) => f.severity === 'block' && f.check === 'meeting_time');

describe('clock times given a booked meeting', () => {
  it.each([
    'Looking forward to Thursday, 5 March, 16:00 to 16:45, with Greta joining from Munich.',
    'The demo is on 5 March at 15:00 UTC.',
    'Our demo on Thursday starts at 10am Eastern.',
    'See you Thursday, 5 March, 10:00 to noon Eastern.',
    'Confirming Thursday, 5 March, at 16:00 your time.',
  ])('passes the start where a reader is: %s', (body) => {
    expect(timeBlocks(body)).toEqual([]);
  });

  it.each([
    'Looking forward to Thursday, 5 March, 14:00 to 14:45, with Greta joining from Munich.',
    'Our demo on Thursday starts at 11am Eastern.',
    'See you Thursday, 5 March, 11:00 to noon Eastern.',
    // "Your time" is where the attendees are: Germany (.de), 16:00.
    'Confirming Thursday, 5 March, at 17:00 your time.',
  ])('blocks a start the booking does not give: %s', (body) => {
    expect(timeBlocks(body)).not.toEqual([]);
  });

  it.each([
    'Could we move Thursday’s demo to 14:00?',
    'If Thursday at 9:00 suits you better, tell me and I will rebook.',
    'See you Thursday, 5 March, at 5:00 Hawaii-Aleutian time.',
  ])('leaves a proposed time, or one in a zone it cannot read, alone: %s', (body) => {
    expect(timeBlocks(body)).toEqual([]);
  });
});

describe('a booking that says its own zone', () => {
  // 21:00 UTC is 2 p.m. in Calgary; the attendees' .ca addresses give no zone, the booking's words do.
  const booked = aWorld({
    extraActivities: [
      anEmail({
        id: 'review',
        type: 'meeting',
        direction: undefined,
        occurredAt: '2026-02-27T10:00:00Z',
        startsAt: '2026-03-05T21:00:00Z',
        status: 'scheduled',
        subject: 'Renewal review, Calgary office',
        to: ['hank@globex.ca'],
        body: 'Thursday 5 March, 2:00 to 3:00 p.m. Mountain Time (Calgary), at the Globex office.',
      }),
    ],
  });
  const blocks = (body: string) =>
    check(body, { world: booked }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'meeting_time',
    );

  it('reads a start said in the booking’s zone', () => {
    expect(blocks('Confirming Thursday, 5 March from 2:00 to 3:00 p.m. at your office.')).toEqual([]);
    expect(blocks('Confirming Thursday, 5 March from 3:00 to 4:00 p.m. at your office.')).not.toEqual([]);
  });
});

describe('the length of the meeting a passage names by its day', () => {
  const meeting = (id: string, startsAt: string, minutes: number) =>
    anEmail({
      id,
      type: 'meeting',
      direction: undefined,
      occurredAt: '2026-02-27T10:00:00Z',
      startsAt,
      status: 'scheduled',
      subject: `Globex session (${minutes} min)`,
      to: ['hank@globex.com'],
      body: 'Video call.',
    });
  const two = aWorld({
    extraActivities: [
      meeting('intro', '2026-03-03T15:00:00Z', 30),
      meeting('workshop', '2026-03-05T15:00:00Z', 45),
    ],
  });
  const lengthBlocks = (body: string) =>
    check(body, { world: two }).findings.filter((f) => f.check === 'meeting_length').length;

  it("holds the length said to that meeting's, not any meeting's", () => {
    expect(
      lengthBlocks('Looking forward to the workshop on Thursday, March 5. It is a 45-minute session.'),
    ).toBe(0);
    expect(
      lengthBlocks('Looking forward to the workshop on Thursday, March 5. It is a 30-minute session.'),
    ).toBe(1);
  });
});
