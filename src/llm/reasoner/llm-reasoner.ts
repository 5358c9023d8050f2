/** A Reasoner that asks a model to review the deterministic engine's verdict; on any failure the engine's verdict stands. */
import type { Observation } from '../../domain/observations/observation-schema.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import type { Assessment } from '../../services/missions/mission-ports.ts';
import { evidenceFingerprint, type ReplyCache } from '../llm-cache.ts';
import type { CallPolicy } from '../llm-config.ts';
import { isLlmCallError, type LlmCallError } from '../llm-errors.ts';
import type { ModelHandle } from '../providers.ts';
import { generateStructured } from '../structured-call.ts';
import type { TokenBudget } from '../token-budget.ts';
import { applyReview } from './apply-review.ts';
import { REASONER_PROMPT_VERSION, reasonerPrompt } from './reasoner-prompt.ts';
import { VerdictReview } from './review-schema.ts';

export type ModelDeps = {
  model: ModelHandle;
  policy: CallPolicy;
  budget: TokenBudget;
  cache: ReplyCache;
};

export type AssessingReasoner<A extends Assessment> = {
  readonly name: string;
  assess(context: DealContext): Promise<A>;
};

export function llmReasoner<A extends Assessment>(
  base: AssessingReasoner<A>,
  deps: ModelDeps,
): AssessingReasoner<A> {
  // The name enters each deal's fingerprint: another model or prompt re-reasons every deal once.
  const name = `${base.name}+${deps.model.id}@${REASONER_PROMPT_VERSION}`;
  return {
    name,
    async assess(context) {
      const assessment = await base.assess(context);
      const { system, prompt, evidence } = reasonerPrompt(context, assessment);
      const key = {
        purpose: 'reason',
        model: deps.model.id,
        promptVersion: REASONER_PROMPT_VERSION,
        fingerprint: evidenceFingerprint(system, prompt),
      };
      try {
        let review = await deps.cache.get(key, VerdictReview);
        if (!review) {
          const reply = await generateStructured({
            model: deps.model,
            policy: deps.policy,
            budget: deps.budget,
            purpose: 'reason',
            system,
            prompt,
            schema: VerdictReview,
            schemaName: 'verdict_review',
          });
          review = reply.value;
          await deps.cache.put(key, review, reply.usage);
        }
        return applyReview(assessment, review, evidence.citable, { model: deps.model.id, reasoner: name });
      } catch (error) {
        if (!isLlmCallError(error)) throw error;
        return {
          ...assessment,
          observations: [...assessment.observations, offlineNote(assessment, error, deps.model.id)],
        };
      }
    },
  };
}

/** Why the engine's verdict stands without a model review: a spent budget is a plan, anything else a fault. */
function offlineNote(assessment: Assessment, error: LlmCallError, model: string): Observation {
  const budget = error.reason === 'budget_spent';
  return {
    kind: budget ? 'reasoning' : 'error',
    title: budget
      ? "Kept the engine's verdict: the run's model token budget is spent"
      : `Kept the engine's verdict: the model review failed (${error.reason.replace('_', ' ')})`,
    detail: error.message,
    refs: [{ type: 'opportunity', id: assessment.opportunityId }],
    data: { reasoner: model, outcome: 'offline', reason: error.reason, attempts: error.attempts },
  };
}
