/** Requests to wait: the customer asked us to come back on a date, or an auto-reply says when they return. */
import { formatDay } from '../dates/calendar.ts';
import { type DateMention, resumeDay } from '../dates/date-mentions.ts';
import { datesIn } from '../dates/dates-in-text.ts';
import { startOfLocalDay } from '../dates/zone.ts';
import {
  isCustomerWriting,
  isOurEmailToCustomer,
  isOurReport,
  type ReadActivity,
} from '../mail/read-activity.ts';
import type { Sentence } from '../mail/sentences.ts';
import { activityRef, type DealEvidence, sentenceSpan } from './deal-evidence.ts';
import {
  AWAY,
  BUSY,
  FIRST_PERSON_SUBJECT,
  GATE_CLEARED,
  GATE_PENDING,
  GATING_EVENT,
  PROCESS,
  PROCESS_TIMING,
  RECONNECT,
  WAIT,
} from './lexicon/deferral-phrases.ts';
import { REQUEST } from './lexicon/request-phrases.ts';
import { CHOSE_SOMEONE, LOSS, NOT_A_VENDOR, PAUSE } from './lexicon/risk-phrases.ts';
import { isConversation } from './reply-reading.ts';
import { hasCue } from './sentence-cues.ts';
import type { DeferralSignal } from './signal-schema.ts';

const FIRST_PERSON_FUTURE =
  /\b(?:i|we)(?:'ll| will| shall| am going to|'m going to| are going to|'re going to)\b/;
const RETURN_CUE =
  /\b(?:back|return|returning|until|till|through|thru|resume|reachable|available again|in the office)\b/;
const THEN = /\b(?:then|that point|that date|that time)\b/;

function anchorFor(r: ReadActivity, s: Sentence): DateMention | undefined {
  if (!THEN.test(s.lower)) return undefined;
  let found: DateMention | undefined;
  for (const other of r.sentences) {
    if (other === s) break;
    const ds = datesIn(other.lower, r.written);
    if (ds.length > 0) found = ds[ds.length - 1];
  }
  return found;
}

type Found = {
  sentence: Sentence;
  resume: number;
  reason: string;
  implied: boolean;
  cause: DeferralSignal['cause'];
};

/** "Legal is reviewing; expect redlines in three weeks", "the review ends on the 20th": a process to wait on. */
function reviewIn(r: ReadActivity, s: Sentence): Found | undefined {
  const lower = s.lower;
  if (!PROCESS.test(lower) || !PROCESS_TIMING.test(lower) || FIRST_PERSON_SUBJECT.test(lower) || s.question)
    return undefined;
  // "We need the MSA redlines back by Wednesday" asks us for something; it is not their process.
  if (REQUEST.test(lower)) return undefined;
  // The first date is the one the process is tied to ("closed until March 16 for year-end").
  const d = meaningful(datesIn(lower, r.written, anchorFor(r, s)))[0];
  if (!d) return undefined;
  const day = d.relation === 'after' ? d.to + 1 : d.to;
  return day > r.written.day
    ? { sentence: s, resume: day, reason: s.text, implied: false, cause: 'in_review' }
    : undefined;
}

function choseAnotherVendor(text: string): boolean {
  const name = CHOSE_SOMEONE.exec(text)?.[1];
  return name !== undefined && !NOT_A_VENDOR.test(name);
}

/** A period word used as a noun ("for year-end", "our quarter-end close") does not set a date when a real one is there. */
function meaningful(dates: DateMention[]): DateMention[] {
  const tied = dates.filter(
    (d) => !(d.relation === 'none' && d.precision === 'span' && /end|close/.test(d.text)),
  );
  return tied.length > 0 ? tied : dates;
}

/** The resume day a sentence asks for, if it asks us to wait. */
function deferralIn(e: DealEvidence, r: ReadActivity, s: Sentence): Found | undefined {
  const review = reviewIn(r, s);
  if (review) return review;
  if (!hasCue(s, 'wait')) return undefined;
  const lower = s.lower;
  const wait = WAIT.test(lower);
  // "We're targeting 1 August, and the budget is approved": a gate reported as already open gates nothing.
  const gating = GATING_EVENT.test(lower) && !(GATE_CLEARED.test(lower) && !GATE_PENDING.test(lower));
  const away = AWAY.test(lower);
  const reconnect = RECONNECT.test(lower);
  const busy = BUSY.test(lower);
  if (!wait && !gating && !away && !reconnect && !busy) return undefined;
  // A decision against us is not a request to wait, whatever period it names ("extend our contract with X for two years").
  if (LOSS.test(lower) || choseAnotherVendor(s.text)) return undefined;
  const future = meaningful(datesIn(lower, r.written, anchorFor(r, s))).filter(
    (d) => resumeDay(d) > r.written.day,
  );
  if (future.length === 0) {
    // "After our board meets" with no date still asks for time; give it a few weeks.
    // It must still ask us for time ("hold off until legal is done"), not report a past event ("after review we
    // decided") or promise to come back ("I will reach out once finance has had a look": their promise, undated).
    if (
      (wait || (gating && reconnect)) &&
      !LOSS.test(lower) &&
      !PAUSE.test(lower) &&
      !s.question &&
      !FIRST_PERSON_FUTURE.test(lower)
    ) {
      return {
        sentence: s,
        resume: r.written.day + e.config.undatedDeferralDays,
        reason: s.text,
        implied: true,
        cause: 'asked_to_wait',
      };
    }
    return undefined;
  }
  let best: DateMention | undefined;
  for (const d of future) if (!best || resumeDay(d) > resumeDay(best)) best = d;
  const resume = resumeDay(best!);
  if (
    busy &&
    !wait &&
    !gating &&
    !away &&
    !reconnect &&
    !['until', 'through', 'after', 'from'].includes(best!.relation)
  )
    return undefined;
  if (reconnect && !wait && !gating && !away) {
    // "Let's talk Thursday" schedules a call; "let's talk after the 15th" or "in two weeks" asks for time.
    const asksForTime =
      busy ||
      ['after', 'until', 'through', 'from'].includes(best!.relation) ||
      best!.precision !== 'day' ||
      resume - r.written.day >= 5;
    if (!asksForTime) return undefined;
  }
  return { sentence: s, resume, reason: s.text, implied: false, cause: 'asked_to_wait' };
}

function returnFromOutOfOffice(r: ReadActivity): Found | undefined {
  let best: Found | undefined;
  for (const s of r.sentences) {
    if (!RETURN_CUE.test(s.lower)) continue;
    for (const d of datesIn(s.lower, r.written)) {
      const resume =
        d.relation === 'until' || d.relation === 'none' || d.relation === 'on' ? d.from : resumeDay(d);
      if (resume > r.written.day && (!best || resume > best.resume)) {
        best = { sentence: s, resume, reason: s.text, implied: false, cause: 'out_of_office' };
      }
    }
  }
  return best;
}

/** A customer message with something in it for us (a question, a request, real content), not a one-line thanks. */
function substantive(r: ReadActivity): boolean {
  if (r.sentences.some((s) => s.question || REQUEST.test(s.lower))) return true;
  const words = r.sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  return words >= 25;
}

function stateOf(e: DealEvidence, d: DeferralSignal, asked: ReadActivity, resume: number): DeferralSignal {
  const resumeStart = startOfLocalDay(resume, e.zone);
  for (const later of e.timeline) {
    if (later.at <= asked.at) continue;
    const ourTouch = isOurEmailToCustomer(later) || later.activity.type === 'call';
    if (ourTouch && later.at >= resumeStart) return { ...d, state: 'resumed', resumedBy: later.activity.id };
    if (
      isConversation(later, e.gate) &&
      Date.parse(later.activity.startsAt ?? later.activity.occurredAt) >= asked.at
    ) {
      return { ...d, state: 'resumed', resumedBy: later.activity.id };
    }
    // A meeting put on the calendar after the ask is the agreed way back in.
    if (later.activity.type === 'meeting' && later.activity.status === 'scheduled') {
      return { ...d, state: 'resumed', resumedBy: later.activity.id };
    }
    if (isCustomerWriting(later) && substantive(later))
      return { ...d, state: 'resumed', resumedBy: later.activity.id };
  }
  return d;
}

/**
 * One deferral per message (the furthest date it asks for). Sentences read as deferrals are added to
 * `claimed` so they are not also read as requests ("please check back with me then" asks for time, not an answer).
 */
export function extractDeferrals(e: DealEvidence, claimed: Set<Sentence>): DeferralSignal[] {
  const out: DeferralSignal[] = [];
  for (const r of e.timeline) {
    let found: Found | undefined;
    if (r.automated?.kind === 'out_of_office') {
      found = returnFromOutOfOffice(r);
    } else if (isCustomerWriting(r) || (isOurReport(r) && r.party === 'us')) {
      for (const s of r.sentences) {
        if (e.ignored.has(s)) continue;
        const f = deferralIn(e, r, s);
        if (!f) continue;
        claimed.add(s);
        if (
          !found ||
          (found.implied && !f.implied) ||
          (f.implied === found.implied && f.resume > found.resume)
        )
          found = f;
      }
    }
    if (!found) continue;
    const signal: DeferralSignal = {
      kind: 'deferral',
      cause: found.cause,
      resumeOn: formatDay(found.resume),
      reason: found.reason,
      askedAt: r.activity.occurredAt,
      state: 'waiting',
      refs: [activityRef(r)],
      span: sentenceSpan(r, found.sentence),
    };
    out.push(stateOf(e, signal, r, found.resume));
  }
  return out;
}
