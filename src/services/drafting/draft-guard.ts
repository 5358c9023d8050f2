/**
 * The mission's guard over one guard base (seller, customers, price book, documents): every proposal comes back with
 * guardrail observations, findings or not, so a reader sees what was checked and against which sources.
 */
import { customerFacing } from '../../domain/guardrails/customer-facing.ts';
import { findingToObservation } from '../../domain/guardrails/finding-observation.ts';
import { guardDraft } from '../../domain/guardrails/guard-draft.ts';
import type { GuardFinding } from '../../domain/guardrails/guard-schema.ts';
import {
  createGuardIndex,
  type DealRecords,
  type GuardBase,
} from '../../domain/guardrails/index/guard-index.ts';
import type { KnowledgeBase } from '../../domain/knowledge/knowledge-base.ts';
import type { Observation, RecordRef } from '../../domain/observations/observation-schema.ts';
import type { Citation, ProposalDraft } from '../../domain/proposals/proposal-schema.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import type { GuardOutcome } from '../missions/mission-ports.ts';

/** A short, stable digest of a deal's records: a deal whose mail, usage or fields changed is read afresh. */
function recordsKey(context: DealContext): string {
  let h = 0x811c9dc5;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  };
  add(JSON.stringify(context.opportunity));
  for (const a of context.activities) add(`${a.id}|${a.occurredAt}|${a.body?.length ?? 0}|${a.status ?? ''}`);
  for (const u of context.usage) add(`${u.metric}|${u.period}|${u.value}`);
  return (h >>> 0).toString(36);
}

const CHECKED =
  'recipients, prices, figures and dates, capability claims, confidentiality and planted instructions';

/** Citations whose quoted words are not in the passage they name, which backs nothing. */
function unverifiedCitations(kb: KnowledgeBase, citations: readonly Citation[]): Citation[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return citations.filter((c) => {
    if (c.ref.type !== 'chunk' || !c.quote) return false;
    const chunk = kb.chunkById.get(c.ref.id);
    return !chunk || !norm(chunk.text).includes(norm(c.quote));
  });
}

function citationRefs(citations: readonly Citation[]): RecordRef[] {
  const seen = new Set<string>();
  return citations.flatMap((c) => {
    const key = `${c.ref.type}:${c.ref.id}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [c.ref];
  });
}

/** For a CRM change: is each "from" still what the record holds? A stale one would be refused when applied. */
function internalSummary(context: DealContext, draft: ProposalDraft): Observation {
  const opportunity = context.opportunity;
  const refs: RecordRef[] = [{ type: 'opportunity', id: opportunity.id }];
  if (draft.payload.kind !== 'update_opportunity')
    return { kind: 'guardrail', title: 'Internal record: nothing reaches the customer', refs };
  const stale = draft.payload.update.changes.filter((c) => (opportunity[c.field] ?? null) !== c.from);
  return {
    kind: 'guardrail',
    title: stale.length
      ? `Check the record: ${stale.map((c) => c.field).join(', ')} changed since it was read`
      : 'Internal record change: nothing reaches the customer; current values match the record',
    detail: draft.payload.update.changes
      .map((c) => `${c.field}: ${c.from ?? '(empty)'} → ${c.to}`)
      .join('; '),
    refs: [...refs, ...draft.payload.update.changes.map((c) => ({ ...refs[0]!, field: c.field }))],
    data: { internal: true, stale: stale.map((c) => c.field) },
  };
}

/** The mission's outcome, with the guardrails' own finding type for callers that read findings. */
export type CheckedDraft = Omit<GuardOutcome, 'findings'> & { findings: GuardFinding[] };
export type TypedDraftGuard = (context: DealContext, draft: ProposalDraft) => CheckedDraft;

export function guardOverBase(base: GuardBase): TypedDraftGuard {
  const records = new Map<string, DealRecords>();
  const latestKey = new Map<string, string>();
  const index = createGuardIndex(base, (key) => records.get(key));
  return (context: DealContext, draft: ProposalDraft): CheckedDraft => {
    const opportunityId = context.opportunity.id;
    const checked = customerFacing(opportunityId, draft);
    if (!checked) return { blocked: false, findings: [], observations: [internalSummary(context, draft)] };
    // The index keeps each deal it has read; keying by the records' digest makes a changed deal a new entry.
    const key = `${opportunityId}#${recordsKey(context)}`;
    const previous = latestKey.get(opportunityId);
    if (previous !== key) {
      if (previous) records.delete(previous);
      latestKey.set(opportunityId, key);
      records.set(key, {
        opportunity: context.opportunity,
        // Other deals' mail of the account is theirs; unassigned mail belongs to the account as a whole.
        activities: context.activities.filter(
          (a) => a.opportunityId === undefined || a.opportunityId === opportunityId,
        ),
        usage: context.usage,
      });
    }
    const outcome = guardDraft(index, { ...checked, opportunityId: key });
    const findings: GuardFinding[] = outcome.status === 'checked' ? outcome.findings : [];
    const blocked = outcome.status === 'checked' ? outcome.blocked : true;
    const citations = draft.payload.kind === 'send_email' ? draft.payload.email.citations : [];
    const unverified = unverifiedCitations(index.kb, citations);
    const blocks = findings.filter((f) => f.severity === 'block').length;
    const summary: Observation = {
      kind: 'guardrail',
      title: blocked
        ? `Blocked by the guardrails: ${blocks} finding${blocks === 1 ? '' : 's'} to fix before approval`
        : `Guardrails passed${findings.length ? ` with ${findings.length} warning${findings.length === 1 ? '' : 's'}` : ''}`,
      detail: `Checked ${CHECKED}. ${citations.length - unverified.length} of ${citations.length} citations quote their source exactly.`,
      refs: [{ type: 'opportunity', id: opportunityId }, ...citationRefs(citations)],
      data: {
        blocked,
        findings: findings.length,
        citations: citations.length,
        ...(unverified.length ? { unverifiedCitations: unverified.map((c) => c.ref.id) } : {}),
      },
    };
    return {
      blocked,
      findings,
      observations: [...findings.map((f) => findingToObservation(f, opportunityId)), summary],
    };
  };
}
