/** Step one of a deal in a run: reuse the standing verdict, or reason again; recorded for the whole batch at once. */
import type { Observation } from '../../domain/observations/observation-schema.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import {
  addRunCounts,
  appendObservations,
  type DealStateRow,
  type DealStepUpdate,
  type StreamedObservation,
  updateDealSteps,
} from '../../store/mission-store.ts';
import type { Db } from '../../store/open-store.ts';
import { inSpan } from '../../telemetry/tracing.ts';
import { fingerprintDeal } from './deal-fingerprint.ts';
import type { Assessment, Reasoner } from './mission-ports.ts';
import { canReuseVerdict } from './reuse-rule.ts';

export type Reasoned = { context: DealContext; assessment: Assessment; fingerprint: string };

export type ReasonStepInput = {
  runId: string;
  asOf: string;
  contexts: readonly DealContext[];
  previous: ReadonlyMap<string, DealStateRow>;
  reasoner: Reasoner;
  dealTimeoutMs: number;
  deadlineAt: Date | null;
  now: () => number;
};

export async function reasonStep(
  db: Db,
  input: ReasonStepInput,
): Promise<{ reasoned: Reasoned[]; unchanged: number; failed: number }> {
  const steps: DealStepUpdate[] = [];
  const stream: StreamedObservation[] = [];
  const reasoned: Reasoned[] = [];
  let unchanged = 0;
  let failed = 0;

  for (const context of input.contexts) {
    const opportunityId = context.opportunity.id;
    const fingerprint = fingerprintDeal(context, input.reasoner.name);
    const previous = input.previous.get(opportunityId);
    if (canReuseVerdict(previous, fingerprint, input.asOf) && previous) {
      unchanged++;
      steps.push({
        opportunityId,
        status: 'unchanged',
        fingerprint,
        verdict: previous.verdict,
        actions: previous.actions,
        resumeOn: previous.resumeOn,
        priority: previous.priority,
        why: previous.why,
        reviewAt: previous.reviewAt,
        unchangedFrom: previous.runId,
        proposalId: previous.proposalId,
      });
      stream.push(unchangedObservation(opportunityId, previous));
      continue;
    }
    try {
      if (input.deadlineAt && input.now() > input.deadlineAt.getTime())
        throw new Error('the run passed its deadline before this deal');
      const assessment = await inSpan(
        'deal.reason',
        { 'closeloop.run_id': input.runId, 'closeloop.opportunity_id': opportunityId },
        () =>
          withTimeout(
            input.reasoner.assess(context),
            input.dealTimeoutMs,
            `reasoning took longer than ${input.dealTimeoutMs} ms`,
          ),
      );
      if (assessment.observations.length === 0)
        throw new Error('the reasoner gave a verdict with no evidence');
      reasoned.push({ context, assessment, fingerprint });
      steps.push({
        opportunityId,
        status: 'reasoned',
        fingerprint,
        assessment,
        ...verdictFields(assessment),
      });
      for (const o of assessment.observations) stream.push({ ...o, opportunityId });
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      steps.push({ opportunityId, status: 'failed', fingerprint, error: message });
      stream.push({
        kind: 'error',
        title: `Could not reason about ${context.opportunity.name}`,
        detail: message,
        refs: [{ type: 'opportunity', id: opportunityId }],
        opportunityId,
      });
    }
  }

  await db.transaction(async (tx) => {
    await appendObservations(tx, { runId: input.runId }, stream);
    await updateDealSteps(tx, input.runId, steps);
    await addRunCounts(tx, input.runId, { unchanged, failed });
  });
  return { reasoned, unchanged, failed };
}

export function verdictFields(a: Assessment) {
  return {
    verdict: a.verdict,
    actions: a.actions,
    resumeOn: a.resumeOn ?? null,
    priority: a.priority.score,
    why: a.why,
    reviewAt: a.reviewAt ?? null,
  };
}

function unchangedObservation(opportunityId: string, previous: DealStateRow): StreamedObservation {
  const o: Observation = {
    kind: 'conclusion',
    title: `Unchanged since run ${previous.runId}: ${previous.verdict.replace('_', ' ')}`,
    detail: `${previous.why} Nothing new on the deal and no date it depends on has come, so the verdict and its proposal stand.`,
    refs: [{ type: 'opportunity', id: opportunityId }],
    data: { unchangedFrom: previous.runId, verdict: previous.verdict, proposalId: previous.proposalId },
  };
  return { ...o, opportunityId };
}

async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
