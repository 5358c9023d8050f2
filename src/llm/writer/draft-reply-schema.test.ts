import { describe, expect, it } from 'vitest';
import { type DraftReply, draftReplySchema } from './draft-reply-schema.ts';

const reply = (over: Partial<DraftReply> = {}): DraftReply => ({
  to: ['alice@umbrellahealth.com'],
  cc: [],
  subject: 'Re: Demo recap',
  body: 'Hi Alice',
  citations: [{ source: 'doc-security#1', claim: 'SSO with Okta', quote: '' }],
  rationale: 'She asked.',
  ...over,
});

describe('draftReplySchema', () => {
  const schema = draftReplySchema(new Set(['doc-security#1', 'product:NW-ENT']));

  it('accepts citations of the sources the model was shown', () => {
    expect(schema.safeParse(reply()).success).toBe(true);
  });

  it('rejects a citation of a source the model was not shown', () => {
    const parsed = schema.safeParse(
      reply({ citations: [{ source: 'doc-pricing#9', claim: 'cheap', quote: '' }] }),
    );
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['citations', 0, 'source'],
      message: 'doc-pricing#9 is not one of the sources given',
    });
  });

  it('rejects an empty body, a blank subject and a draft to nobody', () => {
    expect(schema.safeParse(reply({ body: '  ' })).success).toBe(false);
    expect(schema.safeParse(reply({ subject: '' })).success).toBe(false);
    expect(schema.safeParse(reply({ to: [] })).success).toBe(false);
  });
});
