/** Deterministic choice among phrasings: the same deal always reads the same, different deals read differently. */

/** FNV-1a: a fast, well-spread 32-bit hash, stable across runs and machines (no Math.random). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A picker bound to one deal: `pick('opening', options)` chooses by the deal id and the slot's name. */
export type Picker = <T>(slot: string, options: readonly T[]) => T;

export function pickerFor(dealId: string): Picker {
  return <T>(slot: string, options: readonly T[]): T => {
    if (options.length === 0) throw new Error(`no phrasing for ${slot}`);
    return options[hash(`${dealId}\u0000${slot}`) % options.length]!;
  };
}
