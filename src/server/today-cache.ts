/**
 * Serialized Today views, per owner and page size, kept warm. A morning's traffic is many reads of a few hundred
 * queues: a view younger than `freshMs` is served as is; an older one (up to `staleMs`) is served while one rebuild
 * runs in the background, so a reader never waits on the store for a view it has seen. A decision taken through
 * this server drops its owner's views at once (the next read waits for a fresh build); writes from other processes
 * (a worker, the CLI on PostgreSQL) show within `freshMs` plus one rebuild.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export type CachedBody = {
  body: string;
  etag: string;
  /** The body gzipped, made once on first request: JSON shrinks about eightfold, and browsers all accept it. */
  gzipped(): Uint8Array<ArrayBuffer>;
};
export type TodayCacheOptions = {
  freshMs: number;
  staleMs: number;
  now: () => number;
  maxEntries?: number;
  rebuilders?: number;
};

type Entry = {
  value: Promise<CachedBody>;
  builtAt: number;
  owner: string;
  ready: boolean;
  refreshing: boolean;
};

export class TodayCache {
  private readonly entries = new Map<string, Entry>();
  private readonly queue: Array<() => Promise<void>> = [];
  private running = 0;
  private readonly maxEntries: number;
  private readonly rebuilders: number;

  constructor(private readonly options: TodayCacheOptions) {
    // Every rep of a 250-rep team with room for other page sizes; beyond it the oldest views go first.
    this.maxEntries = options.maxEntries ?? 2000;
    // Background rebuilds share the store with live requests: two at a time keep views fresh without crowding them.
    this.rebuilders = options.rebuilders ?? 2;
  }

  get enabled(): boolean {
    return this.options.freshMs > 0;
  }

  async get(owner: string, variant: string, build: () => Promise<string>): Promise<CachedBody> {
    if (!this.enabled) return tagged(await build());
    const key = `${owner}\u0000${variant}`;
    const now = this.options.now();
    const hit = this.entries.get(key);
    if (hit) {
      const age = now - hit.builtAt;
      if (age < this.options.freshMs || !hit.ready) return hit.value;
      if (age < this.options.staleMs) {
        if (!hit.refreshing) this.refresh(key, hit, build);
        return hit.value;
      }
    }
    return this.build(key, owner, build, now).value;
  }

  /** After a decision or a run on these owners' deals: their next read waits for a fresh view. */
  invalidate(owners: Iterable<string>): void {
    const drop = new Set(owners);
    for (const [key, entry] of this.entries) if (drop.has(entry.owner)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  private build(key: string, owner: string, build: () => Promise<string>, now: number): Entry {
    if (this.entries.size >= this.maxEntries) this.evict();
    const entry: Entry = {
      value: build().then(tagged),
      builtAt: now,
      owner,
      ready: false,
      refreshing: false,
    };
    this.entries.set(key, entry);
    entry.value.then(
      () => {
        entry.ready = true;
      },
      // A failed build is not kept: the next request tries again.
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry;
  }

  private refresh(key: string, stale: Entry, build: () => Promise<string>): void {
    stale.refreshing = true;
    this.queue.push(async () => {
      // Invalidated or replaced meanwhile: the view is someone else's job now.
      if (this.entries.get(key) !== stale) return;
      try {
        const body = tagged(await build());
        if (this.entries.get(key) === stale) {
          this.entries.set(key, {
            value: Promise.resolve(body),
            builtAt: this.options.now(),
            owner: stale.owner,
            ready: true,
            refreshing: false,
          });
        }
      } catch {
        stale.refreshing = false;
      }
    });
    this.pump();
  }

  private pump(): void {
    while (this.running < this.rebuilders && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.running++;
      void job().finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private evict(): void {
    const excess = this.entries.size - Math.floor(this.maxEntries * 0.9);
    let i = 0;
    for (const key of this.entries.keys()) {
      if (i++ >= excess) break;
      this.entries.delete(key);
    }
  }
}

/** The body as built (JSON text) with an ETag from its content: the same view, the same tag. */
function tagged(body: string): CachedBody {
  let gzipped: Uint8Array<ArrayBuffer> | undefined;
  return {
    body,
    etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`,
    gzipped: () => {
      gzipped ??= new Uint8Array(gzipSync(body, { level: 6 }));
      return gzipped;
    },
  };
}
