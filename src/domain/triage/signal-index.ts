/** Signals grouped by kind, so rules read `index.of('commitment')` instead of filtering again and again. */
import type { Signal, SignalKind, SignalOf } from '../signals/signal-schema.ts';

export class SignalIndex {
  private readonly groups = new Map<SignalKind, Signal[]>();

  constructor(readonly all: readonly Signal[]) {
    for (const s of all) {
      const list = this.groups.get(s.kind);
      if (list) list.push(s);
      else this.groups.set(s.kind, [s]);
    }
  }

  of<K extends SignalKind>(kind: K): SignalOf<K>[] {
    return (this.groups.get(kind) ?? []) as SignalOf<K>[];
  }

  one<K extends SignalKind>(kind: K): SignalOf<K> | undefined {
    return this.of(kind)[0];
  }
}
