/** Collects a deal's activities in any order and hands them back sorted by time, with stable ids. */
import type { Activity } from '../../domain/workspace/workspace-schema.ts';
import { isoUtc, isoWithOffset, type Moment } from '../zoned-time.ts';

export type ActivityDraft = {
  readonly type: Activity['type'];
  readonly at: Moment;
  /** Calendar and task systems export UTC; mail keeps the writer's offset. */
  readonly utc?: boolean;
  readonly direction?: Activity['direction'];
  readonly from?: string;
  readonly to?: readonly string[];
  readonly cc?: readonly string[];
  readonly subject?: string;
  readonly body?: string;
  readonly threadId?: string;
  readonly startsAt?: Moment;
  readonly dueAt?: Moment;
  readonly status?: Activity['status'];
};

export class DealBuilder {
  private readonly drafts: ActivityDraft[] = [];

  add(draft: ActivityDraft): void {
    this.drafts.push(draft);
  }

  get size(): number {
    return this.drafts.length;
  }

  /** The latest instant of any activity so far, for guards. */
  latest(): number {
    return this.drafts.reduce((max, d) => Math.max(max, d.at.utcMs), Number.NEGATIVE_INFINITY);
  }

  build(idPrefix: string, accountId: string, opportunityId: string): Activity[] {
    const ordered = this.drafts
      .map((d, i) => ({ d, i }))
      .sort((a, b) => a.d.at.utcMs - b.d.at.utcMs || a.i - b.i)
      .map(({ d }) => d);
    const width = Math.max(2, String(ordered.length).length);
    return ordered.map((d, i) => {
      const stamp = d.utc ? isoUtc : isoWithOffset;
      // Keys in the order of FORMAT.md, so files read the same way everywhere.
      const a: Activity = {
        id: `${idPrefix}-${String(i + 1).padStart(width, '0')}`,
        type: d.type,
        accountId,
        opportunityId,
        occurredAt: stamp(d.at),
      };
      if (d.direction) a.direction = d.direction;
      if (d.from) a.from = d.from;
      if (d.to) a.to = [...d.to];
      if (d.cc && d.cc.length > 0) a.cc = [...d.cc];
      if (d.subject) a.subject = d.subject;
      if (d.body) a.body = d.body;
      if (d.threadId) a.threadId = d.threadId;
      if (d.startsAt) a.startsAt = stamp(d.startsAt);
      if (d.dueAt) a.dueAt = stamp(d.dueAt);
      if (d.status) a.status = d.status;
      return a;
    });
  }
}
