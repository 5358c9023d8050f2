/** The shape `closeloop eval --json` prints: engine and baseline scored on the same labelled deals, plus the misses. */
import { z } from 'zod';
import { NextBestAction, Verdict } from '../labels/labels-schema.ts';

const Row = z.object({ act_now: z.number().int(), monitor: z.number().int(), no_action: z.number().int() });

export const Scores = z.object({
  verdictAccuracy: z.number(),
  actNow: z.object({ precision: z.number(), recall: z.number(), f1: z.number() }),
  /** Over deals labelled act_now: the first action is among the label's actions. */
  actionAccuracy: z.number().nullable(),
  /** Over deals whose label has resumeOn: within ±1 day; null when no label has one. */
  resumeOnAccuracy: z.number().nullable(),
  /** expected → got. */
  confusion: z.object({ act_now: Row, monitor: Row, no_action: Row }),
});

export const Prediction = z.object({
  opportunityId: z.string(),
  verdict: Verdict,
  actions: z.array(NextBestAction),
  resumeOn: z.string().optional(),
  why: z.string().optional(),
});

export const Miss = z.object({
  opportunityId: z.string(),
  expected: z.object({
    verdict: Verdict,
    actions: z.array(NextBestAction).optional(),
    resumeOn: z.string().optional(),
  }),
  got: Prediction.omit({ opportunityId: true }).nullable(),
  wrong: z.array(z.enum(['verdict', 'action', 'resumeOn', 'missing'])),
});

export const EvalReport = z.object({
  deals: z.number().int(),
  engine: Scores,
  baseline: Scores,
  misses: z.array(Miss),
});

export type Scores = z.infer<typeof Scores>;
export type Prediction = z.infer<typeof Prediction>;
export type Miss = z.infer<typeof Miss>;
export type EvalReport = z.infer<typeof EvalReport>;
