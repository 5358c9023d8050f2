/** Writes an executed proposal back into the CRM, so the next mission run sees what was done. */
import { eq, sql } from 'drizzle-orm';
import { UserError } from '../../domain/errors.ts';
import type { ActivityLog, OpportunityUpdate } from '../../domain/proposals/proposal-schema.ts';
import { type Activity, DEFAULT_PIPELINE, isoDate } from '../../domain/workspace/workspace-schema.ts';
import { writeBackActivityId } from '../../email/message-ids.ts';
import { readWorkspaceHead } from '../../store/crm-reads.ts';
import { upsertItems } from '../../store/crm-writes.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import { formatInstant } from '../../store/rows/instant.ts';
import { opportunities } from '../../store/schema/index.ts';
import type { OutboxPayload } from './outbox/outbox-payload.ts';
import type { ProposalRow } from './proposal-record.ts';

export type WriteBack = { activityId?: string; fieldChanges?: OpportunityUpdate['changes'] };

export async function writeBack(
  tx: Db,
  proposal: Pick<ProposalRow, 'id' | 'opportunityId' | 'accountId'>,
  payload: OutboxPayload,
  at: Date,
): Promise<WriteBack> {
  const base = {
    id: writeBackActivityId(proposal.id),
    accountId: proposal.accountId,
    opportunityId: proposal.opportunityId,
    occurredAt: formatInstant(at),
  };
  switch (payload.kind) {
    case 'send_email': {
      const { mail } = payload;
      await upsertItems(tx, 'activities', [
        {
          ...base,
          type: 'email',
          direction: 'outbound',
          from: mail.from.address,
          to: mail.to,
          cc: mail.cc,
          subject: mail.subject,
          body: mail.text,
          threadId: payload.threadId,
        },
      ]);
      return { activityId: base.id };
    }
    case 'schedule_meeting': {
      const { mail } = payload;
      await upsertItems(tx, 'activities', [
        {
          ...base,
          type: 'meeting',
          direction: 'outbound',
          status: 'scheduled',
          startsAt: payload.startsAt,
          from: mail.from.address,
          to: mail.to,
          subject: mail.subject,
          body: mail.text,
          threadId: payload.threadId,
        },
      ]);
      return { activityId: base.id };
    }
    case 'log_activity': {
      await upsertItems(tx, 'activities', [{ ...base, ...logActivity(payload.log) }]);
      if (payload.log.nextStep)
        await tx
          .update(opportunities)
          .set({ nextStep: payload.log.nextStep })
          .where(eq(opportunities.id, proposal.opportunityId));
      return { activityId: base.id };
    }
    case 'update_opportunity':
      await applyUpdate(tx, proposal.opportunityId, payload.update, at);
      return { fieldChanges: payload.update.changes };
  }
}

function logActivity(log: ActivityLog): Omit<Activity, 'id' | 'accountId' | 'opportunityId'> {
  const commitments = log.commitments.map(
    (c) => `- ${c.by === 'us' ? 'We' : 'They'} will ${c.what}${c.due ? ` by ${c.due}` : ''}`,
  );
  return {
    type: log.type,
    direction: 'internal',
    occurredAt: log.occurredAt,
    ...(log.participants.length > 0 ? { to: log.participants } : {}),
    subject: `${log.type[0]!.toUpperCase()}${log.type.slice(1)} notes`,
    body: [log.summary, ...(commitments.length > 0 ? ['', 'Commitments:', ...commitments] : [])].join('\n'),
    ...(log.type === 'meeting' ? { status: 'completed' as const, startsAt: log.occurredAt } : {}),
  };
}

type CurrentFields = {
  stage: string;
  close_date: string;
  next_step: string | null;
  next_step_date: string | null;
};
const column = {
  stage: 'stage',
  closeDate: 'close_date',
  nextStep: 'next_step',
  nextStepDate: 'next_step_date',
} as const;

/** Applies field changes only if each field still holds the value the proposal saw: a stale change is refused. */
async function applyUpdate(
  tx: Db,
  opportunityId: string,
  update: OpportunityUpdate,
  at: Date,
): Promise<void> {
  const [current] = await queryRows<CurrentFields>(
    tx,
    sql`SELECT stage, close_date::text AS close_date, next_step, next_step_date::text AS next_step_date
        FROM opportunities WHERE id = ${opportunityId} FOR UPDATE`,
  );
  if (!current) throw new UserError('not_found', `deal ${opportunityId} no longer exists`);
  const pipeline = (await readWorkspaceHead(tx))?.pipeline ?? DEFAULT_PIPELINE;
  const set: Partial<typeof opportunities.$inferInsert> = {};
  for (const change of update.changes) {
    const now = current[column[change.field]];
    if ((now ?? null) !== (change.from ?? null))
      throw new UserError(
        'conflict',
        `${change.field} of ${opportunityId} changed since this was proposed: it is now ${now ?? '(empty)'}, the proposal expected ${change.from ?? '(empty)'}`,
      );
    if (
      (change.field === 'closeDate' || change.field === 'nextStepDate') &&
      !isoDate.safeParse(change.to).success
    )
      throw new UserError(
        'invalid_input',
        `${change.field} must be a date like 2026-03-31, not "${change.to}"`,
      );
    if (change.field === 'stage') {
      const known = [...pipeline.stages.map((s) => s.name), pipeline.closedWon, pipeline.closedLost];
      if (!known.includes(change.to))
        throw new UserError(
          'invalid_input',
          `"${change.to}" is not a stage of the pipeline (${known.join(', ')})`,
        );
      set.stage = change.to;
      if (change.to === pipeline.closedWon || change.to === pipeline.closedLost) {
        set.isClosed = true;
        set.isWon = change.to === pipeline.closedWon;
      }
    } else if (change.field === 'closeDate') set.closeDate = change.to;
    else if (change.field === 'nextStep') set.nextStep = change.to;
    else set.nextStepDate = change.to;
  }
  await tx.update(opportunities).set(set).where(eq(opportunities.id, opportunityId));
  const stage = update.changes.find((c) => c.field === 'stage');
  if (stage)
    await tx.execute(sql`
      INSERT INTO opportunity_stage_history (opportunity_id, position, stage, entered_at)
      SELECT ${opportunityId}, coalesce(max(position) + 1, 0), ${stage.to}, ${at}
      FROM opportunity_stage_history WHERE opportunity_id = ${opportunityId}`);
}
