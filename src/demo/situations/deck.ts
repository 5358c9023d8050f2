/**
 * Deals draw their situation from a shuffled deck with one slot per unit of weight, so every block of consecutive
 * deals holds the exact mix: even a small world shows every situation, and a large one keeps the proportions.
 */
import { SITUATION_WEIGHTS, type SituationKey } from '../demo-config.ts';
import { createRng } from '../random.ts';

export class SituationDeck {
  private readonly slots: readonly SituationKey[];
  private block = -1;
  private order: readonly SituationKey[] = [];

  constructor(private readonly seed: number) {
    const slots: SituationKey[] = [];
    for (const [key, weight] of Object.entries(SITUATION_WEIGHTS) as Array<[SituationKey, number]>) {
      for (let i = 0; i < weight; i++) slots.push(key);
    }
    this.slots = slots;
  }

  get size(): number {
    return this.slots.length;
  }

  /** The situation of the deal at `index` in generation order. */
  at(index: number): SituationKey {
    const block = Math.floor(index / this.slots.length);
    if (block !== this.block) {
      this.block = block;
      this.order = createRng(`${this.seed}/deck/${block}`).shuffle(this.slots);
    }
    return this.order[index % this.slots.length] as SituationKey;
  }
}
