import { describe, expect, it } from 'vitest';
import { anAssessment } from '../llm-test-factories.ts';
import type { CitableEvidence } from '../prompts/deal-evidence.ts';
import { applyReview } from './apply-review.ts';
import type { VerdictReview } from './review-schema.ts';

const base = anAssessment({
  verdict: 'monitor',
  actions: [],
  resumeOn: '2026-03-09',
  why: 'Asked to wait until Mar 9',
  observations: [{ kind: 'conclusion', title: 'monitor', refs: [] }],
});

const citable = new Map<string, CitableEvidence>([
  ['E1', { title: 'Asked to wait', refs: [{ type: 'activity', id: 'act-4' }] }],
  ['act-4', { title: 'email', refs: [{ type: 'activity', id: 'act-4' }] }],
]);

const by = { model: 'openai:gpt-test', reasoner: 'engine+openai:gpt-test@review-v1' };

const aReview = (over: Partial<VerdictReview> = {}): VerdictReview => ({
  decision: 'confirm',
  verdict: 'monitor',
  actions: [],
  resumeOn: '2026-03-09',
  why: 'Wait for the budget.',
  reasons: [{ claim: 'They asked to wait.', evidence: ['E1'] }],
  ...over,
});

describe('applyReview', () => {
  it("confirms the engine's verdict and adds the model's grounded reasons", () => {
    const reviewed = applyReview(base, aReview(), citable, by);
    expect(reviewed).toMatchObject({ verdict: 'monitor', resumeOn: '2026-03-09', why: base.why });
    expect(reviewed.observations.map((o) => o.title)).toEqual([
      'monitor',
      'They asked to wait.',
      'Model confirmed the engine: monitor',
    ]);
  });

  it('treats a same-verdict reply that calls itself an overrule as a confirmation', () => {
    expect(
      applyReview(base, aReview({ decision: 'overrule' }), citable, by).observations.at(-1)!.data,
    ).toMatchObject({
      outcome: 'confirmed',
    });
  });

  it('leaves out reasons that cite nothing the model was shown', () => {
    const review = aReview({
      reasons: [
        { claim: 'Grounded.', evidence: ['act-4', 'E7'] },
        { claim: 'Made up.', evidence: ['E9'] },
      ],
    });
    const titles = applyReview(base, review, citable, by).observations.map((o) => o.title);
    expect(titles).toContain('Grounded.');
    expect(titles).not.toContain('Made up.');
  });

  it('drops actions and a resume date that do not belong to the new verdict', () => {
    const reviewed = applyReview(
      base,
      aReview({ decision: 'overrule', verdict: 'no_action', actions: ['re_engage'], resumeOn: '2026-04-01' }),
      citable,
      by,
    );
    expect(reviewed).toMatchObject({ verdict: 'no_action', actions: [], resumeOn: undefined });
  });

  it('names the wrapping reasoner on the assessment it returns', () => {
    expect(applyReview(base, aReview(), citable, by).reasoner).toBe(by.reasoner);
  });
});
