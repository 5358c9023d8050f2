import { describe, expect, it } from 'vitest';
import { aBattlecard, aCall, aNote, anEmail, anEmailFromUs } from '../../testing/factories.ts';
import { assess, outcome, signalsOf } from '../../testing/triage-helpers.ts';
import { competitorNames } from '../triage/competitors.ts';

const competitors = competitorNames([aBattlecard('Contoso BI'), aBattlecard('Fabrikam Insights')]);
const risks = (...activities: Parameters<typeof anEmail>[0][]) =>
  signalsOf(assess({ competitors, activities: activities.map((a) => anEmail(a)) }), 'risk');

describe('risk in the customer’s words', () => {
  it('takes competitor names from battlecards, with the short form people write', () => {
    expect(competitors).toEqual(['Fabrikam Insights', 'Contoso BI', 'Fabrikam', 'Contoso']);
  });

  it('reads a loss, including choosing a named competitor', () => {
    expect(risks({ body: 'After review we have decided to go with another vendor.' })[0]?.type).toBe('loss');
    expect(risks({ body: "I'm afraid leadership chose Contoso, mainly on price." })[0]).toMatchObject({
      type: 'loss',
      competitor: 'Contoso',
    });
    expect(risks({ body: "We've decided to build this in-house." })[0]?.type).toBe('loss');
    expect(risks({ body: 'We will not be moving forward with the purchase.' })[0]?.type).toBe('loss');
    expect(risks({ body: 'Bad news - the board decided not to fund this project this year.' })[0]?.type).toBe(
      'loss',
    );
    expect(risks({ body: 'Not interested at this time, maybe next year.' })[0]?.type).toBe('loss');
    expect(risks({ body: 'Just a heads up that we went with Tableau for this.' })[0]).toMatchObject({
      type: 'loss',
      competitor: 'Tableau',
    });
    expect(risks({ body: 'We went with the Enterprise plan in the end.' })).toEqual([]);
  });

  it('reads a named competitor, price objections and doubts', () => {
    expect(risks({ body: 'Our IT team is pushing for Fabrikam Insights.' })[0]).toMatchObject({
      type: 'competitor',
      competitor: 'Fabrikam Insights',
    });
    expect(risks({ body: 'Honestly the price is too high for us this year.' })[0]?.type).toBe('pricing');
    expect(risks({ body: 'We love the product but the numbers do not work for us.' })[0]?.type).toBe(
      'pricing',
    );
    expect(
      risks({ body: 'There is some concern internally about how long implementation will take.' })[0]?.type,
    ).toBe('doubt');
  });

  it('reads a no, a price target, a rival and a doubt put in everyday words', () => {
    expect(risks({ body: 'Sadly we have taken the hard decision not to proceed this year.' })[0]?.type).toBe(
      'loss',
    );
    expect(risks({ body: "We have concluded that this isn't the right time for us." })[0]?.type).toBe('loss');
    expect(
      risks({ body: 'The committee voted to renew our contract with Sage for three more years.' })[0],
    ).toMatchObject({ type: 'loss', competitor: 'Sage' });
    expect(risks({ body: 'To get this approved we would need it nearer $15k.' })[0]?.type).toBe('pricing');
    expect(risks({ body: "That's a long way north of what we had set aside." })[0]?.type).toBe('pricing');
    expect(
      risks({ body: "We've also seen a pitch from a firm that does much the same for a lot less." })[0]?.type,
    ).toBe('competitor');
    expect(risks({ body: 'It will be tough to get this through our finance committee.' })[0]?.type).toBe(
      'doubt',
    );
  });

  it('ignores negated and hypothetical risk words', () => {
    expect(risks({ body: "We're not looking at other vendors." })).toEqual([]);
    expect(risks({ body: 'Price is not a concern for us.' })).toEqual([]);
    expect(risks({ body: 'We are frustrated with our current spreadsheets.' })).toEqual([]);
  });

  it('ignores competitors named in our own mail', () => {
    const mine = assess({
      competitors,
      activities: [anEmailFromUs({ body: 'Unlike Contoso, we include SSO on every plan.' })],
    });
    expect(signalsOf(mine, 'risk')).toEqual([]);
  });

  it('reads an objection recorded in our call notes', () => {
    const note = aNote({
      type: 'call',
      body: 'Call: they say we are ~30% over budget. Asked what we can do on price.',
    });
    expect(signalsOf(assess({ activities: [note] }), 'risk')[0]?.type).toBe('pricing');
  });

  it('counts an answer that takes the concern on board', () => {
    const a = assess({
      competitors,
      activities: [
        anEmail({
          occurredAt: '2026-02-25T10:00:00Z',
          threadId: 't-c',
          body: 'Our IT team is pushing for Fabrikam Insights. Why should we pick you instead?',
        }),
        anEmailFromUs({
          occurredAt: '2026-02-25T15:00:00Z',
          threadId: 't-c',
          body: 'Totally fair concern. Happy to walk through how we compare on Monday.',
        }),
      ],
    });
    expect(signalsOf(a, 'risk')[0]?.state).toBe('addressed');
    expect(outcome(a)).toBe('monitor');
  });

  it('reads a pause with no date as a likely loss, and a pause with a date as a wait', () => {
    expect(
      outcome(
        assess({
          activities: [
            anEmail({ body: 'Priorities shifted, so we are pausing this initiative indefinitely.' }),
          ],
        }),
      ),
    ).toBe('act_now review_loss');
    const dated = assess({
      asOf: '2026-03-16T14:00:00Z',
      activities: [
        anEmail({
          occurredAt: '2026-03-10T10:00:00Z',
          body: 'Priorities shifted, so this is paused for now. Check in with me at the end of the month.',
        }),
      ],
    });
    expect(outcome(dated)).toBe('monitor 2026-03-31');
  });

  it('drops a no when the customer comes back with something to do', () => {
    const back = risks(
      { occurredAt: '2026-02-20T10:00:00Z', body: 'We have decided not to move forward.' },
      { occurredAt: '2026-02-27T10:00:00Z', body: 'Change of plans: can we get the contract after all?' },
    );
    expect(back[0]?.state).toBe('withdrawn');
  });

  it('raises nothing for a risk named only to be played down', () => {
    expect(risks({ body: 'Competitor risk is low - nobody else is in the frame.' })).toEqual([]);
    expect(risks({ body: 'Honestly the price is not an issue for us.' })).toEqual([]);
    expect(risks({ body: 'Other vendors seem unlikely to get a look in.' })).toEqual([]);
    expect(risks({ body: 'Competitors are pitching hard and the risk is real.' })[0]?.type).toBe(
      'competitor',
    );
    const inNote = signalsOf(
      assess({
        activities: [aNote({ body: 'Internal: competitor risk is low - no one else shortlisted.' })],
      }),
      'risk',
    );
    expect(inNote).toEqual([]);
  });

  it('reads a loss reported in our call log, in the third person', () => {
    for (const body of [
      'Spoke to Hank. They have decided to stay with their current provider for another year.',
      'Call with Hank: they are going with their existing supplier after all.',
    ]) {
      const a = assess({ activities: [aCall({ body })] });
      expect(signalsOf(a, 'risk')[0]?.type, body).toBe('loss');
      expect(outcome(a), body).toBe('act_now review_loss');
    }
  });

  it('reads a question after a cheaper option as a buying question, not a price objection', () => {
    expect(
      risks({ body: 'Would the contractors need full licences, or is there a cheaper read-only seat?' }),
    ).toEqual([]);
    expect(risks({ body: 'Do you have a cheaper plan for small teams?' })).toEqual([]);
    expect(risks({ body: 'Honestly Contoso is cheaper.' })[0]?.type).toBe('competitor');
    expect(risks({ body: 'We need something cheaper than this.' }).map((r) => r.type)).toContain('pricing');
  });
});
