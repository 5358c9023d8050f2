/** Triage a whole workspace with a reasoner and score it, with the baseline, against a labels file. */
import type { Label } from '../labels/labels-schema.ts';
import { assessDeal } from '../triage/assess-deal.ts';
import type { DealAssessment } from '../triage/assessment-schema.ts';
import { contextsFromWorkspace, type DealContext } from '../triage/deal-context.ts';
import type { Workspace } from '../workspace/workspace-schema.ts';
import { baselineAssess } from './baseline.ts';
import type { EvalReport, Prediction } from './eval-report.ts';
import { evaluate } from './evaluate.ts';

export const asPrediction = (a: DealAssessment): Prediction => ({
  opportunityId: a.opportunityId,
  verdict: a.verdict,
  actions: a.actions,
  ...(a.resumeOn ? { resumeOn: a.resumeOn } : {}),
  why: a.why,
});

export function evaluateWorkspace(
  ws: Workspace,
  labels: readonly Label[],
  assess: (ctx: DealContext) => DealAssessment = (ctx) => assessDeal(ctx),
): { report: EvalReport; assessments: DealAssessment[] } {
  const contexts = contextsFromWorkspace(ws);
  const assessments = contexts.map(assess);
  const report = evaluate(assessments.map(asPrediction), labels, contexts.map(baselineAssess));
  return { report, assessments };
}
