import { describe, expect, it } from 'vitest';
import { forwardedColleagueRegions } from './forwarded-mail.ts';
import { forMatching } from './match-text.ts';

const ours = (a: string) => a.endsWith('@seller.test');
const wordsOf = (body: string, subject: string) =>
  forwardedColleagueRegions(body, forMatching(body), forMatching(subject), ours)
    .map((r) => body.slice(r.start, r.end))
    .join('\n');

const forward = (from: string) =>
  [
    'Ben - FYI, see below from Priya.',
    '',
    '---------- Forwarded message ---------',
    `From: Priya Dutt <${from}>`,
    'Date: Wed, 8 Apr 2026 at 18:02',
    'Subject: Re: order form',
    'To: Owen Hale <owen@buyer.test>',
    '',
    "Let's not commit to anything before the board meets on 5 May.",
    '',
    'Priya',
  ].join('\n');

describe('forwarded mail', () => {
  it("reads the forwarded words of the customer's colleague", () => {
    expect(wordsOf(forward('priya@buyer.test'), 'Fwd: order form')).toContain(
      "Let's not commit to anything before the board meets on 5 May.",
    );
  });

  it('ignores a forward of our own earlier mail', () => {
    expect(wordsOf(forward('ana@seller.test'), 'Fwd: order form')).toBe('');
  });

  it('ignores a plain reply that quotes earlier mail', () => {
    const reply =
      'Sounds good.\n\nOn Thu, 9 Apr 2026 at 10:00, Priya <priya@buyer.test> wrote:\n> Can we wait?';
    expect(wordsOf(reply, 'Re: order form')).toBe('');
  });
});
