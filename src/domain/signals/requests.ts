/** What the customer asked of us, and whether a later reply of ours actually dealt with it. */
import { datesIn } from '../dates/dates-in-text.ts';
import { isCustomerWriting, isOurEmailToCustomer, type ReadActivity } from '../mail/read-activity.ts';
import type { Sentence } from '../mail/sentences.ts';
import { activityRef, type DealEvidence, sentenceSpan } from './deal-evidence.ts';
import { ACKNOWLEDGES } from './lexicon/reply-phrases.ts';
import {
  CHASE,
  EXPANSION_ASK,
  PLEASANTRY,
  REQUEST,
  SCHEDULING_ASK,
  TAG_QUESTION,
  WITHDRAWN,
} from './lexicon/request-phrases.ts';
import { GREETING, isConversation, readingOf } from './reply-reading.ts';
import { hasCue } from './sentence-cues.ts';
import type { CustomerRequestSignal } from './signal-schema.ts';
import { overlap, termsOf } from './topic-terms.ts';

type Topic = CustomerRequestSignal['topic'];

function topicOf(lower: string): Topic {
  if (CHASE.test(lower)) return 'chase';
  if (EXPANSION_ASK.test(lower)) return 'expansion';
  if (SCHEDULING_ASK.test(lower) && lower.length < 140) return 'scheduling';
  return /\?\s*$/.test(lower) ? 'question' : 'request';
}

function askIn(s: Sentence): Topic | undefined {
  const lower = s.lower;
  if (s.question) return PLEASANTRY.test(lower) || TAG_QUESTION.test(lower) ? undefined : topicOf(lower);
  if (hasCue(s, 'request') && (REQUEST.test(lower) || CHASE.test(lower))) return topicOf(lower);
  // Our own notes record asks made in a conversation we were part of; what we owe from them shows up as our
  // promises ("promised to send the SOC 2 report"), so a reported ask alone is not an open question.
  return undefined;
}

const YES_NO = /^(?:[a-z ,]*?\b)?(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|may)\b/;

function sameThread(a: ReadActivity, b: ReadActivity): boolean {
  if (a.activity.threadId && a.activity.threadId === b.activity.threadId) return true;
  const strip = (s: string) => s.replace(/^(?:(?:re|fw|fwd|aw)\s*:\s*)+/, '').trim();
  return a.lowerSubject !== '' && strip(a.lowerSubject) === strip(b.lowerSubject);
}

type Addressed = { by: string; how: NonNullable<CustomerRequestSignal['addressedHow']> };

/** The ask's own words plus the sentence before it: "Could you send both?" is about what came just before. */
function askTerms(asked: ReadActivity, s: Sentence): Set<string> {
  const terms = termsOf(s.lower);
  const i = asked.sentences.indexOf(s);
  const before = i > 0 ? asked.sentences[i - 1] : undefined;
  if (before && !GREETING.test(before.lower)) for (const t of termsOf(before.lower)) terms.add(t);
  return terms;
}

function addressedBy(
  e: DealEvidence,
  asked: ReadActivity,
  s: Sentence,
  topic: Topic,
  promisesIn: ReadonlySet<string>,
): Addressed | undefined {
  if (topic === 'scheduling') {
    // Times, invites and dial-ins are settled by the calendar: a meeting booked ahead takes care of them.
    const booked = e.timeline.find(
      (m) =>
        m.activity.type === 'meeting' &&
        m.activity.status === 'scheduled' &&
        !e.gate.reached(Date.parse(m.activity.startsAt ?? m.activity.occurredAt)),
    );
    if (booked) return { by: booked.activity.id, how: 'meeting' };
  }
  const qTerms = askTerms(asked, s);
  const yesNo = s.question && YES_NO.test(s.lower);
  for (const later of e.timeline) {
    if (later.at <= asked.at) continue;
    const a = later.activity;
    if (isOurEmailToCustomer(later)) {
      const reading = readingOf(later);
      const o = overlap(qTerms, reading.terms);
      const thread = sameThread(asked, later);
      const onTopic = o.specific > 0 || o.generic > 0 || thread;
      if (promisesIn.has(a.id) && onTopic) return { by: a.id, how: 'promise' };
      if (reading.delivers && (o.specific + o.generic > 0 || (thread && topic !== 'question')))
        return { by: a.id, how: 'delivery' };
      if (reading.answers && onTopic) return { by: a.id, how: 'reply' };
      if (thread && ACKNOWLEDGES.test(reading.fresh) && !reading.nudges) return { by: a.id, how: 'reply' };
      if (o.specific >= 2 || (o.specific === 1 && !reading.nudges)) return { by: a.id, how: 'reply' };
      if (yesNo && thread && reading.directAnswer) return { by: a.id, how: 'reply' };
      if (
        topic === 'scheduling' &&
        thread &&
        (/\b(?:invite|calendar|booked|confirmed|works|see you|talk then)\b/.test(reading.fresh) ||
          later.sentences.some((x) => datesIn(x.lower, later.written).length > 0))
      )
        return { by: a.id, how: 'reply' };
      if (topic === 'chase' && reading.delivers) return { by: a.id, how: 'delivery' };
      continue;
    }
    if (a.type === 'meeting' || a.type === 'call') {
      if (isConversation(later, e.gate)) return { by: a.id, how: a.type === 'meeting' ? 'meeting' : 'call' };
      if (
        a.type === 'meeting' &&
        a.status === 'scheduled' &&
        (topic === 'scheduling' || overlap(qTerms, termsOf(later.lowerSubject)).specific > 0)
      )
        return { by: a.id, how: 'meeting' };
      continue;
    }
    if (isCustomerWriting(later) && later.sentences.some((x) => WITHDRAWN.test(x.lower)))
      return { by: a.id, how: 'reply' };
  }
  return undefined;
}

/**
 * Every ask, oldest first. `claimed` holds sentences already read as something else (a request to wait);
 * `promisesIn` the ids of our messages that promise something (a promise answers "can you…?"). A reply that
 * answers one question of a message is taken to answer its others too ("What happens to our data? How long do you
 * keep it?" answered in one line); a reply that touches none of them answers nothing.
 */
export function extractRequests(
  e: DealEvidence,
  claimed: ReadonlySet<Sentence>,
  promisesIn: ReadonlySet<string>,
): CustomerRequestSignal[] {
  const out: CustomerRequestSignal[] = [];
  for (const r of e.timeline) {
    if (r.automated || r.sentences.length === 0 || !isCustomerWriting(r)) continue;
    const asks: Array<{ s: Sentence; topic: Topic; addressed: Addressed | undefined }> = [];
    for (const s of r.sentences) {
      if (claimed.has(s) || e.ignored.has(s)) continue;
      const topic = askIn(s);
      if (topic) asks.push({ s, topic, addressed: addressedBy(e, r, s, topic, promisesIn) });
    }
    const answered = asks.find((a) => a.addressed && a.addressed.how !== 'meeting')?.addressed;
    for (const ask of asks) {
      const addressed = ask.addressed ?? (answered && ask.topic !== 'scheduling' ? answered : undefined);
      out.push({
        kind: 'customer_request',
        topic: ask.topic,
        text: ask.s.text,
        askedAt: r.activity.occurredAt,
        ...(r.from ? { askedBy: r.from } : {}),
        state: addressed ? 'addressed' : 'open',
        ...(addressed ? { addressedBy: addressed.by, addressedHow: addressed.how } : {}),
        refs: [activityRef(r)],
        span: sentenceSpan(r, ask.s),
      });
    }
  }
  return out;
}
