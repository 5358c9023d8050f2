import { describe, expect, it } from 'vitest';
import { anAssessment } from '../../../llm/llm-test-factories.ts';
import { draftAssessment } from './draft-tool.ts';

describe('draftAssessment', () => {
  it('keeps the deal’s own email action when the request names no purpose', () => {
    const a = anAssessment({ actions: ['deliver_commitment'] });
    expect(draftAssessment(a, '')).toBe(a);
  });

  it('puts the action the request’s words point to first', () => {
    expect(
      draftAssessment(anAssessment({ actions: ['answer_customer'] }), 'about the renewal').actions,
    ).toEqual(['start_renewal', 'answer_customer']);
  });

  it('writes a check-in on a deal the mission would leave alone', () => {
    expect(draftAssessment(anAssessment({ verdict: 'no_action', actions: [] }), '')).toMatchObject({
      verdict: 'act_now',
      actions: ['re_engage'],
    });
  });

  it('asked for an email on a deal whose record needs fixing, writes one rather than a field change', () => {
    expect(draftAssessment(anAssessment({ actions: ['fix_crm'] }), '').actions).toEqual(['re_engage']);
  });
});
