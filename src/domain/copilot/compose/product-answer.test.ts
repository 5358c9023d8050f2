import { describe, expect, it } from 'vitest';
import type { KnowledgeChunk } from '../../knowledge/knowledge-chunk.ts';
import type { Product } from '../../workspace/workspace-schema.ts';
import { type Evidence, emptyEvidence } from '../evidence.ts';
import { composeProductAnswer } from './product-answer.ts';

function aChunk(over: Partial<KnowledgeChunk> = {}): KnowledgeChunk {
  return {
    id: 'doc-security#1',
    documentId: 'doc-security',
    documentTitle: 'Security overview',
    kind: 'security',
    headingPath: ['Security'],
    text: 'Enterprise includes SAML single sign-on (Okta and Azure AD are supported). Data can be hosted in the EU (Frankfurt).',
    start: 0,
    end: 100,
    ...over,
  };
}

const PRO: Product = {
  sku: 'NW-PRO',
  name: 'Northwind Pro',
  listPrice: 40,
  currency: 'USD',
  unit: 'seat/month',
};
const ENT: Product = {
  sku: 'NW-ENT',
  name: 'Northwind Enterprise',
  listPrice: 65,
  currency: 'USD',
  unit: 'seat/month',
};

const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  ...emptyEvidence(),
  knowledge: [aChunk()],
  products: [PRO, ENT],
  ...over,
});

describe('composeProductAnswer', () => {
  it('answers yes with the sentence that says so, cited by chunk id', () => {
    const a = composeProductAnswer('does Enterprise support Okta?', evidence());
    expect(a.status).toBe('answered');
    expect(a.sections[0]!.lines.map((l) => l.text)).toEqual([
      'Yes, according to the knowledge base:',
      '“Enterprise includes SAML single sign-on (Okta and Azure AD are supported).” (Security overview) [doc-security#1]',
    ]);
    expect(a.citations[0]).toMatchObject({ ref: { type: 'chunk', id: 'doc-security#1' } });
  });

  it('says "I don\'t know" and who to ask when no sentence mentions what was asked', () => {
    const a = composeProductAnswer(
      'do we support HIPAA?',
      evidence({ expert: { name: 'Sam Lee', email: 'sam@northwind.io' } }),
    );
    expect(a.status).toBe('unknown');
    expect(a.citations).toEqual([]);
    expect(a.sections[0]!.lines[1]!.text).toMatch(/^Ask Sam Lee \(sam@northwind\.io\)/);
  });

  it('does not say yes for a plan the sentence is not about', () => {
    const a = composeProductAnswer('does Pro include SSO?', evidence());
    expect(a.sections[0]!.lines[0]!.text).toBe(
      'The knowledge base does not say this of pro; what it does say:',
    );
  });

  it('quotes a price from the price book when the passages give none', () => {
    const a = composeProductAnswer('how much is Pro?', evidence({ knowledge: [] }));
    expect(a.sections[0]!.lines.map((l) => l.text)).toEqual([
      'Northwind Pro: 40 USD per seat per month (price book NW-PRO)',
    ]);
    expect(a.citations[0]!.ref).toEqual({ type: 'product', id: 'NW-PRO' });
  });

  it('keeps battlecards out unless the question names the competitor', () => {
    const card = aChunk({
      id: 'doc-card#1',
      documentTitle: 'Battlecard: Contoso BI',
      kind: 'battlecard',
      text: 'Contoso has no EU hosting.',
    });
    const ours = composeProductAnswer('can data be hosted in the EU?', evidence({ knowledge: [card] }));
    expect(ours.status).toBe('unknown');
    const theirs = composeProductAnswer('does Contoso offer EU hosting?', evidence({ knowledge: [card] }));
    expect(theirs.citations.map((c) => c.ref.id)).toEqual(['doc-card#1']);
  });
});
