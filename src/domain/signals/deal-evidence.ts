/** What signal extractors read: one deal's timeline, read and attributed, with "now" behind a TimeGate. */
import { DAY_MS } from '../dates/calendar.ts';
import type { TimeGate } from '../dates/time-gate.ts';
import { startOfLocalDay, type Zone } from '../dates/zone.ts';
import type { SellerDomains } from '../mail/parties.ts';
import type { ReadActivity } from '../mail/read-activity.ts';
import type { Sentence } from '../mail/sentences.ts';
import type { QuotedSpan, RecordRef } from '../observations/observation-schema.ts';
import type { TriageConfig } from '../triage/triage-config.ts';
import type { Account, Contact, Opportunity, Pipeline, UsagePoint } from '../workspace/workspace-schema.ts';

export type DealEvidence = {
  asOf: string;
  gate: TimeGate;
  /** The deal owner's zone: calendar dates (close date, resume dates) are read in it. */
  zone: Zone;
  opportunity: Opportunity;
  account: Account;
  pipeline: Pipeline;
  contacts: readonly Contact[];
  contactsByEmail: ReadonlyMap<string, Contact>;
  /** This deal's activities up to now, oldest first. */
  timeline: readonly ReadActivity[];
  /** All the account's activities up to now, oldest first (for people who left or bounced). */
  accountTimeline: readonly ReadActivity[];
  usage: readonly UsagePoint[];
  competitors: readonly string[];
  /** Sentences that carry instructions to a machine; nothing is read from them. */
  ignored: ReadonlySet<Sentence>;
  config: TriageConfig;
  /** The seller's mail domains, for telling our quoted words from the customer's. */
  ours: SellerDomains;
  /** The selling company's name, so "we went with Northwind" is never read as a loss. */
  sellerName: string;
};

/** True once the calendar day `day` has begun in the owner's zone (remembering the moment if not). */
export function dayHasCome(e: DealEvidence, day: number): boolean {
  return e.gate.reached(startOfLocalDay(day, e.zone));
}

/** True once `days` days have passed since the instant `ms`. */
export function daysHavePassed(e: DealEvidence, ms: number, days: number): boolean {
  return e.gate.reached(ms + days * DAY_MS);
}

export const activityRef = (r: ReadActivity): RecordRef => ({ type: 'activity', id: r.activity.id });

export function bodySpan(r: ReadActivity, start: number, end: number): QuotedSpan {
  return {
    activityId: r.activity.id,
    field: 'body',
    start,
    end,
    text: (r.activity.body ?? '').slice(start, end),
  };
}

export function sentenceSpan(r: ReadActivity, s: Sentence): QuotedSpan {
  return { activityId: r.activity.id, field: 'body', start: s.start, end: s.end, text: s.text };
}

export function subjectSpan(r: ReadActivity): QuotedSpan | undefined {
  const subject = r.activity.subject;
  return subject
    ? { activityId: r.activity.id, field: 'subject', start: 0, end: subject.length, text: subject }
    : undefined;
}

export const iso = (ms: number): string => new Date(ms).toISOString();
