/** The one write a copilot task makes: a proposal in the decision queue (a call log, or an email draft). */
import type { CopilotRoute } from '../copilot-schema.ts';
import type { Evidence } from '../evidence.ts';
import type { PlanContext } from '../plans.ts';
import type { ToolCall } from '../tool-call.ts';
import { extractActivityLog } from './activity-log.ts';

/** The deal a log or draft attaches to: the one named, else the account's only open deal. */
const dealFor = (route: CopilotRoute, evidence: Evidence): string | undefined =>
  route.opportunityId ?? (evidence.deals.length === 1 ? evidence.deals[0]!.id : undefined);

export function logProposalCall(route: CopilotRoute, evidence: Evidence, ctx: PlanContext): ToolCall[] {
  const opportunityId = dealFor(route, evidence);
  if (!opportunityId) return [];
  const log = extractActivityLog({
    request: ctx.request,
    notes: route.topic,
    account: evidence.account,
    participants: evidence.contacts.filter((c) => route.contactIds.includes(c.id)),
    asOf: ctx.asOf,
    timezone: ctx.timezone,
  });
  return [
    {
      tool: 'copilot_propose_action',
      input: {
        opportunityId,
        // Logging a touch keeps the record true: the CRM-fixing action, internal and never customer-facing.
        action: 'fix_crm',
        payload: { kind: 'log_activity', log },
        rationale: `Logged from your notes${log.commitments.length ? `, with ${log.commitments.length} commitment(s) for the next triage to track` : ''}.`,
      },
      why: 'the structured log goes to the decision queue for you to confirm',
    },
  ];
}

export function draftProposalCall(opportunityId: string, evidence: Evidence): ToolCall[] {
  const draft = evidence.draft;
  if (!draft) return [];
  return [
    {
      tool: 'copilot_propose_action',
      input: {
        opportunityId,
        action: draft.action,
        payload: draft.payload,
        rationale: draft.rationale,
        writer: draft.writer,
      },
      why: 'nothing reaches a customer unapproved: the draft waits in your queue',
    },
  ];
}
