import { describe, expect, it } from 'vitest';
import { aMeeting, aNote, anEmail, anEmailFromUs, daysBefore } from '../../testing/factories.ts';
import { assess, signalsOf } from '../../testing/triage-helpers.ts';

const ours = (activities: Parameters<typeof assess>[0]) => signalsOf(assess(activities), 'commitment');

describe('commitments', () => {
  it('finds our promise and its due date', () => {
    const [c] = ours({
      activities: [
        anEmailFromUs({
          occurredAt: '2026-02-17T13:02:00Z',
          body: "Absolutely. I'll send the revised proposal with three-year pricing by Friday.\n\nBest,\nDana",
        }),
      ],
    });
    expect(c).toMatchObject({ party: 'us', dueOn: '2026-02-20', state: 'open', dueText: 'friday' });
    expect(c!.what).toContain('revised proposal');
    expect(c!.span?.text).toContain("I'll send the revised proposal");
  });

  it('finds the promise in a verb joined to "let me …", and in casual verbs', () => {
    const [revert] = ours({
      activities: [
        anEmailFromUs({
          occurredAt: '2026-02-16T10:00:00Z',
          body: 'Good question. Let me run this past our commercial team and revert by Thursday.',
        }),
      ],
    });
    expect(revert).toMatchObject({ party: 'us', dueOn: '2026-02-19' });
    const [dig] = ours({
      activities: [
        anEmailFromUs({
          occurredAt: '2026-02-16T10:00:00Z',
          body: 'Will dig out a couple of customer stories for you tomorrow.',
        }),
      ],
    });
    expect(dig).toMatchObject({ party: 'us', dueOn: '2026-02-17' });
  });

  it('counts a promise kept when a later email of ours delivers it', () => {
    const [c] = ours({
      activities: [
        anEmailFromUs({
          occurredAt: '2026-02-17T13:02:00Z',
          body: "I'll send the revised proposal by Friday.",
        }),
        anEmailFromUs({
          occurredAt: '2026-02-19T15:00:00Z',
          body: 'Hi Hank, here is the revised proposal with the three-year option.',
        }),
      ],
    });
    expect(c?.state).toBe('kept');
  });

  it('does not count a later check-in that carries nothing as delivery', () => {
    const [c] = ours({
      activities: [
        anEmailFromUs({
          occurredAt: '2026-02-17T13:02:00Z',
          body: "I'll send the revised proposal by Friday.",
        }),
        anEmailFromUs({
          occurredAt: '2026-02-23T15:00:00Z',
          body: 'Hi Hank, just checking in. Any thoughts so far?',
        }),
      ],
    });
    expect(c?.state).toBe('open');
  });

  it("tells the customer's promise from ours", () => {
    const promises = ours({
      activities: [
        anEmail({
          occurredAt: '2026-02-13T15:00:00Z',
          body: "I'll send the signed order form back by the 27th.",
        }),
        anEmailFromUs({
          occurredAt: '2026-02-13T16:00:00Z',
          body: "Thanks. I'll send our security questionnaire answers by Tuesday.",
        }),
      ],
    });
    expect(promises.map((p) => [p.party, p.dueOn])).toEqual([
      ['them', '2026-02-27'],
      ['us', '2026-02-17'],
    ]);
  });

  it('reads "tomorrow" in the writer\'s day: late Thursday in New York is Friday', () => {
    // 03:30 UTC on Friday is 22:30 on Thursday in New York, where the rep is.
    const [c] = ours({
      activities: [
        anEmailFromUs({ occurredAt: '2026-02-20T03:30:00Z', body: "I'll send the order form tomorrow." }),
      ],
    });
    expect(c?.dueOn).toBe('2026-02-20');
  });

  it("reads an offset written in the timestamp over the owner's zone", () => {
    const [c] = ours({
      activities: [
        anEmailFromUs({
          occurredAt: '2026-02-19T23:30:00+01:00',
          body: "I'll send the order form tomorrow.",
        }),
      ],
    });
    expect(c?.dueOn).toBe('2026-02-20');
  });

  it('counts "end of next week" across a month end', () => {
    const [c] = ours({
      activities: [
        anEmailFromUs({
          occurredAt: '2026-01-29T15:00:00Z',
          body: 'You will have the SOW by the end of next week.',
        }),
      ],
    });
    expect(c?.dueOn).toBe('2026-02-06');
  });

  it('gives an undated promise a few working days', () => {
    const [c] = ours({
      activities: [
        anEmailFromUs({
          occurredAt: '2026-02-20T15:00:00Z',
          body: "Good question - I'll check with product and get back to you.",
        }),
      ],
    });
    expect(c?.dueOn).toBe('2026-02-25');
    expect(c?.dueText).toBeUndefined();
  });

  it('ignores an offer that is not a promise', () => {
    expect(
      ours({
        activities: [anEmailFromUs({ body: 'Happy to send over a case study if that would be useful.' })],
      }),
    ).toEqual([]);
  });

  it('treats a promise that only appears in quoted text as old, dated by the quote header', () => {
    const reply = anEmail({
      occurredAt: '2026-03-05T09:35:00+01:00',
      body: [
        'Perfect, thank you!',
        '',
        'On Wed, Mar 4, 2026 at 5:33 PM Dana Ortiz <dana@northwind.io> wrote:',
        '> Hi Hank,',
        '> I will get you the SOC 2 report by EOD tomorrow.',
        '> Dana',
      ].join('\n'),
    });
    const [c] = ours({ asOf: '2026-03-09T14:00:00Z', activities: [reply] });
    expect(c).toMatchObject({
      party: 'us',
      dueOn: '2026-03-05',
      state: 'open',
      madeAt: expect.stringContaining('2026-03-04'),
    });
    expect(c!.span?.text).toBe('I will get you the SOC 2 report by EOD tomorrow.');
    expect(reply.body!.slice(c!.span!.start, c!.span!.end)).toBe(c!.span!.text);
  });

  it('does not read a quoted promise again when the original is on record', () => {
    const original = anEmailFromUs({
      occurredAt: '2026-03-04T16:33:00Z',
      body: 'I will get you the SOC 2 report by EOD tomorrow.',
    });
    const reply = anEmail({
      occurredAt: '2026-03-05T09:35:00Z',
      body: 'Thanks!\n\nOn Wed, Mar 4, 2026, Dana Ortiz <dana@northwind.io> wrote:\n> I will get you the SOC 2 report by EOD tomorrow.',
    });
    expect(ours({ asOf: '2026-03-09T14:00:00Z', activities: [original, reply] })).toHaveLength(1);
  });

  it('ignores a promise quoted from the customer, and quoted text in our own reply', () => {
    const reply = anEmailFromUs({
      occurredAt: '2026-03-05T09:35:00Z',
      body: 'Sounds good.\n\nOn Wed, Mar 4, 2026, Hank Moss <hank@globex.com> wrote:\n> We will send the signed order form by Friday.',
    });
    expect(
      ours({ asOf: '2026-03-09T14:00:00Z', activities: [reply] }).filter((c) => c.party === 'us'),
    ).toEqual([]);
  });

  it('lets a later promise about the same thing replace the earlier one', () => {
    const promises = ours({
      activities: [
        anEmailFromUs({ occurredAt: daysBefore(10), body: "I'll send the revised proposal by Friday." }),
        anEmailFromUs({
          occurredAt: daysBefore(6),
          body: 'Sorry for the delay - the revised proposal will be in your inbox by Wednesday.',
        }),
      ],
    });
    expect(promises.map((p) => p.state)).toEqual(['replaced', 'open']);
  });

  it('counts an invite promised as sent when the meeting lands on the calendar', () => {
    const [c] = ours({
      activities: [
        anEmailFromUs({
          occurredAt: '2026-02-27T14:20:00Z',
          body: 'Thursday, March 26 at 10:30 it is; invite is on its way.',
        }),
        aMeeting({
          occurredAt: '2026-02-27T14:20:00Z',
          startsAt: '2026-03-26T14:30:00Z',
          status: 'scheduled',
        }),
      ],
    });
    expect(c?.state).toBe('kept');
  });

  it('reads action items in our meeting notes: ours by default, theirs when the name is one of their people', () => {
    const found = ours({
      activities: [
        aNote({
          occurredAt: '2026-02-23T16:30:00Z',
          body: 'Meeting notes - demo (23 Feb)\nActions:\n- Dana to send the migration plan by Friday 27 Feb.\n- Hank to confirm the board date by 6 March.\n- The team to review the pricing page.',
        }),
      ],
    });
    expect(found.map((c) => [c.party, c.dueOn])).toEqual([
      ['us', '2026-02-27'],
      ['them', '2026-03-06'],
    ]);
    expect(found[0]?.state).toBe('open');
  });

  it('does not read a customer email line starting with a name as our action item', () => {
    const found = ours({
      activities: [anEmail({ body: 'Dana to send the plan by Friday would be ideal.' })],
    });
    expect(found.filter((c) => c.party === 'us')).toEqual([]);
  });
});
