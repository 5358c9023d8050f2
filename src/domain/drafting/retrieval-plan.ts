/** What to look up in the knowledge base before drafting: the customer's open questions, and the action's topic. */
import type { DealAssessment } from '../triage/assessment-schema.ts';
import type { DealContext } from '../triage/deal-context.ts';
import type { KnowledgeDocument } from '../workspace/workspace-schema.ts';
import { oneLine } from './wording.ts';

/** Kinds a customer may read: never internal policy or battlecards, whatever a search would rank. */
export const CUSTOMER_KINDS: readonly KnowledgeDocument['kind'][] = [
  'pricing',
  'spec',
  'security',
  'faq',
  'contract',
];

// Words that find what an action usually cites when the customer asked nothing specific.
const ACTION_TOPICS: Partial<Record<string, string>> = {
  propose_expansion: 'price per seat per month plans add seats prorated',
};

// The sentence before a short question often says what it is about ("…SOC 2 report and pen test summary. Send both?").
const CONTEXT_CHARS = 240;

export function retrievalQueries(context: DealContext, assessment: DealAssessment): string[] {
  if (assessment.verdict !== 'act_now') return [];
  const queries: string[] = [];
  for (const s of assessment.signals) {
    if (s.kind !== 'customer_request' || s.state !== 'open' || s.topic === 'chase') continue;
    const activity = s.span ? context.activities.find((a) => a.id === s.span!.activityId) : undefined;
    const before =
      activity && s.span
        ? (activity.body ?? '').slice(Math.max(0, s.span.start - CONTEXT_CHARS), s.span.start)
        : '';
    const lastSentence = before.split(/(?<=[.!?])\s+/).at(-1) ?? '';
    queries.push(oneLine(`${lastSentence} ${s.text}`));
    if (s.topic === 'expansion') queries.push(ACTION_TOPICS.propose_expansion!);
  }
  for (const action of assessment.actions) {
    const topic = ACTION_TOPICS[action];
    if (topic) queries.push(topic);
  }
  return [...new Set(queries.filter((q) => q.trim() !== ''))];
}
