/** Cached readings of a message used when judging replies: its content words and whether it delivers, answers or nudges. */
import type { TimeGate } from '../dates/time-gate.ts';
import { isCustomerWriting, type ReadActivity } from '../mail/read-activity.ts';
import {
  ANSWER_MARKER,
  DELIVERY,
  DIRECT_ANSWER,
  NO_CONVERSATION,
  NUDGE,
  RECEIPT,
} from './lexicon/reply-phrases.ts';
import { termsOf } from './topic-terms.ts';

/** "Hi Dana,", "Mohammed -", "Thanks!": openers whose names would make any two emails look related. */
export const GREETING =
  /^(?:(?:hi|hello|hey|dear|morning|good (?:morning|afternoon|evening)|greetings|hiya|thanks|thank you|many thanks|cheers)\b[^.?!]{0,40}[,!.:-]?|[a-z][a-z' -]{0,30}[,:-])$/;

export type ReplyReading = {
  /** The author's words, lower-cased, sentences joined. */
  fresh: string;
  terms: Set<string>;
  delivers: boolean;
  answers: boolean;
  directAnswer: boolean;
  nudges: boolean;
  acknowledgesReceipt: boolean;
};

export function readingOf(r: ReadActivity): ReplyReading {
  let reading = r.reading as ReplyReading | undefined;
  if (!reading) {
    const fresh = r.sentences
      .filter((s) => !GREETING.test(s.lower))
      .map((s) => s.lower)
      .join(' ');
    const withSubject = `${r.lowerSubject.replace(/^(?:(?:re|fw|fwd|aw)\s*:\s*)+/, '')} ${fresh}`;
    reading = {
      fresh,
      terms: termsOf(withSubject),
      delivers: DELIVERY.test(fresh),
      answers: ANSWER_MARKER.test(fresh),
      directAnswer: r.sentences.some((s) => DIRECT_ANSWER.test(s.lower)),
      nudges: NUDGE.test(fresh),
      acknowledgesReceipt: isCustomerWriting(r) && RECEIPT.test(fresh),
    };
    r.reading = reading;
  }
  return reading;
}

/** A call or meeting in which we actually spoke with the customer. */
export function isConversation(r: ReadActivity, gate: TimeGate): boolean {
  const a = r.activity;
  if (a.type === 'meeting') {
    if (a.status === 'completed') return true;
    // A meeting still marked scheduled whose time has passed most likely happened; CRMs lag.
    return (
      (a.status === undefined || a.status === 'scheduled') &&
      gate.reached(Date.parse(a.startsAt ?? a.occurredAt))
    );
  }
  if (a.type === 'call') {
    if (a.status === 'no_show' || a.status === 'cancelled') return false;
    return !NO_CONVERSATION.test(`${r.lowerSubject} ${r.lowerBody}`);
  }
  return false;
}
