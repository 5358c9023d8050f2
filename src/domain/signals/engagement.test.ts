import { describe, expect, it } from 'vitest';
import { aCall, anEmail, anEmailFromUs, daysBefore } from '../../testing/factories.ts';
import { assess, outcome, signalsOf } from '../../testing/triage-helpers.ts';

const lastReply = anEmail({
  occurredAt: daysBefore(40),
  body: 'Send over the pricing sheet and I will take a look.',
});

describe('when the customer last engaged', () => {
  it.each([
    'Rang the main line, reception took a message.',
    'Tried Hank twice, could not get hold of him.',
    'Phone rang out.',
    'Hank was unavailable; his PA will pass it on.',
  ])('does not count a logged call that reached nobody as the customer engaging: %s', (body) => {
    const a = assess({
      activities: [
        lastReply,
        anEmailFromUs({ occurredAt: daysBefore(39), body: 'Pricing sheet attached.' }),
        aCall({ occurredAt: daysBefore(3), body }),
      ],
    });
    const engagement = signalsOf(a, 'engagement')[0];
    expect(engagement?.lastCustomerAt).toBe(new Date(lastReply.occurredAt).toISOString());
    expect(engagement?.quiet).toBe(true);
    expect(outcome(a)).toMatch(/^act_now/);
  });

  it('still counts a call in which we spoke with them', () => {
    const call = aCall({
      occurredAt: daysBefore(3),
      body: 'Spoke with Hank; the team is reviewing pricing.',
    });
    const a = assess({ activities: [lastReply, call] });
    expect(signalsOf(a, 'engagement')[0]?.lastCustomerAt).toBe(new Date(call.occurredAt).toISOString());
  });
});
