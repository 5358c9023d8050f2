/** Step two: draft and guard a proposal for each act-now deal, retire the ones a new verdict made obsolete. */
import { isDeepStrictEqual } from 'node:util';
import {
  addRunCounts,
  appendObservations,
  type DealStepUpdate,
  type StreamedObservation,
  updateDealSteps,
  upsertDealStates,
} from '../../store/mission-store.ts';
import type { Db } from '../../store/open-store.ts';
import { inSpan } from '../../telemetry/tracing.ts';
import type { DraftGuard, GuardOutcome, ProposalSink, ProposalWriter } from './mission-ports.ts';
import { type Reasoned, verdictFields } from './reason-step.ts';

export type ProposeStepInput = {
  runId: string;
  asOf: string;
  reasoned: readonly Reasoned[];
  writer: ProposalWriter | undefined;
  guard: DraftGuard | undefined;
  proposals: ProposalSink | undefined;
};

type Drafted = Reasoned & {
  draft?: Awaited<ReturnType<ProposalWriter['write']>>;
  guard?: GuardOutcome;
  error?: string;
};

export async function proposeStep(db: Db, input: ProposeStepInput): Promise<{ proposals: number }> {
  const drafted: Drafted[] = [];
  for (const r of input.reasoned) {
    if (r.assessment.verdict !== 'act_now' || !input.writer || !input.proposals) {
      drafted.push(r);
      continue;
    }
    try {
      const draft = await inSpan(
        'deal.draft',
        { 'closeloop.opportunity_id': r.context.opportunity.id, 'closeloop.writer': input.writer.name },
        () => input.writer!.write(r.context, r.assessment),
      );
      drafted.push({ ...r, draft, guard: draft && input.guard ? input.guard(r.context, draft) : undefined });
    } catch (error) {
      drafted.push({ ...r, error: error instanceof Error ? error.message : String(error) });
    }
  }

  let created = 0;
  await db.transaction(async (tx) => {
    const stream: StreamedObservation[] = [];
    const steps: DealStepUpdate[] = [];
    const open = input.proposals
      ? await input.proposals.openFor(
          tx,
          drafted.map((d) => d.context.opportunity.id),
        )
      : [];
    for (const d of drafted) {
      const opportunityId = d.context.opportunity.id;
      let proposalId: string | null = null;
      for (const existing of open.filter((p) => p.opportunityId === opportunityId)) {
        if (
          d.draft &&
          existing.action === d.draft.action &&
          isDeepStrictEqual(existing.payload, d.draft.payload)
        ) {
          proposalId = existing.id;
          continue;
        }
        const reason =
          d.assessment.verdict === 'act_now'
            ? `Superseded by a newer proposal from run ${input.runId}: ${d.assessment.why}`
            : `No longer needed: ${d.assessment.why}`;
        await input.proposals!.withdraw(tx, existing.id, reason);
        stream.push({
          kind: 'proposal',
          title: 'Withdrew an earlier proposal',
          detail: reason,
          refs: [{ type: 'proposal', id: existing.id }],
          opportunityId,
        });
      }
      if (d.draft && !proposalId && input.proposals) {
        const made = await input.proposals.create(tx, {
          runId: input.runId,
          context: d.context,
          assessment: d.assessment,
          draft: d.draft,
          guard: d.guard,
          fingerprint: d.fingerprint,
        });
        proposalId = made.id;
        created++;
        for (const g of d.guard?.observations ?? []) stream.push({ ...g, opportunityId });
        stream.push({
          kind: 'proposal',
          title: `Proposed: ${d.draft.payload.kind.replace('_', ' ')} (${d.draft.action.replaceAll('_', ' ')})`,
          detail: d.guard?.blocked
            ? `${d.draft.rationale} Blocked by the guardrails until a person edits it.`
            : d.draft.rationale,
          refs: [{ type: 'proposal', id: made.id }],
          data: { proposalId: made.id, blocked: d.guard?.blocked ?? false, writer: d.draft.writer },
          opportunityId,
        });
      }
      if (d.error)
        stream.push({
          kind: 'error',
          title: 'Could not draft a proposal',
          detail: d.error,
          refs: [{ type: 'opportunity', id: opportunityId }],
          opportunityId,
        });
      steps.push({
        opportunityId,
        status: 'done',
        fingerprint: d.fingerprint,
        proposalId,
        ...verdictFields(d.assessment),
      });
    }
    await appendObservations(tx, { runId: input.runId }, stream);
    await updateDealSteps(tx, input.runId, steps);
    await upsertDealStates(
      tx,
      drafted.map((d) => ({
        opportunityId: d.context.opportunity.id,
        ownerId: d.context.opportunity.ownerId,
        runId: input.runId,
        fingerprint: d.fingerprint,
        asOf: input.asOf,
        reviewAt: d.assessment.reviewAt ?? null,
        verdict: d.assessment.verdict,
        actions: d.assessment.actions,
        resumeOn: d.assessment.resumeOn ?? null,
        priority: d.assessment.priority.score,
        why: d.assessment.why,
        proposalId: steps.find((s) => s.opportunityId === d.context.opportunity.id)?.proposalId ?? null,
      })),
    );
    await addRunCounts(tx, input.runId, { reasoned: drafted.length, proposals: created });
  });
  return { proposals: created };
}
