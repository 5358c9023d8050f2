import { describe, expect, it } from 'vitest';
import { aMeeting, aNote, anEmail, aTask, aUsageSeries, aUser, daysAfter } from '../../testing/factories.ts';
import { assess } from '../../testing/triage-helpers.ts';
import { DealAssessment } from './assessment-schema.ts';

describe('odd but valid data', () => {
  const cases: Array<[string, Parameters<typeof assess>[0]]> = [
    ['no activities at all', {}],
    [
      'an email with no body, sender or recipients',
      { activities: [anEmail({ body: undefined, from: undefined, to: undefined, direction: undefined })] },
    ],
    ['a body that is only quoted text', { activities: [anEmail({ body: '> old\n> older\n>' })] }],
    [
      'a meeting with no start or status',
      { activities: [aMeeting({ startsAt: undefined, status: undefined })] },
    ],
    [
      'a deal owner with a made-up time zone',
      {
        owner: aUser({ timezone: 'Mars/Olympus_Mons' }),
        activities: [anEmail({ body: "I'll send it tomorrow." })],
      },
    ],
    ['no owner at all', { owner: null, activities: [anEmail({ body: 'Can you send pricing?' })] }],
    [
      'an activity logged after now',
      { activities: [anEmail({ occurredAt: daysAfter(3), body: 'We went with another vendor.' })] },
    ],
    ['usage of zeros', { usage: aUsageSeries([0, 0, 0, 0, 0, 0, 0, 0]) }],
    [
      'notes and tasks only',
      { activities: [aNote({ body: 'Left a voicemail.' }), aTask({ status: 'done' })] },
    ],
    [
      'a very long email',
      {
        activities: [
          anEmail({ body: `${'We are still evaluating options. '.repeat(800)}Can you send the SOW?` }),
        ],
      },
    ],
    [
      'unicode and odd punctuation',
      {
        activities: [
          anEmail({ body: 'İstanbul team says “sounds good” — I’ll send the deck by Friday… 🙂' }),
        ],
      },
    ],
  ];

  it.each(cases)('assesses %s without failing', (_name, parts) => {
    const a = assess(parts);
    expect(() => DealAssessment.parse(a)).not.toThrow();
    expect(a.observations.some((o) => o.kind === 'evidence')).toBe(true);
  });

  it('does not see an activity logged after now, and knows when it will', () => {
    const a = assess({
      activities: [anEmail({ occurredAt: daysAfter(3), body: 'We went with another vendor.' })],
    });
    expect(a.actions).not.toContain('review_loss');
    expect(Date.parse(a.reviewAt!)).toBeLessThanOrEqual(Date.parse(daysAfter(3)));
  });
});
