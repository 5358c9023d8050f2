import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GuardCorpusV1, scoreCorpus } from '../../domain/guardrails/guard-corpus.ts';
import { guardDraft } from '../../domain/guardrails/guard-draft.ts';
import { buildGuardIndex } from '../../domain/guardrails/index/guard-index.ts';
import { WorkspaceV1 } from '../../domain/workspace/workspace-schema.ts';

// The development corpus: a third invented world (Kestrel, accounts-payable software) written to
// develop the guardrails on, so the held-out Fernhill corpus stays a measurement only.
const dir = new URL('../../../test/fixtures/guard-dev/', import.meta.url);
const workspace = WorkspaceV1.parse(JSON.parse(readFileSync(new URL('workspace.json', dir), 'utf8')));
const corpus = GuardCorpusV1.parse(JSON.parse(readFileSync(new URL('corpus.json', dir), 'utf8')));
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

describe('the development corpus (Kestrel)', () => {
  it('is large and varied enough to develop on', () => {
    expect(score.clean.cases).toBeGreaterThanOrEqual(60);
    expect(score.cases - score.clean.cases).toBeGreaterThanOrEqual(60);
  });

  it('meets the issue 6 targets: every wrong price, number and recipient, nearly every invented claim', () => {
    expect({ price: rate('price'), numbers: rate('numbers'), recipient: rate('recipient') }).toEqual({
      price: 1,
      numbers: 1,
      recipient: 1,
    });
    expect(rate('claim')).toBeGreaterThanOrEqual(0.95);
  });

  it('blocks at most 5% of the grounded drafts', () => {
    expect(score.clean.falseBlockRate).toBeLessThanOrEqual(0.05);
  });

  it('catches the discount, confidentiality and injection flaws too', () => {
    for (const kind of ['discount', 'confidential', 'injection'])
      expect(rate(kind)).toBeGreaterThanOrEqual(0.9);
  });

  it('says what and why for every block, with the record it checked where there is one', () => {
    const blocks = results.flatMap((r) => r.findings.filter((f) => f.severity === 'block'));
    expect(blocks.every((f) => f.reason.length > 10 && f.text.length > 0)).toBe(true);
    const cited = blocks.filter((f) => f.citation).length;
    expect(cited / blocks.length).toBeGreaterThan(0.5);
  });
});
