/** Finding a proposal for a person: visible to them or not found, decidable by them or forbidden, and why not. */
import { type Actor, canDecideFor, canSeeOwner, isSystem } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import type { Db } from '../../store/open-store.ts';
import type { ProposalRow } from './proposal-record.ts';
import { readProposal } from './proposal-transitions.ts';

/** Someone who may not see the deal learns nothing, not even that the proposal exists. */
export async function visibleProposal(db: Db, actor: Actor, id: string): Promise<ProposalRow> {
  const row = await readProposal(db, id);
  if (!row || !canSeeOwner(actor, row.ownerId)) throw new UserError('not_found', `no proposal ${id}`);
  return row;
}

export function assertCanDecide(actor: Actor, row: ProposalRow): void {
  if (isSystem(actor))
    throw new UserError(
      'unauthenticated',
      'say who is deciding (--as you@company.com or CLOSELOOP_USER): the system decides nothing',
    );
  if (!canDecideFor(actor, row.ownerId))
    throw new UserError(
      'forbidden',
      `${actor.email} cannot decide on ${row.id}: only the deal's owner or their manager decides${actor.role === 'admin' ? ' (an admin may reassign it)' : ''}`,
    );
}

/** Why a proposal is no longer open, in words: what a second click or a second tab is told. */
export function notPendingError(row: ProposalRow): UserError {
  const when = row.decidedAt ? ` at ${row.decidedAt.toISOString()}` : '';
  const by = row.decidedBy ? ` by ${row.decidedBy}` : '';
  const message =
    row.state === 'approved' || row.state === 'executing' || row.state === 'done' || row.state === 'failed'
      ? `${row.id} was already approved${by}${when} (now ${row.state})`
      : row.state === 'rejected'
        ? `${row.id} was already rejected${by}${when}`
        : `${row.id} is ${row.state}${row.stateReason ? `: ${row.stateReason}` : ''}`;
  return new UserError('conflict', message, { state: row.state });
}
