import { describe, expect, it } from 'vitest';
import { type Actor, canDecideFor, canReassign, canSeeOwner, SYSTEM_ACTOR } from './actor.ts';

const rep: Actor = {
  userId: 'u-dana',
  email: 'dana@x.io',
  name: 'Dana',
  role: 'rep',
  visibleOwnerIds: ['u-dana'],
};
const manager: Actor = {
  userId: 'u-sam',
  email: 'sam@x.io',
  name: 'Sam',
  role: 'manager',
  visibleOwnerIds: ['u-sam', 'u-dana'],
};
const admin: Actor = {
  userId: 'u-ada',
  email: 'ada@x.io',
  name: 'Ada',
  role: 'admin',
  visibleOwnerIds: ['u-ada'],
};

describe('permissions', () => {
  it('lets a rep see and decide on their own deals only', () => {
    expect(canSeeOwner(rep, 'u-dana')).toBe(true);
    expect(canSeeOwner(rep, 'u-raj')).toBe(false);
    expect(canDecideFor(rep, 'u-dana')).toBe(true);
    expect(canDecideFor(rep, 'u-raj')).toBe(false);
  });

  it('lets a manager decide for their team but not for another team', () => {
    expect(canDecideFor(manager, 'u-dana')).toBe(true);
    expect(canDecideFor(manager, 'u-raj')).toBe(false);
  });

  it("lets an admin see everything and reassign, but not approve in a rep's place", () => {
    expect(canSeeOwner(admin, 'u-raj')).toBe(true);
    expect(canDecideFor(admin, 'u-raj')).toBe(false);
    expect(canReassign(admin)).toBe(true);
  });

  it('never lets the system actor decide', () => {
    expect(canDecideFor(SYSTEM_ACTOR, 'u-dana')).toBe(false);
  });
});
