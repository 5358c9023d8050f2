/** Our promises that survive only as quoted text in a customer's reply, dated by the quote's header. */
import { startOfLocalDay } from '../dates/zone.ts';
import { isOurs } from '../mail/parties.ts';
import { quotedMessages, sentDayOf } from '../mail/quoted-mail.ts';
import type { ReadActivity } from '../mail/read-activity.ts';
import type { Sentence } from '../mail/sentences.ts';
import { splitSentences } from '../mail/sentences.ts';
import type { DealEvidence } from './deal-evidence.ts';
import { candidateFrom, mayPromise } from './promise-reading.ts';
import type { CommitmentSignal } from './signal-schema.ts';
import { termsOf } from './topic-terms.ts';

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
export function quotedPromises(
  e: DealEvidence,
  claimed: ReadonlySet<Sentence>,
  known: ReadonlyArray<{ signal: CommitmentSignal }>,
): Array<{ signal: CommitmentSignal; read: ReadActivity; terms: Set<string> }> {
  const out: Array<{ signal: CommitmentSignal; read: ReadActivity; terms: Set<string> }> = [];
  const seen = new Set(known.map((k) => squash(k.signal.span?.text.toLowerCase() ?? '')));
  const domains = [...e.ours];
  for (const r of e.timeline) {
    // Only the customer's replies can carry our words that are missing from the record; the quote's header names
    // one of our addresses, so a body without our domain has none.
    if (r.party !== 'them' || r.activity.type !== 'email' || !r.activity.body || r.automated) continue;
    if (!domains.some((d) => r.lowerBody.includes(`@${d}`))) continue;
    for (const q of quotedMessages(r.activity.body, r.lowerBody)) {
      if (!q.from || !isOurs(q.from, e.ours)) continue;
      const sentences = splitSentences(r.activity.body, q.regions, r.lowerBody);
      let said: { written: { day: number; minute: number }; madeAt: string } | undefined;
      for (const s of sentences) {
        // Most quoted sentences hold no promise, and most that do are echoes of one on record: both are
        // ruled out before the costly part (the header's date and the promise's own).
        if (!mayPromise(e, s, claimed)) continue;
        const key = squash(s.lower);
        if (seen.has(key)) continue;
        // The original is on record (our own email says it): that one is the promise, not its echo.
        if (e.timeline.some((x) => x.party === 'us' && x.at < r.at && squashed(x).includes(key))) continue;
        if (!said) {
          const sentDay = sentDayOf(q, r.written);
          if (sentDay === undefined) break;
          said = {
            written: { day: sentDay, minute: 12 * 60 },
            madeAt: new Date(startOfLocalDay(sentDay, e.zone) + 12 * 3_600_000).toISOString(),
          };
        }
        const c = candidateFrom(e, r, s, claimed, { ...said, sentences });
        if (c?.party !== 'us') continue;
        seen.add(key);
        out.push({ signal: c, read: r, terms: termsOf(c.what.toLowerCase()) });
      }
    }
  }
  return out;
}
