/** Which approvals a manager looks at again: a fixed share chosen by proposal id, plus every hasty one. */
import { createHash } from 'node:crypto';

/** A number in [0, 1) fixed by the id: the same proposal is always in or out of the sample, in tests too. */
export function sampleFraction(proposalId: string): number {
  return createHash('sha256').update(proposalId).digest().readUInt32BE(0) / 2 ** 32;
}

export function sampledForReview(
  proposalId: string,
  rate: number,
  dwellMs: number | null,
  minDwellMs: number,
): boolean {
  const hasty = dwellMs !== null && dwellMs < minDwellMs;
  return hasty || sampleFraction(proposalId) < rate;
}
