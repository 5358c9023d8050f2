import { describe, expect, it } from 'vitest';
import { freshRegions } from './fresh-text.ts';
import { splitSentences } from './sentences.ts';

const split = (body: string) => splitSentences(body, freshRegions(body));

describe('sentences', () => {
  it('splits on sentence ends and keeps raw offsets', () => {
    const body =
      'Hi Dana,\n\nThanks for the demo. Can you send pricing? We meet on Mar. 9 at 2 p.m. to decide.';
    const s = split(body);
    expect(s.map((x) => x.text)).toEqual([
      'Hi Dana,',
      'Thanks for the demo.',
      'Can you send pricing?',
      'We meet on Mar. 9 at 2 p.m. to decide.',
    ]);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
    expect(s[2]!.question).toBe(true);
  });

  it('joins hard-wrapped lines and separates bullets', () => {
    const body =
      'We reviewed the proposal with our finance team this morning and they would like\nto see a three-year option.\n- SSO with Okta?\n- EU hosting?';
    expect(split(body).map((x) => x.text)).toEqual([
      'We reviewed the proposal with our finance team this morning and they would like\nto see a three-year option.',
      'SSO with Okta?',
      'EU hosting?',
    ]);
  });

  it('reads list items and lines that open like a question as questions, even without a "?"', () => {
    const body =
      'A couple of things from our side:\n- Is SSO included on the standard tier\n- Where is customer data hosted\n- The rollout starts in May';
    expect(split(body).map((x) => [x.text, x.question])).toEqual([
      ['A couple of things from our side:', false],
      ['Is SSO included on the standard tier', true],
      ['Where is customer data hosted', true],
      ['The rollout starts in May', false],
    ]);
    expect(split('Is it me or was the demo great.')[0]!.question).toBe(false);
  });

  it('lower-cases curly quotes to straight ones without moving offsets', () => {
    const s = split('I’ll send it Friday.');
    expect(s[0]!.lower).toBe("i'll send it friday.");
  });
});
