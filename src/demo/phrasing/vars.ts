/** What a phrase can mention about its deal, and the helpers that pick and join phrases. */
import type { Person } from '../people/person.ts';
import type { Rng } from '../random.ts';

export interface Vars {
  readonly rep: Person;
  readonly contact: Person;
  /** The customer company's name. */
  readonly company: string;
  readonly seller: string;
  /** The plan under discussion, e.g. "Brightline Business". */
  readonly plan: string;
  readonly industry: string;
  readonly seats: number;
  readonly competitor: string;
}

export type Phrase = (v: Vars) => string;
export type Bank = readonly Phrase[];

export const say = (rng: Rng, bank: Bank, v: Vars): string => rng.pick(bank)(v);
/** Sometimes says something: optional pleasantries and asides. */
export const maybe = (rng: Rng, probability: number, bank: Bank, v: Vars): string[] =>
  rng.chance(probability) ? [say(rng, bank, v)] : [];
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
