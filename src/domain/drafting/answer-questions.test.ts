import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../knowledge/knowledge-base.ts';
import { aDocument } from '../knowledge/knowledge-test-factories.ts';
import { answerFrom, indexKnowledge, splitQuestions } from './answer-questions.ts';

const index = indexKnowledge(
  buildKnowledgeBase([
    aDocument({
      id: 'doc-security',
      body: '# Security\n\n- Single sign-on: SAML 2.0 with Okta and Azure AD, on Business and Enterprise.\n- Hosting: US (Virginia) on every plan; EU (Frankfurt) data residency on Enterprise.\n- Independent penetration test every year; the summary is shared under NDA.\n- SOC 2 Type II, audited every year; the report is shared under NDA.',
    }),
    aDocument({
      id: 'doc-faq',
      kind: 'faq',
      title: 'FAQ',
      body: '# FAQ\n\n**How long does implementation take?** Most customers are live in two to six weeks. The onboarding package adds six working sessions.\n\n**Is there a trial?** Yes, 14 days on your own data.',
    }),
  ]).active,
  32,
);

describe('splitQuestions', () => {
  it('heads a question that points back with the customer sentence it points to', () => {
    const [asked] = splitQuestions(
      'Can we sell and manage these in our box office?',
      'About 350 people have a season subscription.',
    );
    expect(asked).toMatchObject({
      leaning: true,
      quote: 'About 350 people have a season subscription. Can we sell and manage these in our box office?',
    });
    // "About 350" is roughly 350, not a topic the question is about.
    expect(asked?.topic).toBeUndefined();
  });

  it('splits one message into the questions it asks and turns each around from our side', () => {
    const asked = splitQuestions(
      'Two questions from our security team: does the Enterprise plan include SSO with Okta, and can our data be hosted in the EU?',
    );
    expect(asked.map((q) => q.question)).toEqual([
      'Does the Enterprise plan include SSO with Okta?',
      'Can your data be hosted in the EU?',
    ]);
  });

  it('reads "send both" with the sentence before it, as its two items', () => {
    const asked = splitQuestions(
      'Could you send both?',
      'Before we go further, infosec is asking for the SOC 2 report and your latest pen test summary.',
    );
    expect(asked.map((q) => q.topic)).toEqual(['the SOC 2 report', 'our latest pen test summary']);
  });

  it('finds the question inside a longer sentence', () => {
    const [q] = splitQuestions("We're a UK firm, so where would our data be hosted?");
    expect(q).toMatchObject({ question: 'Where would your data be hosted?' });
  });
});

describe('answerFrom', () => {
  it('answers from the unit that covers every capability the question names', () => {
    expect(answerFrom(index, 'does the Enterprise plan include SSO with Okta')?.quote).toMatch(
      /^Single sign-on: SAML 2\.0/,
    );
  });

  it('answers a place only from a unit that names that place', () => {
    expect(answerFrom(index, 'can our data be hosted in the EU')?.quote).toMatch(/EU \(Frankfurt\)/);
    expect(answerFrom(index, 'can our data be hosted in the UK')).toBeUndefined();
  });

  it('matches a customer’s words to the words the documents use', () => {
    expect(answerFrom(index, 'What does a typical rollout look like')?.quote).toBe(
      'Most customers are live in two to six weeks.',
    );
    expect(answerFrom(index, 'our latest pen test summary')?.quote).toMatch(/penetration test/);
  });

  it('answers nothing it has no passage for, rather than the nearest sentence', () => {
    expect(answerFrom(index, 'Can your team complete our standard vendor assessment')).toBeUndefined();
    expect(answerFrom(index, 'Can your legal team take a look')).toBeUndefined();
  });
});

describe('items a "Not supported" list names', () => {
  const denying = indexKnowledge(
    buildKnowledgeBase([
      aDocument({
        id: 'doc-payments',
        body: '# Payments\n\n- Cards and Apple Pay on every plan.\n\n## Not supported\n\nWe do not offer these today:\n\n- PayPal and Klarna\n- SEPA direct debit for ticket buyers',
      }),
    ]).active,
    32,
  );

  it('answers with the item, marked as what we do not offer', () => {
    const unit = answerFrom(denying, 'Many visitors pay by SEPA direct debit today. Is that possible?');
    expect(unit).toMatchObject({ quote: 'SEPA direct debit for ticket buyers', denied: true });
    expect(answerFrom(denying, 'Can visitors pay with Apple Pay?')?.denied).toBeUndefined();
  });
});
