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

// Contexts built from one workspace share activity objects, so an account's mail is read once for all its deals.
const readCache = new WeakMap<Activity, Map<string, ReadActivity>>();

function cachedRead(
  activity: Activity,
  zone: Zone,
  ours: ReturnType<typeof sellerDomains>,
  key: string,
): ReadActivity {
  let byKey = readCache.get(activity);
  if (!byKey) {
    byKey = new Map();
    readCache.set(activity, byKey);
  }
  let read = byKey.get(key);
  if (!read) {
    read = readActivity(activity, { ours, fallbackZone: zone });
    byKey.set(key, read);
  }
  return read;
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
  for (const a of ctx.activities) {
    const read = cachedRead(a, zone, ours, key);
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
