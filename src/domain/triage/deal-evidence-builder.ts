/** Turns a DealContext into the evidence extractors read: activities attributed, read once, visible up to now, in order. */
import type { TimeGate } from '../dates/time-gate.ts';
import { UTC, type Zone, zoneNamed } from '../dates/zone.ts';
import { sellerDomains } from '../mail/parties.ts';
import { type ReadActivity, readActivity } from '../mail/read-activity.ts';
import type { DealEvidence } from '../signals/deal-evidence.ts';
import type { Activity, Contact } from '../workspace/workspace-schema.ts';
import { dealActivities } from './attribution.ts';
import type { DealContext } from './deal-context.ts';
import type { TriageConfig } from './triage-config.ts';

// Contexts built from one workspace or one store batch share an account's activity list, so an account's mail is
// read once for all its deals. One entry per list, not per activity: the cache is paid for on every deal.
const readCache = new WeakMap<readonly Activity[], Map<string, ReadActivity[]>>();

function readAll(
  activities: readonly Activity[],
  zone: Zone,
  ours: ReturnType<typeof sellerDomains>,
  key: string,
): ReadActivity[] {
  let byKey = readCache.get(activities);
  if (!byKey) {
    byKey = new Map();
    readCache.set(activities, byKey);
  }
  let reads = byKey.get(key);
  // The list is plain data a caller could still change: reuse the reads only while they match it item for item.
  if (!reads || !readsMatch(reads, activities)) {
    reads = activities.map((a) => readActivity(a, { ours, fallbackZone: zone }));
    byKey.set(key, reads);
  }
  return reads;
}

function readsMatch(reads: readonly ReadActivity[], activities: readonly Activity[]): boolean {
  if (reads.length !== activities.length) return false;
  for (let i = 0; i < reads.length; i += 1) if (reads[i]!.activity !== activities[i]) return false;
  return true;
}

export function ownerZone(ctx: DealContext): Zone {
  return zoneNamed(ctx.owner?.timezone) ?? UTC;
}

export function buildEvidence(
  ctx: DealContext,
  config: TriageConfig,
  gate: TimeGate,
): Omit<DealEvidence, 'ignored'> {
  const zone = ownerZone(ctx);
  const ours = sellerDomains(ctx.seller);
  const key = `${ctx.seller.domains.join(',')}|${zone.kind === 'iana' ? zone.name : zone.minutes}`;
  const mine = new Set(dealActivities(ctx));
  const accountTimeline: ReadActivity[] = [];
  const timeline: ReadActivity[] = [];
  for (const read of readAll(ctx.activities, zone, ours, key)) {
    const a = read.activity;
    // Activities logged after "now" are not known yet; the moment they appear is a turning point.
    if (!gate.reached(read.at)) continue;
    accountTimeline.push(read);
    if (mine.has(a)) timeline.push(read);
  }
  const byTime = (x: ReadActivity, y: ReadActivity) => x.at - y.at;
  accountTimeline.sort(byTime);
  timeline.sort(byTime);
  const contactsByEmail = new Map<string, Contact>(ctx.contacts.map((c) => [c.email.toLowerCase(), c]));
  return {
    asOf: ctx.asOf,
    gate,
    zone,
    opportunity: ctx.opportunity,
    account: ctx.account,
    pipeline: ctx.pipeline,
    contacts: ctx.contacts,
    contactsByEmail,
    timeline,
    accountTimeline,
    usage: ctx.usage,
    competitors: ctx.competitors,
    config,
    ours,
    sellerName: ctx.seller.name,
  };
}
