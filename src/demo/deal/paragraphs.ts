/** Wraps a message's core in the optional openers and closers people add, so the same point reads differently. */
import { OUR_CLOSERS, OUR_OPENERS, THEIR_CLOSERS, THEIR_OPENERS } from '../phrasing/small-talk.ts';
import { maybe, type Vars } from '../phrasing/vars.ts';
import type { Rng } from '../random.ts';

export function ours(rng: Rng, v: Vars, core: readonly string[], opener = 0.45, closer = 0.45): string[] {
  return [...maybe(rng, opener, OUR_OPENERS, v), ...core, ...maybe(rng, closer, OUR_CLOSERS, v)];
}

export function theirs(rng: Rng, v: Vars, core: readonly string[], opener = 0.35, closer = 0.3): string[] {
  return [...maybe(rng, opener, THEIR_OPENERS, v), ...core, ...maybe(rng, closer, THEIR_CLOSERS, v)];
}
