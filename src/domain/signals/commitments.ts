/** Promises in the thread, ours and the customer's, with their due dates and whether later activity kept them. */
import { isCustomerWriting, type ReadActivity } from '../mail/read-activity.ts';
import type { Sentence } from '../mail/sentences.ts';
import type { DealEvidence } from './deal-evidence.ts';
import { resolve } from './promise-keeping.ts';
import { candidateFrom } from './promise-reading.ts';
import { quotedPromises } from './quoted-promises.ts';
import type { CommitmentSignal } from './signal-schema.ts';
import { overlap, termsOf } from './topic-terms.ts';

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
