import { describe, expect, it } from 'vitest';
import { aContact, anEmail, anEmailFromUs } from '../../testing/factories.ts';
import { assess, outcome, signalsOf } from '../../testing/triage-helpers.ts';

const sol = aContact({ id: 'c-sol', name: 'Sol Roth', email: 'sol@globex.com', role: 'champion' });
const frank = aContact({
  id: 'c-frank',
  name: 'Frank Thorn',
  email: 'frank@globex.com',
  role: 'procurement',
});

describe('people who left, bounced or went quiet', () => {
  it('reads a postmaster bounce as the champion bouncing, and multithreads', () => {
    const a = assess({
      contacts: [sol, frank],
      activities: [
        anEmailFromUs({
          occurredAt: '2026-02-24T15:00:00Z',
          to: ['sol@globex.com'],
          subject: 'Proposal follow-up',
          body: 'Sol, any feedback on the proposal?',
        }),
        anEmail({
          occurredAt: '2026-02-24T15:01:00Z',
          from: 'postmaster@globex.com',
          subject: 'Undeliverable: Proposal follow-up',
          body: 'Delivery has failed to these recipients: sol@globex.com. The email account that you tried to reach does not exist.',
        }),
      ],
    });
    expect(signalsOf(a, 'stakeholder').find((s) => s.change === 'bounced')).toMatchObject({
      contactId: 'c-sol',
      key: true,
      replacedBy: [],
    });
    expect(outcome(a)).toBe('act_now multithread');
  });

  it('finds the bounced address from our last email when the notice does not name it', () => {
    const a = assess({
      contacts: [sol, frank],
      activities: [
        anEmailFromUs({
          occurredAt: '2026-02-24T15:00:00Z',
          to: ['sol@globex.com'],
          threadId: 't-b',
          body: 'Any news?',
        }),
        anEmail({
          occurredAt: '2026-02-24T15:02:00Z',
          from: 'MAILER-DAEMON@mx.globex.com',
          subject: 'Mail delivery failed',
          threadId: 't-b',
          body: 'User unknown.',
        }),
      ],
    });
    expect(signalsOf(a, 'stakeholder').some((s) => s.change === 'bounced' && s.contactId === 'c-sol')).toBe(
      true,
    );
  });

  it('reads a departure auto-reply, third person or first', () => {
    const a = assess({
      contacts: [sol, frank],
      activities: [
        anEmail({
          from: 'sol@globex.com',
          subject: 'No longer with Globex',
          body: 'Thank you for your email. Sol Roth is no longer with Globex. Please direct your inquiries to frank@globex.com.',
        }),
      ],
    });
    expect(signalsOf(a, 'stakeholder').find((s) => s.change === 'left_company')?.contactId).toBe('c-sol');
    expect(outcome(a)).toBe('act_now multithread');
  });

  it('does not multithread when someone else has picked the deal up since', () => {
    const a = assess({
      contacts: [{ ...sol, status: 'left_company' }, frank],
      activities: [
        anEmail({
          from: 'frank@globex.com',
          body: 'Hi Dana, I am taking over from Sol. Can we meet next week?',
        }),
      ],
    });
    expect(signalsOf(a, 'stakeholder').find((s) => s.change === 'left_company')?.replacedBy).toEqual([
      'frank@globex.com',
    ]);
    expect(a.actions).not.toContain('multithread');
  });

  it('reads "X has left the company" in a colleague’s email', () => {
    const a = assess({
      contacts: [sol, frank],
      activities: [
        anEmail({
          from: 'frank@globex.com',
          body: 'Sol has left the company; I will be your contact from now on.',
        }),
      ],
    });
    expect(signalsOf(a, 'stakeholder').find((s) => s.change === 'left_company')?.contactId).toBe('c-sol');
  });

  it('reads the champion announcing their own departure, and multithreads before they go', () => {
    for (const body of [
      'I wanted you to hear it from me: I have accepted a role elsewhere and my last day here is 20 March.',
      "Some news - I'm leaving the company at the end of the month. It has been a pleasure.",
    ]) {
      const a = assess({
        contacts: [sol, frank],
        activities: [anEmail({ from: 'sol@globex.com', occurredAt: '2026-02-27T11:00:00Z', body })],
      });
      expect(
        signalsOf(a, 'stakeholder').find((s) => s.change === 'left_company'),
        body,
      ).toMatchObject({
        contactId: 'c-sol',
        key: true,
      });
      expect(outcome(a), body).toBe('act_now multithread');
    }
  });

  it('does not read a customer leaving for a trip or the office as leaving the company', () => {
    for (const body of [
      "I'm leaving for the airport now; let's speak on Thursday.",
      "I'm leaving on Friday for two weeks in Portugal, back on the 16th.",
    ]) {
      const a = assess({ contacts: [sol, frank], activities: [anEmail({ from: 'sol@globex.com', body })] });
      expect(
        signalsOf(a, 'stakeholder').filter((s) => s.change === 'left_company'),
        body,
      ).toEqual([]);
    }
  });
});
