/** The prompt for drafting one customer email; bump the version when its words or shape change. */
import type { KnowledgeChunk } from '../../domain/knowledge/knowledge-chunk.ts';
import type { NextBestAction } from '../../domain/labels/labels-schema.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import type { Product } from '../../domain/workspace/workspace-schema.ts';
import type { Assessment } from '../../services/missions/mission-ports.ts';
import { type RenderedEvidence, renderDealEvidence } from '../prompts/deal-evidence.ts';
import { ACTION_MEANINGS } from '../prompts/label-vocabulary.ts';
import { element, UNTRUSTED_TEXT_RULE } from '../untrusted-text.ts';
import type { DraftSources } from './draft-sources.ts';

export const WRITER_PROMPT_VERSION = 'draft-v1';

const SYSTEM = `You draft one short email from a B2B sales rep to a customer. A person reviews it before anything is sent,
and automatic guardrails block any statement the sources do not support.

Rules:
- Write plain text as the rep, in the customer's language, under 180 words, specific to the thread; sign with the
  rep's first name. No placeholders.
- Every statement about the product, a plan, a price, a fee, a discount, a capability, an integration, security,
  compliance, hosting or a certification must come from a <knowledge> passage or a <product> entry, and be listed in
  citations with that source's id, the claim, and the source's exact words. When the sources do not answer a
  question, say you will confirm it; never guess.
- Never invent figures, dates, prices, discounts, customers or capabilities; copy prices exactly as the sources state them.
- Write only to contacts of the account whose status is active; the person the email answers goes in "to".
- Never mention internal notes, internal policy, approvals, other customers, or competitors.
- rationale is one sentence for the rep: why this email, now.
- ${UNTRUSTED_TEXT_RULE}
Reply with the JSON object only.`;

export const productSourceId = (sku: string) => `product:${sku}`;

function knowledgeElement(c: KnowledgeChunk): string {
  return element(
    'knowledge',
    { id: c.id, document: c.documentTitle, section: c.headingPath.join(' › '), kind: c.kind },
    c.text,
  );
}

function productElement(p: Product): string {
  return element(
    'product',
    { id: productSourceId(p.sku), name: p.name, list_price: p.listPrice, currency: p.currency, unit: p.unit },
    p.description ?? '',
  );
}

export type WriterPrompt = {
  system: string;
  prompt: string;
  evidence: RenderedEvidence;
  sourceIds: Set<string>;
};

export function writerPrompt(
  context: DealContext,
  assessment: Assessment,
  action: NextBestAction,
  sources: DraftSources,
): WriterPrompt {
  const evidence = renderDealEvidence(context, assessment);
  const sourceIds = new Set([
    ...sources.chunks.map((c) => c.id),
    ...sources.products.map((p) => productSourceId(p.sku)),
  ]);
  const knowledge =
    sources.chunks.length > 0 ? sources.chunks.map(knowledgeElement).join('\n') : '(no passage matched)';
  const priceBook = sources.products.length > 0 ? sources.products.map(productElement).join('\n') : '(empty)';
  const prompt = `${evidence.text}

<sources>
${knowledge}
${priceBook}
</sources>

Task: draft the email for this action: ${action} (${ACTION_MEANINGS[action]}); the engine's reasons are in
<engine_assessment> and <evidence> above.`;
  return { system: SYSTEM, prompt, evidence, sourceIds };
}
