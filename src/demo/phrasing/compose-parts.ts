/** Builds a sentence or two from interchangeable parts, so one intent reads differently from deal to deal. */
import type { Rng } from '../random.ts';

/** A part that is always there, or there with a probability. */
export type Part = readonly string[] | { readonly options: readonly string[]; readonly p: number };

export function fromParts(rng: Rng, ...parts: readonly Part[]): string {
  const out: string[] = [];
  for (const part of parts) {
    if ('options' in part) {
      if (rng.chance(part.p)) out.push(rng.pick(part.options));
    } else {
      out.push(rng.pick(part));
    }
  }
  return out.filter((s) => s !== '').join(' ');
}

export const sometimes = (p: number, options: readonly string[]): Part => ({ options, p });
