/** The deterministic triage of one deal: read the evidence, extract signals, judge, rank, explain. */
import { TimeGate } from '../dates/time-gate.ts';
import { extractSignals } from '../signals/extract-signals.ts';
import type { DealAssessment } from './assessment-schema.ts';
import type { DealContext } from './deal-context.ts';
import { buildEvidence } from './deal-evidence-builder.ts';
import { judge } from './judge.ts';
import { observationsFor } from './observations.ts';
import { priorityOf } from './priority.ts';
import { SignalIndex } from './signal-index.ts';
import { DEFAULT_TRIAGE_CONFIG, type TriageConfig } from './triage-config.ts';

export const DETERMINISTIC_REASONER = 'deterministic-v1';

/** Pure: the same context gives the same assessment; "now" is ctx.asOf, never the machine clock. */
export function assessDeal(ctx: DealContext, config: TriageConfig = DEFAULT_TRIAGE_CONFIG): DealAssessment {
  const gate = new TimeGate(Date.parse(ctx.asOf));
  const base = buildEvidence(ctx, config, gate);
  const { signals, evidence } = extractSignals(base);
  const index = new SignalIndex(signals);
  const judgment = judge(evidence, index);
  const priority = priorityOf(evidence, judgment);
  const observations = observationsFor(evidence, judgment, signals);
  const next = gate.nextTurningPoint;
  return {
    opportunityId: ctx.opportunity.id,
    verdict: judgment.verdict,
    actions: judgment.verdict === 'act_now' ? judgment.actions : [],
    ...(judgment.resumeOn ? { resumeOn: judgment.resumeOn } : {}),
    priority,
    why: judgment.why,
    signals,
    observations,
    ...(next !== undefined ? { reviewAt: new Date(next).toISOString() } : {}),
    reasoner: DETERMINISTIC_REASONER,
  };
}
