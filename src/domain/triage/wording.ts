/** Small helpers for the sentences a rep reads: people's names, days, spans of days. */
import { DAY_MS, describeDay, parseDay } from '../dates/calendar.ts';
import type { DealEvidence } from '../signals/deal-evidence.ts';

export function firstName(e: DealEvidence, email: string | undefined): string {
  if (!email) return 'the customer';
  const contact = e.contactsByEmail.get(email.toLowerCase());
  if (contact) return contact.name.split(/\s+/)[0] ?? contact.name;
  const local = email.split('@')[0] ?? email;
  return local.charAt(0).toUpperCase() + local.slice(1);
}

/** The customer a message of ours went to. */
export function recipientName(e: DealEvidence, activityId: string | undefined): string {
  const r = e.timeline.find((x) => x.activity.id === activityId);
  const to = r?.recipients.find((a) => e.contactsByEmail.has(a)) ?? r?.recipients[0];
  return firstName(e, to);
}

export function authorName(e: DealEvidence, activityId: string | undefined): string {
  const r = e.timeline.find((x) => x.activity.id === activityId);
  return r?.party === 'them' ? firstName(e, r.from) : 'the customer';
}

export const day = (iso: string): string => describeDay(parseDay(iso));

/** Whole days from `iso` to now, for wording only (never for a verdict: verdicts ask the TimeGate). */
export function daysSince(e: DealEvidence, iso: string): number {
  return Math.max(
    0,
    Math.floor((e.gate.nowMs - Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) / DAY_MS),
  );
}

export const quote = (text: string, max = 110): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}"`;
};

export const pct = (fraction: number): string => `${Math.round(Math.abs(fraction) * 100)}%`;
