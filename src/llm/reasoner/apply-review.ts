/** Turns a model's review into the deal's assessment: an overrule counts only with cited evidence, and says so. */
import type { Observation, RecordRef } from '../../domain/observations/observation-schema.ts';
import type { Assessment } from '../../services/missions/mission-ports.ts';
import type { CitableEvidence } from '../prompts/deal-evidence.ts';
import type { VerdictReview } from './review-schema.ts';

const label = (verdict: string, actions: readonly string[]) =>
  actions.length > 0 ? `${verdict} (${actions.join(', ')})` : verdict;

function dedupeRefs(refs: RecordRef[]): RecordRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.type}|${r.id}|${r.field ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function applyReview<A extends Assessment>(
  base: A,
  review: VerdictReview,
  citable: ReadonlyMap<string, CitableEvidence>,
  by: { model: string; reasoner: string },
): A {
  const grounded = review.reasons.flatMap((r) => {
    const cited = [...new Set(r.evidence)].filter((id) => citable.has(id));
    return cited.length > 0 ? [{ claim: r.claim, cited }] : [];
  });
  const actions = review.verdict === 'act_now' ? review.actions : [];
  const resumeOn = review.verdict === 'monitor' ? (review.resumeOn ?? undefined) : undefined;
  const changes =
    review.verdict !== base.verdict ||
    (review.verdict === 'act_now' && actions[0] !== base.actions[0]) ||
    (review.verdict === 'monitor' && resumeOn !== undefined && resumeOn !== base.resumeOn);

  const reasonObservations: Observation[] = grounded.map(({ claim, cited }) => {
    const evidence = cited.map((id) => citable.get(id)!);
    const span = evidence.find((e) => e.span)?.span;
    return {
      kind: 'reasoning',
      title: claim,
      detail: `From ${by.model}, citing ${cited.join(', ')}.`,
      refs: dedupeRefs(evidence.flatMap((e) => e.refs)),
      ...(span ? { span } : {}),
      data: { reasoner: by.model, evidence: cited },
    };
  });

  if (changes && grounded.length === 0) {
    const kept: Observation = {
      kind: 'reasoning',
      title: `Kept the engine's verdict: the model's ${label(review.verdict, actions)} cited no evidence`,
      detail: `${by.model} would have changed the verdict ("${review.why}") but none of its reasons pointed at the deal's evidence, so it was set aside.`,
      refs: [{ type: 'opportunity', id: base.opportunityId }],
      data: {
        reasoner: by.model,
        proposedVerdict: review.verdict,
        proposedActions: actions,
        outcome: 'ungrounded',
      },
    };
    return { ...base, observations: [...base.observations, kept], reasoner: by.reasoner };
  }

  const conclusion: Observation = changes
    ? {
        kind: 'conclusion',
        title: `Model overruled the engine: ${label(base.verdict, base.actions)} → ${label(review.verdict, actions)}`,
        detail: review.why,
        refs: [{ type: 'opportunity', id: base.opportunityId }],
        data: {
          reasoner: by.model,
          outcome: 'overruled',
          from: base.verdict,
          verdict: review.verdict,
          actions,
        },
      }
    : {
        kind: 'conclusion',
        title: `Model confirmed the engine: ${label(base.verdict, base.actions)}`,
        detail: review.why,
        refs: [{ type: 'opportunity', id: base.opportunityId }],
        data: { reasoner: by.model, outcome: 'confirmed', verdict: base.verdict, actions: base.actions },
      };
  const observations = [...base.observations, ...reasonObservations, conclusion];
  if (!changes) return { ...base, observations, reasoner: by.reasoner };
  return {
    ...base,
    verdict: review.verdict,
    actions,
    resumeOn,
    why: review.why,
    observations,
    reasoner: by.reasoner,
  };
}
