/** The result of triaging one deal: verdict, ranked actions, priority and the evidence chain behind them. */
import { z } from 'zod';
import { NextBestAction, Verdict } from '../labels/labels-schema.ts';
import { Observation } from '../observations/observation-schema.ts';
import { Signal } from '../signals/signal-schema.ts';
import { isoDate, isoDateTime } from '../workspace/workspace-schema.ts';

export const PriorityPart = z.object({
  factor: z.enum(['value', 'urgency', 'risk']),
  /** 0 to 1. */
  value: z.number(),
  why: z.string(),
});

export const Priority = z.object({
  /** 0 to 100: value × urgency × risk, for ranking a rep's list. */
  score: z.number(),
  value: z.number(),
  urgency: z.number(),
  risk: z.number(),
  parts: z.array(PriorityPart),
  explanation: z.string(),
});

export const DealAssessment = z.object({
  opportunityId: z.string(),
  verdict: Verdict,
  /** Empty unless act_now; the first is the recommendation. */
  actions: z.array(NextBestAction),
  /** The day a deferred deal should come back. */
  resumeOn: isoDate.optional(),
  priority: Priority,
  /** One line a rep reads. */
  why: z.string(),
  signals: z.array(Signal),
  observations: z.array(Observation),
  /** The earliest instant after asOf at which the same evidence could yield a different verdict by time alone. */
  reviewAt: isoDateTime.optional(),
  /** The reasoner that produced it. */
  reasoner: z.string(),
});

export type PriorityPart = z.infer<typeof PriorityPart>;
export type Priority = z.infer<typeof Priority>;
export type DealAssessment = z.infer<typeof DealAssessment>;
