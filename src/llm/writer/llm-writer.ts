/**
 * A ProposalWriter that drafts customer email with a model, grounded in retrieved knowledge and the price book.
 * Internal actions (fix the CRM, review a loss) and any model failure go to the offline writer, which says why.
 */
import type { NextBestAction } from '../../domain/labels/labels-schema.ts';
import type { Citation, ProposalDraft } from '../../domain/proposals/proposal-schema.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import type { Activity } from '../../domain/workspace/workspace-schema.ts';
import type { Embedder } from '../../services/knowledge/embedder.ts';
import type { Assessment, ProposalWriter } from '../../services/missions/mission-ports.ts';
import type { Db } from '../../store/open-store.ts';
import { evidenceFingerprint } from '../llm-cache.ts';
import { isLlmCallError } from '../llm-errors.ts';
import type { ModelDeps } from '../reasoner/llm-reasoner.ts';
import { generateStructured } from '../structured-call.ts';
import { type DraftReply, draftReplySchema } from './draft-reply-schema.ts';
import { type DraftSources, gatherDraftSources } from './draft-sources.ts';
import { productSourceId, WRITER_PROMPT_VERSION, writerPrompt } from './writer-prompt.ts';

// Actions a rep answers with an email; the others change the record and need no prose.
const EMAIL_ACTIONS: ReadonlySet<NextBestAction> = new Set([
  'deliver_commitment',
  'answer_customer',
  're_engage',
  'resume_after_deferral',
  'address_usage_drop',
  'start_renewal',
  'multithread',
  'propose_expansion',
  'respond_to_risk',
  'reschedule',
]);

export type LlmWriterDeps = ModelDeps & {
  db: Db;
  embedder?: Embedder | undefined;
  /** The deterministic writer: internal actions, a spent budget and failed calls fall back to it. */
  offline?: ProposalWriter | undefined;
  /** Knowledge passages put in front of the model. */
  sourceLimit?: number;
};

// Six passages cover a question or two with context and keep the prompt near 4,000 tokens.
const DEFAULT_SOURCE_LIMIT = 6;

const tokens = (n: number) => n.toLocaleString('en-US');

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function citationsFrom(reply: DraftReply, sources: DraftSources): Citation[] {
  const chunkText = new Map(sources.chunks.map((c) => [c.id, c.text]));
  const products = new Map(sources.products.map((p) => [productSourceId(p.sku), p]));
  return reply.citations.map((c) => {
    const product = products.get(c.source);
    const text = product
      ? `${product.name} ${product.listPrice} ${product.currency} ${product.unit} ${product.description ?? ''}`
      : (chunkText.get(c.source) ?? '');
    // A quote that is not in the source is not shown as one: the citation keeps only the claim.
    const quoted = c.quote.trim() !== '' && normalize(text).includes(normalize(c.quote));
    return {
      ref: product ? { type: 'product', id: product.sku } : { type: 'chunk', id: c.source },
      claim: c.claim,
      ...(quoted ? { quote: c.quote } : {}),
    };
  });
}

/** The draft continues the customer's thread: it answers their latest email when there is one. */
function draftFrom(
  reply: DraftReply,
  sources: DraftSources,
  action: NextBestAction,
  writer: string,
  thread: Activity[],
): ProposalDraft {
  const lastInbound = thread.filter((a) => a.type === 'email' && a.direction === 'inbound').at(-1);
  const threadId = lastInbound?.threadId ?? thread.filter((a) => a.type === 'email').at(-1)?.threadId;
  return {
    action,
    writer,
    rationale: reply.rationale,
    payload: {
      kind: 'send_email',
      email: {
        to: reply.to,
        cc: reply.cc,
        subject: reply.subject,
        body: reply.body,
        ...(threadId ? { threadId } : {}),
        ...(lastInbound ? { inReplyToActivityId: lastInbound.id } : {}),
        citations: citationsFrom(reply, sources),
      },
    },
  };
}

export function llmWriter(deps: LlmWriterDeps): ProposalWriter {
  const writer = `llm:${deps.model.id}`;

  async function offline(
    context: DealContext,
    assessment: Assessment,
    why: string,
  ): Promise<ProposalDraft | undefined> {
    if (!deps.offline) throw new Error(`${why}, and no offline writer is configured`);
    const draft = await deps.offline.write(context, assessment);
    return draft && { ...draft, rationale: `${draft.rationale} (Written offline: ${why}.)` };
  }

  return {
    name: writer,
    async write(context, assessment) {
      const action = assessment.actions[0];
      if (assessment.verdict !== 'act_now' || !action) return undefined;
      if (!EMAIL_ACTIONS.has(action))
        return deps.offline ? deps.offline.write(context, assessment) : undefined;
      const sources = await gatherDraftSources(deps.db, context, assessment, {
        embedder: deps.embedder,
        limit: deps.sourceLimit ?? DEFAULT_SOURCE_LIMIT,
      });
      const { system, prompt, evidence, sourceIds } = writerPrompt(context, assessment, action, sources);
      const schema = draftReplySchema(sourceIds);
      const key = {
        purpose: 'write',
        model: deps.model.id,
        promptVersion: WRITER_PROMPT_VERSION,
        fingerprint: evidenceFingerprint(system, prompt),
      };
      try {
        let reply = await deps.cache.get(key, schema);
        if (!reply) {
          const answer = await generateStructured({
            model: deps.model,
            policy: deps.policy,
            budget: deps.budget,
            purpose: 'write',
            system,
            prompt,
            schema,
            schemaName: 'email_draft',
          });
          reply = answer.value;
          await deps.cache.put(key, reply, answer.usage);
        }
        return draftFrom(reply, sources, action, writer, evidence.thread);
      } catch (error) {
        if (!isLlmCallError(error)) throw error;
        // A cached reply is used even past the budget (it costs nothing); only a new call is refused.
        const why =
          error.reason === 'budget_spent'
            ? `the run's model token budget is spent (${tokens(deps.budget.spent)} of ${tokens(deps.budget.limit)} tokens)`
            : `the model failed: ${error.message}`;
        return offline(context, assessment, why);
      }
    },
  };
}
