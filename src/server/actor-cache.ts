/**
 * Who a session cookie or API token belongs to, remembered for a few seconds: resolving it costs three queries,
 * and a browser fires several calls at once. Logging out, revoking a token or resetting a password through this
 * server forgets the entry at once; the same done from another process takes effect within the TTL.
 */
import type { Actor } from '../domain/access/actor.ts';
import { hashSecret } from '../services/auth/secret-token.ts';

export type Resolved = { actor: Actor; kind: 'session' | 'token'; id: string };

type Entry = { value: Resolved; expiresAt: number };

export class ActorCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
    private readonly maxEntries = 10_000,
  ) {}

  async resolve(
    credential: string,
    lookup: () => Promise<Resolved | undefined>,
  ): Promise<Resolved | undefined> {
    if (this.ttlMs <= 0) return lookup();
    // Keyed by a hash, so the map never holds a live secret that a heap dump could reveal.
    const key = hashSecret(credential);
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    const value = await lookup();
    if (!value) {
      this.entries.delete(key);
      return undefined;
    }
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, expiresAt: now + this.ttlMs });
    return value;
  }

  forget(credential: string): void {
    this.entries.delete(hashSecret(credential));
  }

  forgetUser(userId: string): void {
    for (const [key, entry] of this.entries)
      if (entry.value.actor.userId === userId) this.entries.delete(key);
  }
}
