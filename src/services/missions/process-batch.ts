/** One batch of a run's deals through both steps; safe to repeat after a crash (finished deals are skipped). */

import { DealAssessment } from '../../domain/triage/assessment-schema.ts';
import { loadDealContexts, readWorldHead, type WorldHead } from '../../store/deal-contexts.ts';
import { moveRun, readDealStates, readRun, readRunDeals } from '../../store/mission-store.ts';
import type { Db } from '../../store/open-store.ts';
import { inSpan } from '../../telemetry/tracing.ts';
import type { MissionConfig } from './mission-config.ts';
import type {
  DealContextSource,
  DraftGuard,
  ProposalSink,
  ProposalWriter,
  Reasoner,
} from './mission-ports.ts';
import { proposeStep } from './propose-step.ts';
import { type Reasoned, reasonStep } from './reason-step.ts';

export type MissionDeps = {
  reasoner: Reasoner;
  writer?: ProposalWriter | undefined;
  guard?: DraftGuard | undefined;
  proposals?: ProposalSink | undefined;
  /** Where contexts come from; the store directly by default. */
  contexts?: DealContextSource | undefined;
  config: MissionConfig;
  /** The wall clock, for deadlines only; verdicts use the run's asOf. */
  now?: () => number;
};

export type BatchResult = { reasoned: number; unchanged: number; failed: number; proposals: number };

export async function processBatch(
  db: Db,
  runId: string,
  opportunityIds: readonly string[],
  deps: MissionDeps,
  head?: WorldHead,
): Promise<BatchResult> {
  return inSpan(
    'mission.batch',
    { 'closeloop.run_id': runId, 'closeloop.deals': opportunityIds.length },
    async () => {
      const run = await readRun(db, runId);
      if (!run || run.status === 'done' || run.status === 'cancelled' || run.status === 'failed') {
        return { reasoned: 0, unchanged: 0, failed: 0, proposals: 0 };
      }
      if (run.status === 'queued') await moveRun(db, runId, ['queued'], 'running', { startedAt: new Date() });
      const steps = (await readRunDeals(db, runId, opportunityIds)).filter(
        (s) => s.status === 'pending' || s.status === 'reasoned',
      );
      if (steps.length === 0) return { reasoned: 0, unchanged: 0, failed: 0, proposals: 0 };

      const world = head ?? (await readWorldHead(db));
      if (!world) throw new Error('the store holds no workspace');
      const ids = steps.map((s) => s.opportunityId);
      const contexts = await inSpan(
        'deal.gather',
        { 'closeloop.source': deps.contexts?.name ?? 'store' },
        () =>
          deps.contexts
            ? deps.contexts.load(db, world, ids, run.asOf)
            : loadDealContexts(db, world, ids, run.asOf),
      );
      const byId = new Map(contexts.map((c) => [c.opportunity.id, c]));

      // A deal reasoned before a crash keeps its assessment: only the proposal step is left to do.
      const resumed: Reasoned[] = steps.flatMap((s) => {
        const context = byId.get(s.opportunityId);
        return s.status === 'reasoned' && context && s.assessment && s.fingerprint
          ? [{ context, assessment: DealAssessment.parse(s.assessment), fingerprint: s.fingerprint }]
          : [];
      });
      const pending = steps
        .filter((s) => s.status === 'pending')
        .flatMap((s) => byId.get(s.opportunityId) ?? []);
      const previous = await readDealStates(
        db,
        pending.map((c) => c.opportunity.id),
      );
      const reasonOutcome = await reasonStep(db, {
        runId,
        asOf: run.asOf,
        contexts: pending,
        previous,
        reasoner: deps.reasoner,
        dealTimeoutMs: deps.config.dealTimeoutMs,
        deadlineAt: run.deadlineAt,
        now: deps.now ?? Date.now,
      });
      const toPropose = [...resumed, ...reasonOutcome.reasoned];
      const proposeOutcome = await proposeStep(db, {
        runId,
        asOf: run.asOf,
        reasoned: toPropose,
        writer: deps.writer,
        guard: deps.guard,
        proposals: deps.proposals,
      });
      return {
        reasoned: toPropose.length,
        unchanged: reasonOutcome.unchanged,
        failed: reasonOutcome.failed,
        proposals: proposeOutcome.proposals,
      };
    },
  );
}
