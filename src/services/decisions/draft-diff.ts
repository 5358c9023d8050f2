/** The difference between a draft and what a person approved: kept per decision, it feeds the edit-rate KPI. */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { ProposalPayload } from '../../domain/proposals/proposal-schema.ts';
import { payloadSummary } from './proposal-record.ts';

export const LineChange = z.object({ op: z.enum(['=', '-', '+']), line: z.string() });
export const DraftDiff = z.object({
  /** Which summary fields changed (to, cc, subject, body) or `payload` for anything else. */
  changedFields: z.array(z.string()),
  /** The body, line by line: kept (=), removed (-), added (+). */
  body: z.array(LineChange),
  linesRemoved: z.number().int(),
  linesAdded: z.number().int(),
  /** Share of the draft's body lines that did not survive: 0 untouched, 1 rewritten. */
  rewriteRatio: z.number(),
});
export type LineChange = z.infer<typeof LineChange>;
export type DraftDiff = z.infer<typeof DraftDiff>;

// Beyond this many lines an exact diff costs more than it tells; the tail is compared as one block.
const MAX_LINES = 2000;

/** A longest-common-subsequence line diff: small, exact, and fast enough for anything an email holds. */
export function diffLines(before: string, after: string): LineChange[] {
  const a = before.split('\n').slice(0, MAX_LINES);
  const b = after.split('\n').slice(0, MAX_LINES);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: '=', line: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ op: '-', line: a[i++]! });
    else out.push({ op: '+', line: b[j++]! });
  }
  while (i < a.length) out.push({ op: '-', line: a[i++]! });
  while (j < b.length) out.push({ op: '+', line: b[j++]! });
  return out;
}

export function diffDrafts(draft: ProposalPayload, approved: ProposalPayload): DraftDiff | undefined {
  if (isDeepStrictEqual(draft, approved)) return undefined;
  const before = payloadSummary(draft);
  const after = payloadSummary(approved);
  const changedFields = (['to', 'cc', 'subject', 'body'] as const).filter(
    (k) => !isDeepStrictEqual(before[k], after[k]),
  );
  const body = diffLines(before.body, after.body);
  const linesRemoved = body.filter((c) => c.op === '-').length;
  const linesAdded = body.filter((c) => c.op === '+').length;
  const draftLines = before.body.split('\n').length;
  return {
    changedFields: changedFields.length > 0 ? changedFields : ['payload'],
    body,
    linesRemoved,
    linesAdded,
    rewriteRatio: Math.round((Math.min(linesRemoved, draftLines) / draftLines) * 1000) / 1000,
  };
}
