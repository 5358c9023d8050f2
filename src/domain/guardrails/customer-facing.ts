/** What of a proposal reaches a customer, as the guardrails read it. */
import type { ProposalDraft } from '../proposals/proposal-schema.ts';
import type { GuardDraft } from './guard-schema.ts';

/** An email's or an invite's recipients and words; internal proposals (CRM updates, logs) reach nobody: undefined. */
export function customerFacing(opportunityId: string, draft: ProposalDraft): GuardDraft | undefined {
  const p = draft.payload;
  if (p.kind === 'send_email')
    return { opportunityId, to: p.email.to, cc: p.email.cc, subject: p.email.subject, body: p.email.body };
  if (p.kind === 'schedule_meeting')
    return {
      opportunityId,
      to: p.meeting.attendees,
      cc: [],
      subject: p.meeting.subject,
      body: p.meeting.agenda,
    };
  return undefined;
}
