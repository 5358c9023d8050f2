/** Decides whether a promise was kept: a later delivery, answer, meeting or done task, or the customer coming back. */
import { isCustomerWriting, isOurEmailToCustomer, type ReadActivity } from '../mail/read-activity.ts';
import type { DealEvidence } from './deal-evidence.ts';
import { isConversation, readingOf } from './reply-reading.ts';
import type { CommitmentSignal } from './signal-schema.ts';
import { overlap, termsOf } from './topic-terms.ts';

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

export function resolve(
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
