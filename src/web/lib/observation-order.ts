/** The Explain rail's order: the evidence first, then the reasoning on it, the conclusion, and what was proposed. */
import type { StoredObservation } from '../api/api-types.ts';

const RANK: Record<StoredObservation['kind'], number> = {
  evidence: 0,
  reasoning: 1,
  conclusion: 2,
  proposal: 3,
  guardrail: 4,
  error: 5,
};

export const explainOrder = (observations: readonly StoredObservation[]): StoredObservation[] =>
  [...observations].sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.seq - b.seq);
