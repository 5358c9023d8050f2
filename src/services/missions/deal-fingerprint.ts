/** A deal's evidence fingerprint: equal fingerprints mean the same facts, so the verdict can be reused. */
import { createHash } from 'node:crypto';
import type { DealContext } from '../../domain/triage/deal-context.ts';

/**
 * Hashes everything the reasoner reads except the instant, plus the reasoner's identity: a new engine version
 * re-reasons every deal. Date-dependent changes (a deferral's date coming) are the job of `reviewAt`, not of this.
 */
export function fingerprintDeal(context: DealContext, reasonerId: string): string {
  const { asOf: _asOf, ...facts } = context;
  return createHash('sha256')
    .update(reasonerId)
    .update('\u0000')
    .update(JSON.stringify(facts))
    .digest('base64url')
    .slice(0, 32);
}
