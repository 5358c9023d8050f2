/** Reads one sentence for a promise: who promised what, and by when (dates resolved in the writer's own day). */
import { addBusinessDays, formatDay } from '../dates/calendar.ts';
import { type DateMention, type DateReference, dueDay } from '../dates/date-mentions.ts';
import { datesIn } from '../dates/dates-in-text.ts';
import { localTime } from '../dates/zone.ts';
import { isCustomerWriting, isOurReport, type ReadActivity } from '../mail/read-activity.ts';
import type { Sentence } from '../mail/sentences.ts';
import { activityRef, type DealEvidence, sentenceSpan } from './deal-evidence.ts';
import {
  ACTION_ITEM,
  CONTINGENT_ON_CUSTOMER,
  DELIVERABLE,
  EXPECT_IT,
  FIRST_PERSON_PROGRESSIVE,
  FIRST_PERSON_PROMISE,
  FOLLOW_UP_VERB,
  FOLLOW_UP_WORDS,
  LET_ME,
  NOT_A_NAME,
  NOT_UNTIL,
  NOTED_TO,
  OFFER,
  ON_IT,
  REPORTED_PROMISE,
  SUBJECTLESS_PROMISE,
  THIRD_PARTY_PROMISE,
  TO_FOLLOW,
  TO_FOLLOW_TAIL,
  WEAK_MODAL,
  WILL_BE_READY,
  WILL_BE_READY_TAIL,
  YOU_WILL_HAVE,
} from './lexicon/promise-phrases.ts';
import { hasCue } from './sentence-cues.ts';
import type { CommitmentSignal } from './signal-schema.ts';

type Voice = 'writer' | 'other' | 'ours';
type PromiseMatch = {
  index: number;
  end: number;
  verb: string;
  voice: Voice;
  weak: boolean;
  subject?: string;
  /** "You'll have it", "expect it": the writer promises the reader receives something, so the verb is "send". */
  receiving: boolean;
};

type Pattern = {
  re: RegExp;
  voice: Voice;
  verbGroup?: number;
  modalGroup?: number;
  subjectGroup?: number;
  tail?: RegExp;
};

const PATTERNS: ReadonlyArray<Pattern> = [
  { re: NOT_UNTIL, voice: 'writer', verbGroup: 1 },
  { re: FIRST_PERSON_PROMISE, voice: 'writer', modalGroup: 1, verbGroup: 2 },
  { re: FIRST_PERSON_PROGRESSIVE, voice: 'writer', verbGroup: 1 },
  { re: LET_ME, voice: 'writer', verbGroup: 1 },
  { re: NOTED_TO, voice: 'writer', verbGroup: 1 },
  { re: YOU_WILL_HAVE, voice: 'writer', verbGroup: 1 },
  { re: WILL_BE_READY, voice: 'writer', subjectGroup: 1, tail: WILL_BE_READY_TAIL },
  { re: TO_FOLLOW, voice: 'writer', subjectGroup: 1, tail: TO_FOLLOW_TAIL },
  { re: ON_IT, voice: 'writer' },
  { re: EXPECT_IT, voice: 'writer' },
  { re: SUBJECTLESS_PROMISE, voice: 'writer', verbGroup: 1 },
  { re: REPORTED_PROMISE, voice: 'other', verbGroup: 1 },
  { re: THIRD_PARTY_PROMISE, voice: 'other', verbGroup: 1 },
];

/** Runs a pattern; one with a fixed tail is tried only near where that tail occurs (its subject part is costly). */
function execPattern(p: Pattern, lower: string): RegExpExecArray | null {
  if (!p.tail) return p.re.exec(lower);
  const t = p.tail.exec(lower);
  if (!t) return null;
  const from = Math.max(0, t.index - 60);
  const m = p.re.exec(lower.slice(from, t.index + t[0].length));
  if (m) m.index += from;
  return m;
}

function findPromise(lower: string): PromiseMatch | undefined {
  for (const p of PATTERNS) {
    const m = execPattern(p, lower);
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
      receiving: p.re === YOU_WILL_HAVE || p.re === EXPECT_IT,
    };
  }
  return undefined;
}

/** The promised thing: the words after the verb, up to the date or the end of the clause. */
function objectOf(s: Sentence, match: PromiseMatch, date: DateMention | undefined): string {
  const stop = date && date.start > match.end ? date.start : s.lower.length;
  let obj = s.text.slice(match.end, stop);
  obj =
    obj.split(
      /[.;!?]|,\s*(?:and|but|so)\b|\s+(?:and|but)\s+(?:i|we|you|let)\b|\s+(?:in your inbox|over to you|your way)\b/i,
    )[0] ?? '';
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
  if (verb === '' || match.receiving) return obj ? `send ${obj}` : 'follow up';
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
export type Said = {
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

/** The promise phrase a sentence may hold, before who said it or when is known: the cheap part of `candidateFrom`. */
function promiseIn(e: DealEvidence, s: Sentence, claimed: ReadonlySet<Sentence>): PromiseMatch | undefined {
  if (s.question || !hasCue(s, 'promise') || e.ignored.has(s) || claimed.has(s)) return undefined;
  const match = findPromise(s.lower);
  if (!match || NEGATED.test(s.lower.slice(0, match.index))) return undefined;
  return match;
}

/** False when `candidateFrom` is sure to find no promise in the sentence, whoever said it and whenever. */
export function mayPromise(e: DealEvidence, s: Sentence, claimed: ReadonlySet<Sentence>): boolean {
  return promiseIn(e, s, claimed) !== undefined;
}

/**
 * "Dan to send the migration plan by Friday" in our meeting notes: ours unless the name is one of the customer's
 * people. Anchored at the sentence start, so it costs one short match per sentence of our own records.
 */
function actionItemIn(e: DealEvidence, r: ReadActivity, s: Sentence, claimed: ReadonlySet<Sentence>) {
  if (!isOurReport(r) || s.question || e.ignored.has(s) || claimed.has(s)) return undefined;
  const m = ACTION_ITEM.exec(s.lower);
  const name = m?.[1];
  if (!m || !name || NOT_A_NAME.test(name)) return undefined;
  const theirs = e.contacts.some((c) => c.name.toLowerCase().split(/\s+/)[0] === name);
  const match: PromiseMatch = {
    index: 0,
    end: m[0].length,
    verb: m[2] ?? '',
    voice: theirs ? 'other' : 'ours',
    weak: false,
    receiving: false,
  };
  return match;
}

export function candidateFrom(
  e: DealEvidence,
  r: ReadActivity,
  s: Sentence,
  claimed: ReadonlySet<Sentence>,
  quoted?: Omit<Said, 'party'>,
): CommitmentSignal | undefined {
  const match = promiseIn(e, s, claimed) ?? (quoted ? undefined : actionItemIn(e, r, s, claimed));
  if (!match) return undefined;
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
  // "I'll have our engineer reach out to set up the sandbox" promises the sandbox, not just a call.
  const followUp =
    (FOLLOW_UP_VERB.test(match.verb) || FOLLOW_UP_WORDS.test(obj.toLowerCase())) &&
    !DELIVERABLE.test(s.lower.slice(match.index));
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
