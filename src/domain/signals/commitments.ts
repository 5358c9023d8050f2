/** Promises in the thread, ours and the customer's, with their due dates and whether later activity kept them. */
import { addBusinessDays, formatDay } from '../dates/calendar.ts';
import { type DateMention, type DateReference, dueDay } from '../dates/date-mentions.ts';
import { datesIn } from '../dates/dates-in-text.ts';
import { localTime, startOfLocalDay } from '../dates/zone.ts';
import { isOurs } from '../mail/parties.ts';
import { quotedMessages } from '../mail/quoted-mail.ts';
import {
  isCustomerWriting,
  isOurEmailToCustomer,
  isOurReport,
  type ReadActivity,
} from '../mail/read-activity.ts';
import type { Sentence } from '../mail/sentences.ts';
import { splitSentences } from '../mail/sentences.ts';
import { activityRef, type DealEvidence, sentenceSpan } from './deal-evidence.ts';
import {
  CONTINGENT_ON_CUSTOMER,
  DELIVERABLE,
  EXPECT_IT,
  FIRST_PERSON_PROGRESSIVE,
  FIRST_PERSON_PROMISE,
  FOLLOW_UP_VERB,
  FOLLOW_UP_WORDS,
  LET_ME,
  NOT_UNTIL,
  NOTED_TO,
  OFFER,
  ON_IT,
  REPORTED_PROMISE,
  SUBJECTLESS_PROMISE,
  THIRD_PARTY_PROMISE,
  TO_FOLLOW,
  WEAK_MODAL,
  WILL_BE_READY,
  YOU_WILL_HAVE,
} from './lexicon/promise-phrases.ts';
import { isConversation, readingOf } from './reply-reading.ts';
import { hasCue } from './sentence-cues.ts';
import type { CommitmentSignal } from './signal-schema.ts';
import { overlap, termsOf } from './topic-terms.ts';

type Voice = 'writer' | 'other' | 'ours';
type PromiseMatch = {
  index: number;
  end: number;
  verb: string;
  voice: Voice;
  weak: boolean;
  subject?: string;
};

const PATTERNS: ReadonlyArray<{
  re: RegExp;
  voice: Voice;
  verbGroup?: number;
  modalGroup?: number;
  subjectGroup?: number;
}> = [
  { re: NOT_UNTIL, voice: 'writer', verbGroup: 1 },
  { re: FIRST_PERSON_PROMISE, voice: 'writer', modalGroup: 1, verbGroup: 2 },
  { re: FIRST_PERSON_PROGRESSIVE, voice: 'writer', verbGroup: 1 },
  { re: LET_ME, voice: 'writer', verbGroup: 1 },
  { re: NOTED_TO, voice: 'writer', verbGroup: 1 },
  { re: YOU_WILL_HAVE, voice: 'writer', verbGroup: 1 },
  { re: WILL_BE_READY, voice: 'writer', subjectGroup: 1 },
  { re: TO_FOLLOW, voice: 'writer', subjectGroup: 1 },
  { re: ON_IT, voice: 'writer' },
  { re: EXPECT_IT, voice: 'writer' },
  { re: SUBJECTLESS_PROMISE, voice: 'writer', verbGroup: 1 },
  { re: REPORTED_PROMISE, voice: 'other', verbGroup: 1 },
  { re: THIRD_PARTY_PROMISE, voice: 'other', verbGroup: 1 },
];

function findPromise(lower: string): PromiseMatch | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(lower);
    if (!m) continue;
    const verb = p.verbGroup ? (m[p.verbGroup] ?? '') : '';
    let voice = p.voice;
    // "our legal team will…" speaks for the writer's side; "their redlines" for the other.
    if (voice === 'other' && /^(?:our|my)\b/.test(m[0].trim())) voice = 'ours';
    if (p.re === EXPECT_IT && /\b(?:their|his|her)\b/.test(m[0])) voice = 'other';
    const modal = p.modalGroup ? (m[p.modalGroup] ?? '') : '';
    const subject = p.subjectGroup ? m[p.subjectGroup] : undefined;
    return {
      index: m.index,
      end: m.index + m[0].length,
      verb,
      voice,
      weak: WEAK_MODAL.test(modal),
      ...(subject ? { subject } : {}),
    };
  }
  return undefined;
}

/** The promised thing: the words after the verb, up to the date or the end of the clause. */
function objectOf(s: Sentence, match: PromiseMatch, date: DateMention | undefined): string {
  const stop = date && date.start > match.end ? date.start : s.lower.length;
  let obj = s.text.slice(match.end, stop);
  obj = obj.split(/[.;!?]|,\s*(?:and|but|so)\b|\s+(?:and|but)\s+(?:i|we|you|let)\b/i)[0] ?? '';
  obj = obj
    .replace(/^\s*(?:you|them|him|her|it|over|across|along|back|to you|to them|with you|out)\b/i, '')
    .replace(/\s+(?:by|on|before|until|no later than|in|within|at|for|early|end of|later|next|this)\s*$/i, '')
    .trim();
  if (obj.length > 90) obj = `${obj.slice(0, 87).trimEnd()}…`;
  return obj;
}

function describe(match: PromiseMatch, obj: string, s: Sentence): string {
  if (match.voice !== 'writer') {
    // "they expect to finish", "Nina will send the PO": the subject matters as much as the verb.
    const clause = `${s.text.slice(match.index, match.end)} ${obj}`.replace(/\s+/g, ' ').trim();
    return clause.length > 90 ? `${clause.slice(0, 87).trimEnd()}…` : clause;
  }
  const verb = match.verb;
  if (/^(?:get back|come back|revert|respond|reply|answer|let you know)$/.test(verb))
    return `get back to them${obj ? ` ${obj}` : ''}`;
  if (verb === 'hear') return 'get back to them';
  if (verb === '' || /^(?:have|get|receive|see)$/.test(verb)) return obj ? `send ${obj}` : 'follow up';
  return obj ? `${verb} ${obj}` : verb;
}

const THEN = /\b(?:then|that point|that date|that time)\b/;
const BEFORE_MEETING =
  /\b(?:the day before|(?:before|ahead of|prior to|in time for) (?:the|our|your|that|this|next week's|tomorrow's) (?:call|meeting|session|demo|review|workshop|kick-?off|walkthrough|presentation|visit|onsite|check-in))\b/;

/** The day of the next meeting on the calendar after a message, in the owner's zone. */
function nextMeetingDay(e: DealEvidence, r: ReadActivity): number | undefined {
  let best: number | undefined;
  for (const m of e.timeline) {
    if (m.activity.type !== 'meeting' || m.activity.status === 'cancelled') continue;
    const start = Date.parse(m.activity.startsAt ?? m.activity.occurredAt);
    if (start <= r.at) continue;
    const d = localTime(start, e.zone).day;
    if (best === undefined || d < best) best = d;
  }
  return best;
}

/** "I'll check back then": the date the customer gave in the message we are answering. */
function dateAskedBefore(e: DealEvidence, r: ReadActivity): DateMention | undefined {
  let asked: ReadActivity | undefined;
  for (const x of e.timeline) {
    if (x.at >= r.at) break;
    if (isCustomerWriting(x)) asked = x;
  }
  if (!asked) return undefined;
  let found: DateMention | undefined;
  for (const s of asked.sentences) {
    for (const d of datesIn(s.lower, asked.written)) if (d.to >= asked.written.day) found = d;
  }
  return found && { ...found, relation: 'none' };
}

function previousDate(said: Pick<Said, 'sentences' | 'written'>, before: Sentence): DateMention | undefined {
  let found: DateMention | undefined;
  for (const s of said.sentences) {
    if (s === before) break;
    const ds = datesIn(s.lower, said.written);
    if (ds.length > 0) found = ds[ds.length - 1];
  }
  return found;
}

/** Who made the promise, from who wrote the message and how the sentence names the promisor. */
function promisor(r: ReadActivity, voice: Voice): 'us' | 'them' | undefined {
  if (r.party === 'system') return undefined;
  if (isOurReport(r)) return voice === 'other' ? 'them' : 'us';
  // In the customer's mail every promise is theirs ("our legal team will…"); in ours only "they/he/she" is theirs.
  if (r.party === 'them') return 'them';
  return voice === 'other' ? 'them' : 'us';
}

const NEGATED = /\b(?:nothing|not|never|no|none|neither)\b[^,;:]{0,15}$/;

/** Where a sentence was said: by default the activity itself; for quoted mail, the earlier message and its date. */
type Said = {
  written: DateReference;
  party: 'us' | 'them' | undefined;
  sentences: readonly Sentence[];
  madeAt: string;
};

function saidIn(r: ReadActivity, voice: Voice): Said {
  return {
    written: r.written,
    party: promisor(r, voice),
    sentences: r.sentences,
    madeAt: r.activity.occurredAt,
  };
}

function candidateFrom(
  e: DealEvidence,
  r: ReadActivity,
  s: Sentence,
  claimed: ReadonlySet<Sentence>,
  quoted?: Omit<Said, 'party'>,
): CommitmentSignal | undefined {
  if (s.question || !hasCue(s, 'promise') || e.ignored.has(s) || claimed.has(s)) return undefined;
  const match = findPromise(s.lower);
  if (!match || NEGATED.test(s.lower.slice(0, match.index))) return undefined;
  const said: Said = quoted
    ? { ...quoted, party: match.voice === 'other' ? 'them' : 'us' }
    : saidIn(r, match.voice);
  const party = said.party;
  if (!party) return undefined;
  if (CONTINGENT_ON_CUSTOMER.test(s.lower.slice(0, match.index)) || CONTINGENT_ON_CUSTOMER.test(s.lower)) {
    // "I'll send it once you confirm": the next move is theirs.
    if (party === 'us') return undefined;
  }
  const anchor = THEN.test(s.lower)
    ? (previousDate(said, s) ?? (quoted ? undefined : dateAskedBefore(e, r)))
    : undefined;
  const dates = datesIn(s.lower, said.written, anchor).filter(
    (d) => !/^'s\b/.test(s.lower.slice(d.end)) && dueDay(d) >= said.written.day,
  );
  // The date after the promise is its due date; one before it counts only as a deadline ("by Friday, I'll…"),
  // not when it names something else ("Thursday at 10:30 it is; invite is on its way").
  const date =
    dates.find((d) => d.start >= match.index) ??
    dates.find((d) => d.relation === 'by' || d.relation === 'before' || d.relation === 'until');
  const deliverable = DELIVERABLE.test(match.subject ? s.lower : s.lower.slice(match.index));
  const beforeMeeting = !date && BEFORE_MEETING.test(s.lower) ? nextMeetingDay(e, r) : undefined;
  if (!date && beforeMeeting === undefined) {
    if (party === 'them' || match.weak || OFFER.test(s.lower)) return undefined;
    const answerVerb =
      /^(?:get back|come back|revert|confirm|check|double-check|find out|loop back|look into|dig into|let you know|answer|respond|reply)$/.test(
        match.verb,
      );
    if (!deliverable && !answerVerb) return undefined;
  }
  // "Sandbox access will be in your inbox tomorrow": the thing promised is the subject, not what follows.
  const obj =
    match.subject && !/^(?:it|they|this|that|these|those)$/.test(match.subject)
      ? s.text.slice(match.index, match.index + match.subject.length)
      : objectOf(s, match, date);
  const followUp =
    (FOLLOW_UP_VERB.test(match.verb) || FOLLOW_UP_WORDS.test(obj.toLowerCase())) &&
    !DELIVERABLE.test(obj.toLowerCase());
  const dueOn = date
    ? dueDay(date)
    : beforeMeeting !== undefined
      ? beforeMeeting - 1
      : addBusinessDays(said.written.day, e.config.undatedPromiseBusinessDays);
  return {
    kind: 'commitment',
    party,
    what: describe(match, obj, s),
    madeAt: said.madeAt,
    dueOn: formatDay(dueOn),
    ...(date ? { dueText: date.text } : beforeMeeting !== undefined ? { dueText: 'before the meeting' } : {}),
    followUp,
    state: 'open',
    refs: [activityRef(r)],
    span: sentenceSpan(r, s),
  };
}

/** Did this later activity keep our promise? */
function keepsOurPromise(
  e: DealEvidence,
  promise: CommitmentSignal,
  promiseTerms: Set<string>,
  made: ReadActivity,
  later: ReadActivity,
  repromised: ReadonlyMap<ReadActivity, Set<string>>,
): boolean {
  const a = later.activity;
  // A later message that promises the same thing again ("will be in your inbox Wednesday") is not the delivery.
  const again = repromised.get(later);
  if (
    again &&
    overlap(promiseTerms, again).specific > 0 &&
    !/\b(?:attached|attaching|here is|here's|please find|enclosed)\b/.test(readingOf(later).fresh)
  ) {
    return false;
  }
  if (promise.followUp) return isOurEmailToCustomer(later) || a.type === 'call' || a.type === 'meeting';
  if (a.type === 'task') {
    return (
      a.status === 'done' &&
      overlap(promiseTerms, termsOf(`${later.lowerSubject} ${later.lowerBody}`)).specific > 0
    );
  }
  if (a.type === 'meeting' || a.type === 'call') {
    // An invite promised is an invite sent when the meeting shows up on the calendar.
    if (
      a.type === 'meeting' &&
      a.status !== 'cancelled' &&
      a.status !== 'no_show' &&
      /\b(?:invite|invitation|calendar|meeting|call|session|time|walk|demo|show|present|go over|run through|discuss|review together)\b/.test(
        promise.what,
      )
    ) {
      return true;
    }
    if (!isConversation(later, e.gate)) return false;
    return /\b(?:walk|demo|call|meet|set up|schedule|book|connect|introduce|talk|speak|review)\b/.test(
      promise.what,
    );
  }
  const reading = readingOf(later);
  const sameThread = made.activity.threadId !== undefined && made.activity.threadId === a.threadId;
  const shared = overlap(promiseTerms, reading.terms);
  if (isOurEmailToCustomer(later)) {
    const answerPromise =
      /^(?:get back|confirm|check|find out|let you know|answer|respond|reply|look into|dig into|follow up)\b/.test(
        promise.what,
      );
    if (reading.delivers && (shared.specific + shared.generic > 0 || sameThread)) return true;
    if (sameThread && shared.specific > 0 && !reading.nudges) return true;
    if (
      answerPromise &&
      (reading.answers || reading.directAnswer || shared.specific > 0) &&
      !(reading.nudges && shared.specific === 0)
    )
      return true;
    return shared.specific >= 2 && !reading.nudges;
  }
  if (isCustomerWriting(later))
    return reading.acknowledgesReceipt && (shared.specific + shared.generic > 0 || sameThread);
  return false;
}

function resolve(
  e: DealEvidence,
  promise: CommitmentSignal,
  made: ReadActivity,
  repromised: ReadonlyMap<ReadActivity, Set<string>>,
): CommitmentSignal {
  // Records logged in the same minute (the calendar invite sent with the email) count as after it.
  const madeAt = Date.parse(promise.madeAt) - 60_000;
  if (promise.party === 'them') {
    // The customer kept their word, or at least came back, when a person on their side wrote or met with us again.
    for (const later of e.timeline) {
      if (later.at <= Date.parse(promise.madeAt) || later === made) continue;
      if (isCustomerWriting(later) || isConversation(later, e.gate)) {
        return { ...promise, state: 'kept', resolvedBy: later.activity.id };
      }
    }
    return promise;
  }
  const terms = termsOf(promise.what.toLowerCase());
  for (const later of e.timeline) {
    if (later.at <= madeAt || later === made) continue;
    if (keepsOurPromise(e, promise, terms, made, later, repromised))
      return { ...promise, state: 'kept', resolvedBy: later.activity.id };
  }
  return promise;
}

const squash = (s: string) => s.replace(/[\s>]+/g, ' ').trim();
const squashedBodies = new WeakMap<ReadActivity, string>();
function squashed(r: ReadActivity): string {
  let s = squashedBodies.get(r);
  if (s === undefined) {
    s = squash(r.lowerBody);
    squashedBodies.set(r, s);
  }
  return s;
}

/**
 * Our promises that survive only as quoted text in a later reply (the original is not on record). They are dated
 * by the quote's header, so "by EOD tomorrow" counts from the day we wrote it, not the day the customer replied.
 */
function quotedPromises(
  e: DealEvidence,
  claimed: ReadonlySet<Sentence>,
  known: ReadonlyArray<{ signal: CommitmentSignal }>,
): Array<{ signal: CommitmentSignal; read: ReadActivity; terms: Set<string> }> {
  const out: Array<{ signal: CommitmentSignal; read: ReadActivity; terms: Set<string> }> = [];
  const seen = new Set(known.map((k) => squash(k.signal.span?.text.toLowerCase() ?? '')));
  for (const r of e.timeline) {
    if (r.activity.type !== 'email' || !r.activity.body || r.automated) continue;
    for (const q of quotedMessages(r.activity.body, r.lowerBody, r.written)) {
      if (!q.from || !isOurs(q.from, e.ours) || q.sentDay === undefined) continue;
      const sentences = splitSentences(r.activity.body, q.regions, r.lowerBody);
      const written = { day: q.sentDay, minute: 12 * 60 };
      const madeAt = new Date(startOfLocalDay(q.sentDay, e.zone) + 12 * 3_600_000).toISOString();
      for (const s of sentences) {
        const c = candidateFrom(e, r, s, claimed, { written, sentences, madeAt });
        if (c?.party !== 'us') continue;
        const key = squash(s.lower);
        if (seen.has(key)) continue;
        // The original is on record (our own email says it): that one is the promise, not its echo.
        if (e.timeline.some((x) => x.party === 'us' && x.at < r.at && squashed(x).includes(key))) continue;
        seen.add(key);
        out.push({ signal: c, read: r, terms: termsOf(c.what.toLowerCase()) });
      }
    }
  }
  return out;
}

/**
 * Every promise made on the deal, oldest first; a later promise about the same thing replaces an earlier one.
 * Sentences in `claimed` were read as requests to wait and are not read again as promises.
 */
export function extractCommitments(e: DealEvidence, claimed: ReadonlySet<Sentence>): CommitmentSignal[] {
  const found: Array<{ signal: CommitmentSignal; read: ReadActivity; terms: Set<string> }> = [];
  for (const r of e.timeline) {
    if (r.automated || r.sentences.length === 0 || r.activity.type === 'task') continue;
    if (r.party === 'them' && !isCustomerWriting(r)) continue;
    for (const s of r.sentences) {
      const c = candidateFrom(e, r, s, claimed);
      if (c) found.push({ signal: c, read: r, terms: termsOf(c.what.toLowerCase()) });
    }
  }
  found.push(...quotedPromises(e, claimed, found));
  found.sort((a, b) => Date.parse(a.signal.madeAt) - Date.parse(b.signal.madeAt));
  const repromised = new Map<ReadActivity, Set<string>>();
  for (const f of found) {
    if (f.signal.party !== 'us') continue;
    const terms = repromised.get(f.read) ?? new Set<string>();
    for (const t of f.terms) terms.add(t);
    repromised.set(f.read, terms);
  }
  const resolved = found.map((f) => ({ ...f, signal: resolve(e, f.signal, f.read, repromised) }));
  for (let i = 0; i < resolved.length; i += 1) {
    const earlier = resolved[i]!;
    if (earlier.signal.state !== 'open') continue;
    for (let j = i + 1; j < resolved.length; j += 1) {
      const later = resolved[j]!;
      if (later.signal.party !== earlier.signal.party) continue;
      const o = overlap(earlier.terms, later.terms);
      const samePromise =
        o.specific > 0 || (o.generic > 0 && later.read.activity.threadId === earlier.read.activity.threadId);
      if (samePromise || (earlier.signal.followUp && later.signal.followUp)) {
        earlier.signal = { ...earlier.signal, state: 'replaced', resolvedBy: later.read.activity.id };
        break;
      }
    }
  }
  return resolved.map((f) => f.signal);
}
