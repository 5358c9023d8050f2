/** Who is acting, and the permission rules every surface (CLI, HTTP, MCP) shares. */
import { z } from 'zod';
import { userRoles } from '../workspace/workspace-schema.ts';

export const Actor = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(userRoles),
  /** Everyone whose deals this actor may see: themselves and, for a manager, everyone below them. */
  visibleOwnerIds: z.array(z.string()),
});
export type Actor = z.infer<typeof Actor>;

/** The system itself (schedulers, workers): sees everything, decides nothing. */
export const SYSTEM_ACTOR: Actor = {
  userId: 'system',
  email: 'system@closeloop.local',
  name: 'closeloop',
  role: 'admin',
  visibleOwnerIds: [],
};

export const isSystem = (actor: Actor): boolean => actor.userId === SYSTEM_ACTOR.userId;

export function canSeeOwner(actor: Actor, ownerId: string): boolean {
  return actor.role === 'admin' || actor.visibleOwnerIds.includes(ownerId);
}

/** Only the deal's owner or a manager above them decides; an admin reassigns but does not decide for reps. */
export function canDecideFor(actor: Actor, ownerId: string): boolean {
  if (isSystem(actor)) return false;
  return actor.userId === ownerId || (actor.role === 'manager' && actor.visibleOwnerIds.includes(ownerId));
}

export const canReassign = (actor: Actor): boolean => actor.role === 'admin' && !isSystem(actor);
export const canManageUsers = (actor: Actor): boolean => actor.role === 'admin' && !isSystem(actor);
