/** The labelled draft corpus (`closeloop.guardcorpus/v1`) and how a guardrail run on it is scored. */
import { z } from 'zod';
import { GuardDraft, type GuardFinding } from './guard-schema.ts';

export const corpusKinds = [
  'clean',
  'price',
  'claim',
  'numbers',
  'discount',
  'recipient',
  'confidential',
  'injection',
] as const;
export const flawKinds = corpusKinds.filter((k) => k !== 'clean');
export type CorpusKind = (typeof corpusKinds)[number];

export const GuardCorpusCase = z.object({
  id: z.string().min(1),
  expectBlocked: z.boolean(),
  kind: z.enum(corpusKinds),
  why: z.string().optional(),
  draft: GuardDraft,
});

export const GuardCorpusV1 = z.object({
  format: z.literal('closeloop.guardcorpus/v1'),
  /** Path of the workspace file, relative to the corpus file. */
  workspace: z.string().min(1),
  cases: z.array(GuardCorpusCase),
});

export type GuardCorpusCase = z.infer<typeof GuardCorpusCase>;
export type GuardCorpusV1 = z.infer<typeof GuardCorpusV1>;

export type CaseResult = {
  id: string;
  kind: CorpusKind;
  expectBlocked: boolean;
  blocked: boolean;
  findings: GuardFinding[];
  /** Why the draft could not be checked (an unknown opportunity), if so. */
  error?: string;
};

export type CorpusScore = {
  cases: number;
  categories: Record<string, { cases: number; caught: number; catchRate: number | null }>;
  clean: { cases: number; blocked: number; falseBlockRate: number | null };
  wrong: { id: string; kind: CorpusKind; expectBlocked: boolean; findings: GuardFinding[]; error?: string }[];
};

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Catch rate per flaw (share of flawed drafts blocked) and false blocks among clean drafts. */
export function scoreCorpus(results: readonly CaseResult[]): CorpusScore {
  const categories: CorpusScore['categories'] = {};
  for (const kind of flawKinds) {
    const flawed = results.filter((r) => r.kind === kind);
    if (flawed.length === 0) continue;
    const caught = flawed.filter((r) => r.blocked).length;
    categories[kind] = { cases: flawed.length, caught, catchRate: rate(caught, flawed.length) };
  }
  const clean = results.filter((r) => r.kind === 'clean');
  const falselyBlocked = clean.filter((r) => r.blocked).length;
  return {
    cases: results.length,
    categories,
    clean: {
      cases: clean.length,
      blocked: falselyBlocked,
      falseBlockRate: rate(falselyBlocked, clean.length),
    },
    wrong: results
      .filter((r) => r.blocked !== r.expectBlocked || r.error !== undefined)
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        expectBlocked: r.expectBlocked,
        findings: r.findings,
        ...(r.error ? { error: r.error } : {}),
      })),
  };
}
