/** Reads one activity the way a person skims it: who wrote it, when in their day, whether a person wrote it, and what it says. */
import type { DateReference } from '../dates/date-mentions.ts';
import { localTime, type Zone, zoneFromIso } from '../dates/zone.ts';
import type { Activity } from '../workspace/workspace-schema.ts';
import { type AutomatedMail, classifyAutomated } from './automated-mail.ts';
import { forwardedColleagueRegions } from './forwarded-mail.ts';
import { freshRegions } from './fresh-text.ts';
import { forMatching } from './match-text.ts';
import {
  addressOf,
  authorshipOf,
  type Direction,
  isOurs,
  type Party,
  recipientsOf,
  type SellerDomains,
} from './parties.ts';
import { type Sentence, splitSentences } from './sentences.ts';

export type ReadActivity = {
  activity: Activity;
  /** occurredAt in epoch milliseconds. */
  at: number;
  party: Party;
  direction: Direction;
  from?: string;
  recipients: string[];
  /** Set when no person wrote it (out-of-office, departure notice, bounce). */
  automated?: AutomatedMail;
  /** The writer's local day and minute: relative dates in the text count from here. */
  written: DateReference;
  zone: Zone;
  /** The author's own sentences (quoted mail, signatures and disclaimers removed). */
  sentences: Sentence[];
  lowerSubject: string;
  lowerBody: string;
  /** Filled in lazily by the signal layer when the message is read as a reply. */
  reading?: unknown;
};

export type ReadOptions = {
  ours: SellerDomains;
  /** The zone to read a message in when its timestamp carries no offset (usually the deal owner's). */
  fallbackZone: Zone;
};

export function readActivity(activity: Activity, options: ReadOptions): ReadActivity {
  const at = Date.parse(activity.occurredAt);
  const from = addressOf(activity.from);
  const recipients = recipientsOf(activity);
  const { party, direction } = authorshipOf(activity, from, recipients, options.ours);
  const zone = zoneFromIso(activity.occurredAt) ?? options.fallbackZone;
  const written = localTime(at, zone);
  const body = activity.body ?? '';
  const lowerBody = forMatching(body);
  const lowerSubject = forMatching(activity.subject ?? '');
  let regions = freshRegions(body, lowerBody);
  let automated: AutomatedMail | undefined;
  if (activity.type === 'email' && party !== 'us') {
    automated = classifyAutomated({
      lowerSubject,
      lowerBody,
      freshEnd: regions[regions.length - 1]?.end ?? 0,
      fromSystem: party === 'system',
      isOurAddress: (a) => isOurs(a, options.ours),
    });
  }
  if (activity.type === 'email' && party === 'them' && !automated) {
    const forwarded = forwardedColleagueRegions(body, lowerBody, lowerSubject, (a) =>
      isOurs(a, options.ours),
    );
    if (forwarded.length > 0) regions = regions.concat(forwarded);
  }
  const sentences = automated?.kind === 'bounce' ? [] : splitSentences(body, regions, lowerBody);
  // Every field always present (undefined when absent): one object shape for all reads keeps the extractors'
  // property lookups monomorphic, which they do many times per deal.
  return {
    activity,
    at,
    party,
    direction,
    from,
    recipients,
    automated,
    written,
    zone,
    sentences,
    lowerSubject,
    lowerBody,
    reading: undefined,
  };
}

/** A message a person on the customer's side wrote to us (not an auto-reply, not a bounce). */
export const isCustomerWriting = (r: ReadActivity): boolean =>
  r.activity.type === 'email' && r.party === 'them' && !r.automated;

/** Something we sent the customer: an email that left our domains. */
export const isOurEmailToCustomer = (r: ReadActivity): boolean =>
  r.activity.type === 'email' && r.party === 'us' && r.direction === 'outbound';

/** Our own record of what happened (a note, a call log, meeting notes, an internal email), read as reported speech. */
export const isOurReport = (r: ReadActivity): boolean =>
  r.activity.type === 'note' ||
  r.activity.type === 'call' ||
  r.activity.type === 'meeting' ||
  (r.activity.type === 'email' && r.direction === 'internal');
