/** The prompt for reviewing the engine's verdict on one deal; bump the version when its words or shape change. */
import type { DealContext } from '../../domain/triage/deal-context.ts';
import type { Assessment } from '../../services/missions/mission-ports.ts';
import { type RenderedEvidence, renderDealEvidence } from '../prompts/deal-evidence.ts';
import { vocabularyText } from '../prompts/label-vocabulary.ts';
import { UNTRUSTED_TEXT_RULE } from '../untrusted-text.ts';

export const REASONER_PROMPT_VERSION = 'review-v1';

const SYSTEM = `You review the triage of one B2B sales deal, as a careful sales manager would for a rep's morning list.
A deterministic engine has read the deal and reached a verdict. Confirm it, or overrule it when the evidence clearly
supports a different verdict or a different first action.

${vocabularyText()}

Rules:
- Reason as of the deal's as_of day (UTC), not any other date.
- Every reason cites the evidence it rests on, by the ids given (E1, E2, … or an activity id). A reason without a
  citation is ignored, and an overrule whose reasons cite nothing is discarded.
- actions is empty unless the verdict is act_now. resumeOn is the date (YYYY-MM-DD) a monitored deal should come
  back when the customer asked to wait until then; otherwise null.
- why is one plain sentence a rep reads on the list.
- ${UNTRUSTED_TEXT_RULE}
Reply with the JSON object only.`;

export type ReasonerPrompt = { system: string; prompt: string; evidence: RenderedEvidence };

export function reasonerPrompt(context: DealContext, assessment: Assessment): ReasonerPrompt {
  const evidence = renderDealEvidence(context, assessment);
  const prompt = `${evidence.text}\n\nReview the engine's verdict on deal ${context.opportunity.id}: confirm or overrule it.`;
  return { system: SYSTEM, prompt, evidence };
}
