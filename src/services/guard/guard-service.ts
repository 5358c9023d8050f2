/** Runs the guardrails on parsed inputs for the CLI: one draft against a workspace, or a labelled corpus. */
import { UserError } from '../../domain/errors.ts';
import {
  type CaseResult,
  type CorpusScore,
  type GuardCorpusV1,
  scoreCorpus,
} from '../../domain/guardrails/guard-corpus.ts';
import { guardDraft } from '../../domain/guardrails/guard-draft.ts';
import type { GuardDraft, GuardOptions, GuardResult } from '../../domain/guardrails/guard-schema.ts';
import { buildGuardIndex } from '../../domain/guardrails/index/guard-index.ts';
import type { Workspace } from '../../domain/workspace/workspace-schema.ts';

export type GuardReport = GuardResult & { opportunityId: string };

export function guardOneDraft(
  workspace: Workspace,
  draft: GuardDraft,
  options: GuardOptions = {},
): GuardReport {
  const outcome = guardDraft(buildGuardIndex(workspace), draft, options);
  if (outcome.status === 'unknown_opportunity') {
    throw new UserError(
      'not_found',
      `the draft's opportunityId "${outcome.opportunityId}" is not in the workspace`,
    );
  }
  return { opportunityId: draft.opportunityId, blocked: outcome.blocked, findings: outcome.findings };
}

export type CorpusReport = CorpusScore & {
  /** Milliseconds: building the workspace index once, then per draft on first sight (each deal's context
   * built on first use, code not yet optimised by the engine) and in steady state, after repeated passes. */
  timing: {
    indexMs: number;
    firstPassMeanMs: number;
    warmMeanMs: number;
    warmP95Ms: number;
    warmMaxMs: number;
  };
};

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function evaluateCorpus(workspace: Workspace, corpus: GuardCorpusV1): CorpusReport {
  const started = performance.now();
  const index = buildGuardIndex(workspace);
  const indexMs = performance.now() - started;
  const firstPass = performance.now();
  const results: CaseResult[] = corpus.cases.map((c) => {
    const outcome = guardDraft(index, c.draft);
    const base = { id: c.id, kind: c.kind, expectBlocked: c.expectBlocked };
    if (outcome.status === 'unknown_opportunity') {
      return { ...base, blocked: false, findings: [], error: `unknown opportunity ${outcome.opportunityId}` };
    }
    return { ...base, blocked: outcome.blocked, findings: outcome.findings };
  });
  const firstPassMs = performance.now() - firstPass;
  // Steady state: the corpus again until about 2,000 checks have run, timing the last pass of each draft.
  const passes = Math.max(2, Math.ceil(2000 / Math.max(1, corpus.cases.length)));
  let times: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    times = corpus.cases.map((c) => {
      const t0 = performance.now();
      guardDraft(index, c.draft);
      return performance.now() - t0;
    });
  }
  const sorted = [...times].sort((a, b) => a - b);
  const count = Math.max(1, times.length);
  return {
    ...scoreCorpus(results),
    timing: {
      indexMs: round(indexMs),
      firstPassMeanMs: round(firstPassMs / count),
      warmMeanMs: round(times.reduce((a, b) => a + b, 0) / count),
      warmP95Ms: round(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
      warmMaxMs: round(sorted[sorted.length - 1] ?? 0),
    },
  };
}
