/** Which deal owners a read may cover: permissions enforced where the data is read, not in the UI. */
import { type Actor, canSeeOwner } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';

/** The one owner a Today view shows: the actor by default; someone else only if the actor may see them. */
export function todayOwner(actor: Actor, requested: string | undefined): string {
  const ownerId = requested ?? actor.userId;
  // Not "forbidden": a rep learns nothing about whether another id exists.
  if (!canSeeOwner(actor, ownerId)) throw new UserError('not_found', `no rep ${ownerId}`);
  return ownerId;
}
