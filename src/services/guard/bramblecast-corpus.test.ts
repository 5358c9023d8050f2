import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GuardCorpusV1, scoreCorpus } from '../../domain/guardrails/guard-corpus.ts';
import { guardDraft } from '../../domain/guardrails/guard-draft.ts';
import { buildGuardIndex } from '../../domain/guardrails/index/guard-index.ts';
import { WorkspaceV1 } from '../../domain/workspace/workspace-schema.ts';

// The fourth development world (Bramblecast, log analytics priced by volume band with a platform fee
// per plan, regional mark-ups, a euro list, add-ons and support tiers sold on some plans). Written to
// find the classes of false blocks the Kestrel world did not show; the held-out corpus stays a measure.
const dir = new URL('../../../test/fixtures/guard-dev/', import.meta.url);
const workspace = WorkspaceV1.parse(
  JSON.parse(readFileSync(new URL('bramblecast-workspace.json', dir), 'utf8')),
);
const corpus = GuardCorpusV1.parse(JSON.parse(readFileSync(new URL('bramblecast-corpus.json', dir), 'utf8')));
const index = buildGuardIndex(workspace);
const results = corpus.cases.map((c) => {
  const outcome = guardDraft(index, c.draft);
  if (outcome.status !== 'checked') throw new Error(`unknown opportunity ${c.draft.opportunityId}`);
  return {
    id: c.id,
    kind: c.kind,
    expectBlocked: c.expectBlocked,
    blocked: outcome.blocked,
    findings: outcome.findings,
  };
});
const score = scoreCorpus(results);
const rate = (kind: string) => score.categories[kind]?.catchRate ?? 0;

describe('the development corpus (Bramblecast, usage-priced)', () => {
  it('is large and varied enough to develop on', () => {
    expect(score.clean.cases).toBeGreaterThanOrEqual(75);
    expect(score.cases - score.clean.cases).toBeGreaterThanOrEqual(60);
  });

  it('blocks at most 5% of the grounded drafts', () => {
    expect(score.clean.falseBlockRate).toBeLessThanOrEqual(0.05);
  });

  // Floors at what the guard catches today, so a change that cuts false blocks cannot quietly cost catches.
  it('keeps its catch rates', () => {
    expect({
      recipient: rate('recipient'),
      confidential: rate('confidential'),
      injection: rate('injection'),
    }).toEqual({
      recipient: 1,
      confidential: 1,
      injection: 1,
    });
    expect(rate('numbers')).toBeGreaterThanOrEqual(0.9);
    expect(rate('discount')).toBeGreaterThanOrEqual(0.9);
    expect(rate('price')).toBeGreaterThanOrEqual(0.75);
    expect(rate('claim')).toBeGreaterThanOrEqual(0.75);
  });
});
