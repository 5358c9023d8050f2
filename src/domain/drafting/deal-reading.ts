/** The deal as a writer reads it: who to write to, who is gone, the thread to answer, "today" in the rep's zone. */
import { addBusinessDays } from '../dates/calendar.ts';
import { localTime, type Zone, zoneFromIso } from '../dates/zone.ts';
import { matchTerms } from '../guardrails/vocabulary/lexicon-matcher.ts';
import { sellerDomains } from '../mail/parties.ts';
import { type ReadActivity, readActivity } from '../mail/read-activity.ts';
import type { DealAssessment } from '../triage/assessment-schema.ts';
import { dealActivities } from '../triage/attribution.ts';
import type { DealContext } from '../triage/deal-context.ts';
import { ownerZone } from '../triage/deal-evidence-builder.ts';
import { SignalIndex } from '../triage/signal-index.ts';
import type { Contact, Product } from '../workspace/workspace-schema.ts';
import type { DraftConfig } from './draft-config.ts';
import { type Picker, pickerFor } from './variation.ts';
import { firstName, projectOf } from './wording.ts';

export type DealReading = {
  context: DealContext;
  assessment: DealAssessment;
  signals: SignalIndex;
  config: DraftConfig;
  pick: Picker;
  zone: Zone;
  /** The rep's calendar day at asOf (epoch day). */
  today: number;
  rep: { name: string; first: string };
  /** What the deal is about, in words: "plant analytics project". */
  project: string;
  /** This deal's activities known at asOf, read, oldest first. */
  timeline: readonly ReadActivity[];
  /** Lower-case addresses nobody should write to: left, bounced or handed off. */
  gone: ReadonlySet<string>;
  /** Activities no person wrote (bounces, out-of-office, departure notices), never answered. */
  automated: ReadonlySet<string>;
};

const key = (address: string) => address.trim().toLowerCase();

export function readDeal(
  context: DealContext,
  assessment: DealAssessment,
  config: DraftConfig,
  products: readonly Product[],
): DealReading {
  const zone = ownerZone(context);
  const asOfMs = Date.parse(context.asOf);
  const ours = sellerDomains(context.seller);
  const timeline = dealActivities(context)
    .filter((a) => Date.parse(a.occurredAt) <= asOfMs)
    .map((a) => readActivity(a, { ours, fallbackZone: zone }))
    .sort((x, y) => x.at - y.at);
  const signals = new SignalIndex(assessment.signals);
  const gone = new Set<string>();
  for (const c of context.contacts) if ((c.status ?? 'active') !== 'active') gone.add(key(c.email));
  for (const s of signals.of('stakeholder')) {
    if (s.email && (s.change === 'left_company' || s.change === 'bounced' || s.change === 'handed_off'))
      gone.add(key(s.email));
  }
  const automated = new Set(timeline.filter((r) => r.automated).map((r) => r.activity.id));
  for (const d of signals.of('deferral'))
    if (d.cause === 'out_of_office') for (const r of d.refs) if (r.type === 'activity') automated.add(r.id);
  const repName = context.owner?.name ?? `The ${context.seller.name} team`;
  const productWords = new Set(products.flatMap((p) => p.name.toLowerCase().split(/\s+/)));
  return {
    context,
    assessment,
    signals,
    config,
    pick: pickerFor(context.opportunity.id),
    zone,
    today: localTime(asOfMs, zone).day,
    rep: { name: repName, first: firstName(context.owner?.name) ?? repName },
    project: speakableProject(
      projectOf(context.opportunity.name, context.account.name, productWords),
      timeline,
    ),
    timeline,
    gone,
    automated,
  };
}

/** The account's contact at this address, if it is one we may write to. */
export function writableContact(reading: DealReading, address: string | undefined): Contact | undefined {
  if (!address) return undefined;
  const k = key(address);
  if (reading.gone.has(k)) return undefined;
  return reading.context.contacts.find((c) => key(c.email) === k && (c.status ?? 'active') === 'active');
}

/** The customer's latest email on this deal that a person wrote and we may answer. */
export function latestCustomerEmail(reading: DealReading): ReadActivity | undefined {
  return [...reading.timeline]
    .reverse()
    .find(
      (r) =>
        r.activity.type === 'email' &&
        r.party === 'them' &&
        !reading.automated.has(r.activity.id) &&
        writableContact(reading, r.from) !== undefined,
    );
}

export const workingDaysFromToday = (reading: DealReading, n: number): number =>
  addBusinessDays(reading.today, n);

/** The calendar day of an instant as its writer saw it (the offset it carries), else in the rep's zone. */
export function dayOf(reading: DealReading, iso: string): number {
  return localTime(Date.parse(iso), zoneFromIso(iso) ?? reading.zone).day;
}

/**
 * A deal named "Data platform pilot" has not been offered a pilot unless its thread says so: a capability word in
 * the deal's name that the conversation never used is left out of what the customer reads.
 */
function speakableProject(project: string, timeline: readonly ReadActivity[]): string {
  const terms = matchTerms(project);
  if (terms.length === 0) return project;
  const said = new Set(
    timeline
      .filter((r) => r.party !== 'system' && r.direction !== 'internal')
      .flatMap((r) =>
        matchTerms(`${r.activity.subject ?? ''}\n${r.activity.body ?? ''}`).map((m) => m.term.id),
      ),
  );
  let speakable = project;
  for (const t of [...terms].reverse())
    if (!said.has(t.term.id)) speakable = `${speakable.slice(0, t.start)}project${speakable.slice(t.end)}`;
  return speakable.replace(/\bproject(?:\s+project)+\b/g, 'project');
}
