import { describe, expect, it } from 'vitest';
import { freshRegions, freshText } from './fresh-text.ts';

describe('the author’s own words', () => {
  it('drops a Gmail-style quoted reply below "On … wrote:"', () => {
    const body =
      'Sounds good, Friday works.\n\nOn Tue, Feb 3, 2026 at 10:02 AM Jane Doe <jane@acme.com> wrote:\n> Can we meet Friday?';
    expect(freshText(body)).toBe('Sounds good, Friday works.');
  });

  it('drops an attribution line that wraps onto a second line', () => {
    const body =
      'Yes please.\n\nOn Tue, Feb 3, 2026 at 10:02 AM Dana Ortiz\n<dana@northwind.io> wrote:\n\nI will send it Friday.';
    expect(freshText(body)).toBe('Yes please.');
  });

  it('drops an Outlook header block and everything below it', () => {
    const body =
      'Thanks, received.\n\n________________________________\nFrom: Dana Ortiz <dana@northwind.io>\nSent: Tuesday, February 17, 2026 8:02 AM\nTo: Hank Moss\nSubject: Proposal\n\nI will send the proposal by Friday.';
    expect(freshText(body)).toBe('Thanks, received.');
  });

  it('drops -----Original Message----- blocks', () => {
    const body = 'See below.\n-----Original Message-----\nFrom: x@y.com\nPlease send the deck.';
    expect(freshText(body)).toBe('See below.');
  });

  it('keeps inline answers between ">" lines', () => {
    const body =
      'On Mon, Feb 2, Dana wrote:\n> Does Tuesday work?\nYes, 2pm.\n> Should I invite legal?\nNo need.\n>\n> Dana';
    expect(freshText(body)).toBe('Yes, 2pm.\nNo need.');
  });

  it('drops sign-offs, names, titles and phone numbers', () => {
    const body =
      'Can you send the SOC 2 report?\n\nBest regards,\nHank Moss\nVP Operations | Globex\n+1 555 0100';
    expect(freshText(body)).toBe('Can you send the SOC 2 report?');
  });

  it('drops a name alone on the last line', () => {
    expect(freshText('Dana,\n\nLooks good.\n\nHank')).toBe('Dana,\nLooks good.');
  });

  it('drops "Sent from my iPhone" and legal disclaimers', () => {
    const body =
      'Works for me.\n\nSent from my iPhone\n\nCONFIDENTIALITY NOTICE: This email may contain privileged information. If you received it in error, please notify the sender.';
    expect(freshText(body)).toBe('Works for me.');
    const body2 =
      'Please send the order form.\n\nThis email and any attachments are confidential and intended solely for the addressee. Please notify us if received in error.';
    expect(freshText(body2)).toBe('Please send the order form.');
  });

  it('does not take a thank-you followed by a question for a signature', () => {
    expect(freshText('Thanks!\n\nCan you send the contract by Friday?')).toBe(
      'Thanks!\nCan you send the contract by Friday?',
    );
  });

  it('keeps a P.S. below the signature', () => {
    expect(freshText('Looks good.\n\nCheers,\nHank\n\nP.S. could you add our CFO to the invite?')).toBe(
      'Looks good.\nP.S. could you add our CFO to the invite?',
    );
  });

  it('keeps offsets that point into the raw body', () => {
    const body = '> old line\nNew line here.\n\nOn Mon, X wrote:\n> older';
    const [r] = freshRegions(body);
    expect(body.slice(r!.start, r!.end)).toBe('New line here.');
  });
});
