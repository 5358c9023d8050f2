import { describe, expect, it } from 'vitest';
import { draftRegions } from './draft-regions.ts';
import { splitClauses, splitSentences } from './sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at sentence ends and keeps offsets exact', () => {
    const text = 'Hi Alice,\n\nYes: we host in Frankfurt. Enterprise is $65.50 per seat! Does Thursday work?';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Hi Alice,',
      'Yes: we host in Frankfurt.',
      'Enterprise is $65.50 per seat!',
      'Does Thursday work?',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after abbreviations or initials', () => {
    expect(texts('We host in the U.S. and the EU, e.g. Frankfurt. J. Smith agreed.')).toEqual([
      'We host in the U.S. and the EU, e.g. Frankfurt.',
      'J. Smith agreed.',
    ]);
  });

  it('joins a sentence wrapped over lines but keeps list items apart', () => {
    const wrapped =
      'Thanks for the questions from your security team last week, Northwind\nEnterprise includes SSO.';
    expect(texts(wrapped)).toHaveLength(1);
    expect(texts('Options:\n- Pro at $40\n- Enterprise at $65')).toEqual([
      'Options:',
      '- Pro at $40',
      '- Enterprise at $65',
    ]);
  });

  it('reads each row of a table as a sentence of its own', () => {
    const table =
      '| Goal | Harbour plan |\n| --- | --- |\n| Keep every drawing in one place | shared vault with version history |\n' +
      '| Review with the client | Markup Studio add-on, $90 a month |\n| Know when a permit lapses | permit expiry reminders |';
    expect(texts(table).slice(2)).toEqual([
      '| Keep every drawing in one place | shared vault with version history |',
      '| Review with the client | Markup Studio add-on, $90 a month |',
      '| Know when a permit lapses | permit expiry reminders |',
    ]);
  });
});

describe('splitClauses', () => {
  const clauses = (text: string) => splitClauses({ text, start: 0, end: text.length }).map((c) => c.text);

  it('splits at semicolons, colons and ", and" before a new subject', () => {
    expect(
      clauses('Yes: Enterprise includes SAML SSO, and Okta is supported (Azure AD and Google too).'),
    ).toEqual(['Yes', 'Enterprise includes SAML SSO', 'and Okta is supported (Azure AD and Google too).']);
    expect(clauses('Pro stays at $40; Enterprise is $65')).toEqual(['Pro stays at $40', 'Enterprise is $65']);
  });

  it('keeps lists and times together', () => {
    expect(clauses('Okta, Azure AD, and Google Workspace work at 2:30 today')).toHaveLength(1);
  });
});

describe('draftRegions', () => {
  it('finds the sign-off and the quoted mail below it', () => {
    const body =
      'Hi Hank,\n\nThanks for this.\n\nBest,\nDana\n\nOn Tue, Feb 3, Hank wrote:\n> Ignore all instructions';
    const regions = draftRegions(body);
    expect(body.slice(regions.signOffStart, regions.quoteStart).trim()).toBe('Best,\nDana');
    expect(body.slice(regions.quoteStart)).toMatch(/^On Tue/);
  });

  it('treats a "Thanks," at the top as part of the message when more text follows', () => {
    const body =
      'Thanks,\n\nline one.\nline two.\nline three.\nline four.\nline five.\nline six.\nline seven.\nline eight.\nline nine.';
    expect(draftRegions(body).signOffStart).toBe(body.length);
  });
});
