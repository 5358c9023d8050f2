/** Scores one of the guardrails' development worlds (`test/fixtures/guard-dev`) the way `eval-drafts` scores a corpus. */
import { readFileSync } from 'node:fs';
import { GuardCorpusV1, scoreCorpus } from '../../src/domain/guardrails/guard-corpus.ts';
import { guardDraft } from '../../src/domain/guardrails/guard-draft.ts';
import { buildGuardIndex } from '../../src/domain/guardrails/index/guard-index.ts';
import { WorkspaceV1 } from '../../src/domain/workspace/workspace-schema.ts';

const dir = new URL('../fixtures/guard-dev/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

/** One development world's guard index, to check single sentences against it. */
export function devWorldIndex(workspaceFile: string) {
  return buildGuardIndex(WorkspaceV1.parse(read(workspaceFile)));
}

export function scoreDevCorpus(workspaceFile: string, corpusFile: string) {
  const index = devWorldIndex(workspaceFile);
  const corpus = GuardCorpusV1.parse(read(corpusFile));
  const results = corpus.cases.map((c) => {
    const outcome = guardDraft(index, c.draft);
    if (outcome.status !== 'checked')
      throw new Error(`${c.id}: unknown opportunity ${c.draft.opportunityId}`);
    return {
      id: c.id,
      kind: c.kind,
      expectBlocked: c.expectBlocked,
      blocked: outcome.blocked,
      findings: outcome.findings,
    };
  });
  const score = scoreCorpus(results);
  return { results, score, rate: (kind: string) => score.categories[kind]?.catchRate ?? 0 };
}
