import { describe, expect, it } from 'vitest';
import { anEmail } from '../../testing/factories.ts';
import { sellerDomains } from './parties.ts';
import { readActivity } from './read-activity.ts';

const options = {
  ours: sellerDomains({ name: 'Northwind', domains: ['northwind.io'] }),
  fallbackZone: { kind: 'offset', minutes: 0 } as const,
};
const read = (over: Parameters<typeof anEmail>[0]) => readActivity(anEmail(over), options);

describe('mail no person wrote', () => {
  it('recognises a postmaster bounce and the address that failed', () => {
    const r = read({
      from: 'postmaster@soylent.com',
      subject: 'Undeliverable: Proposal follow-up',
      body: 'Delivery has failed to these recipients: sol@soylent.com. The email account that you tried to reach does not exist.',
    });
    expect(r.automated).toMatchObject({ kind: 'bounce', failedRecipients: ['sol@soylent.com'] });
    expect(r.sentences).toEqual([]);
  });

  it('recognises a mailer-daemon "address not found" notice', () => {
    const r = read({
      from: 'MAILER-DAEMON@mail.globex.com',
      subject: 'Delivery Status Notification (Failure)',
      body: "Address not found\nYour message wasn't delivered to hank@globex.com because the address couldn't be found.",
    });
    expect(r.automated?.kind).toBe('bounce');
  });

  it('recognises an out-of-office reply', () => {
    const r = read({
      subject: 'Automatic reply: Proposal',
      body: 'I am currently out of the office with limited access to email. I will be back on March 10.',
    });
    expect(r.automated?.kind).toBe('out_of_office');
  });

  it('recognises a departure notice and who to contact instead', () => {
    const r = read({
      from: 'sol@soylent.com',
      subject: 'Automatic reply: Proposal follow-up',
      body: 'I am no longer with Soylent. Please contact Frank Thorn at frank@soylent.com.',
    });
    expect(r.automated).toMatchObject({ kind: 'departed', referrals: ['frank@soylent.com'] });
  });

  it('treats a person writing about a colleague who left as a person writing', () => {
    const r = read({
      from: 'frank@soylent.com',
      body: 'Sol has left the company; please work with me from now on.',
    });
    expect(r.automated).toBeUndefined();
  });

  it('treats a customer who mentions being back on Monday as a person', () => {
    const r = read({ body: 'I was out last week but I am back now. Can you resend the quote?' });
    expect(r.automated).toBeUndefined();
  });
});
