/** The Reasoner port: anything that can assess a deal (this deterministic engine today, an LLM later) behind one shape. */

import { assessDeal, DETERMINISTIC_REASONER } from './assess-deal.ts';
import type { DealAssessment } from './assessment-schema.ts';
import type { DealContext } from './deal-context.ts';
import { DEFAULT_TRIAGE_CONFIG, type TriageConfig } from './triage-config.ts';

export interface Reasoner {
  readonly name: string;
  assess(ctx: DealContext): Promise<DealAssessment>;
}

export function deterministicReasoner(config: Partial<TriageConfig> = {}): Reasoner {
  const merged: TriageConfig = { ...DEFAULT_TRIAGE_CONFIG, ...config };
  return {
    name: DETERMINISTIC_REASONER,
    assess: async (ctx) => assessDeal(ctx, merged),
  };
}
