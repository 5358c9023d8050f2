/** Small builders for LLM tests. */
import type { Assessment } from '../services/missions/mission-ports.ts';

export function anAssessment(over: Partial<Assessment> = {}): Assessment {
  return {
    opportunityId: 'o-1',
    verdict: 'act_now',
    actions: ['answer_customer'],
    priority: { score: 50, value: 0.5, urgency: 0.5, risk: 0.5, parts: [], explanation: '' },
    why: 'Hank asked and has no answer',
    signals: [],
    observations: [],
    reasoner: 'deterministic-v1',
    ...over,
  };
}
