/** Turns an approved payload into the exact thing to execute: the email with its headers, or the CRM change. */
import { eq } from 'drizzle-orm';
import { ServerFault } from '../../../domain/errors.ts';
import type { ProposalPayload } from '../../../domain/proposals/proposal-schema.ts';
import { meetingInvite } from '../../../email/ical-invite.ts';
import { proposalMessageId } from '../../../email/message-ids.ts';
import type { Db } from '../../../store/open-store.ts';
import { opportunities, users } from '../../../store/schema/index.ts';
import type { ProposalRow } from '../proposal-record.ts';
import type { OutboxPayload } from './outbox-payload.ts';
import { threadHeaders } from './thread-headers.ts';

type Sender = { name: string; email: string; timezone: string | null };

/** From: the deal owner at the time of approval, the person the customer knows. */
async function dealOwner(db: Db, opportunityId: string): Promise<Sender> {
  const [owner] = await db
    .select({ name: users.name, email: users.email, timezone: users.timezone })
    .from(opportunities)
    .innerJoin(users, eq(users.id, opportunities.ownerId))
    .where(eq(opportunities.id, opportunityId));
  if (!owner)
    throw new ServerFault('owner_missing', `deal ${opportunityId} has no owner with an email address`);
  return owner;
}

function formatWhen(iso: string, timezone: string | null): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  try {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: timezone ?? 'UTC' }).format(
      new Date(iso),
    );
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(new Date(iso));
  }
}

export async function freezeExecution(
  db: Db,
  proposal: ProposalRow,
  payload: ProposalPayload,
  now: Date,
): Promise<OutboxPayload> {
  switch (payload.kind) {
    case 'update_opportunity':
      return { kind: 'update_opportunity', update: payload.update };
    case 'log_activity':
      return { kind: 'log_activity', log: payload.log };
    case 'send_email': {
      const owner = await dealOwner(db, proposal.opportunityId);
      const email = payload.email;
      const thread = await threadHeaders(db, {
        accountId: proposal.accountId,
        threadId: email.threadId,
        inReplyToActivityId: email.inReplyToActivityId,
      });
      return {
        kind: 'send_email',
        threadId: thread.threadId ?? `t-cl-${proposal.id}`,
        mail: {
          messageId: proposalMessageId(proposal.id),
          from: { name: owner.name, address: owner.email },
          to: email.to,
          cc: email.cc,
          subject: email.subject,
          text: email.body,
          ...(thread.inReplyTo ? { inReplyTo: thread.inReplyTo } : {}),
          references: thread.references,
        },
      };
    }
    case 'schedule_meeting': {
      const owner = await dealOwner(db, proposal.opportunityId);
      const meeting = payload.meeting;
      // An invite holds one time: the first option (a person reorders them when editing); the others are offered in words.
      const [startsAt, ...alternatives] = meeting.timeOptions as [string, ...string[]];
      const thread = await threadHeaders(db, { accountId: proposal.accountId, threadId: meeting.threadId });
      const lines = [
        meeting.agenda,
        '',
        `Proposed time: ${formatWhen(startsAt, owner.timezone)} (${meeting.durationMinutes} minutes).`,
        ...(alternatives.length > 0
          ? [
              `If that does not suit you, these work too: ${alternatives.map((t) => formatWhen(t, owner.timezone)).join('; ')}.`,
            ]
          : []),
      ];
      return {
        kind: 'schedule_meeting',
        threadId: thread.threadId ?? `t-cl-${proposal.id}`,
        startsAt,
        durationMinutes: meeting.durationMinutes,
        mail: {
          messageId: proposalMessageId(proposal.id),
          from: { name: owner.name, address: owner.email },
          to: meeting.attendees,
          cc: [],
          subject: meeting.subject,
          text: lines.join('\n'),
          ...(thread.inReplyTo ? { inReplyTo: thread.inReplyTo } : {}),
          references: thread.references,
          invite: {
            method: 'REQUEST',
            content: meetingInvite({
              uid: `${proposal.id}@closeloop.local`,
              organizer: { name: owner.name, email: owner.email },
              attendees: meeting.attendees,
              subject: meeting.subject,
              agenda: meeting.agenda,
              start: new Date(startsAt),
              durationMinutes: meeting.durationMinutes,
              stamp: now,
            }),
          },
        },
      };
    }
  }
}
