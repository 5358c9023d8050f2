import { describe, expect, it } from 'vitest';
import { aCall, aMeeting, anEmail, anEmailFromUs, daysAfter } from '../../testing/factories.ts';
import { assess, signalsOf } from '../../testing/triage-helpers.ts';

const asks = (parts: Parameters<typeof assess>[0]) => signalsOf(assess(parts), 'customer_request');
const question = (over: Parameters<typeof anEmail>[0] = {}) =>
  anEmail({
    occurredAt: '2026-02-25T15:45:00Z',
    subject: 'Security',
    threadId: 't-sec',
    body: 'Thanks Dana. Does the Enterprise plan include SSO with Okta, and can our data be hosted in the EU?\n\nAlice',
    ...over,
  });

describe('customer questions and requests', () => {
  it('finds an unanswered question', () => {
    const [q] = asks({ activities: [question()] });
    expect(q).toMatchObject({ state: 'open', topic: 'question', askedBy: 'hank@globex.com' });
  });

  it('counts a reply that answers it', () => {
    const reply = anEmailFromUs({
      occurredAt: '2026-02-26T10:00:00Z',
      threadId: 't-sec',
      body: 'Hi Alice, yes: Enterprise includes SAML SSO with Okta, and we host EU customers in Frankfurt.',
    });
    expect(asks({ activities: [question(), reply] })[0]).toMatchObject({
      state: 'addressed',
      addressedBy: reply.id,
    });
  });

  it('does not count a later email that ignores the question', () => {
    const nudge = anEmailFromUs({
      occurredAt: '2026-02-27T10:00:00Z',
      threadId: 't-sec',
      body: 'Hi Alice, just checking in: did you get a chance to look at the proposal?',
    });
    expect(asks({ activities: [question(), nudge] })[0]?.state).toBe('open');
  });

  it('counts a promise to come back with the answer as dealing with it', () => {
    const reply = anEmailFromUs({
      occurredAt: '2026-02-26T10:00:00Z',
      threadId: 't-sec',
      body: "Good question - I'll confirm EU hosting with our security team by Friday.",
    });
    expect(asks({ activities: [question(), reply] })[0]).toMatchObject({
      state: 'addressed',
      addressedHow: 'promise',
    });
  });

  it('counts a call with the customer after the question', () => {
    expect(
      asks({
        activities: [
          question(),
          aCall({ occurredAt: '2026-02-27T16:00:00Z', body: 'Walked Alice through SSO and hosting.' }),
        ],
      })[0]?.state,
    ).toBe('addressed');
  });

  it('reads polite imperatives and indirect asks as requests', () => {
    const texts = [
      'Please send over the SOC 2 report when you can.',
      "We'd like to see a three-year option before we go further.",
      'Finance wants to see the numbers broken down by region.',
      'Could you draw up an order form for 40 seats.',
      'I was wondering if you could share a customer reference in retail.',
      "If it's not too much trouble, the SOC 2 report would be handy.",
      'A reference call in healthcare would go a long way with our board.',
      'Thanks for the demo.\n- Is there an on-premise option',
    ];
    for (const body of texts) expect(asks({ activities: [anEmail({ body })] }), body).toHaveLength(1);
  });

  it('ignores pleasantries and offers of help', () => {
    const texts = [
      'How was your weekend?',
      'Let me know if you need anything else from our side.',
      'Hope you had a good break, right?',
      'Please find the signed NDA attached.',
    ];
    for (const body of texts) expect(asks({ activities: [anEmail({ body })] }), body).toEqual([]);
  });

  it('does not read questions in quoted text', () => {
    const body =
      'Sounds good.\n\nOn Mon, Feb 23, 2026, Dana Ortiz <dana@northwind.io> wrote:\n> Would Tuesday work for you?';
    expect(asks({ activities: [anEmail({ body })] })).toEqual([]);
  });

  it('settles a question about meeting logistics once a meeting is on the calendar', () => {
    const ask = anEmail({ body: 'Please send the dial-in to my assistant as well.' });
    const meeting = aMeeting({
      occurredAt: '2026-02-27T10:00:00Z',
      startsAt: daysAfter(3),
      status: 'scheduled',
    });
    expect(asks({ activities: [ask, meeting] })[0]?.state).toBe('addressed');
  });

  it('takes an answer to one question of a message as an answer to its others', () => {
    const ask = anEmail({
      occurredAt: '2026-02-25T10:00:00Z',
      threadId: 't-d',
      body: 'What happens to our data if we cancel? How long do you keep it?',
    });
    const reply = anEmailFromUs({
      occurredAt: '2026-02-25T12:00:00Z',
      threadId: 't-d',
      body: 'You can export all of your data for 30 days after the contract ends.',
    });
    expect(asks({ activities: [ask, reply] }).map((q) => q.state)).toEqual(['addressed', 'addressed']);
  });
});
