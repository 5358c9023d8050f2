/** Observations: the evidence → reasoning → conclusion chain behind every verdict, proposal and guardrail result. */
import { z } from 'zod';

export const observationKinds = [
  'evidence',
  'reasoning',
  'conclusion',
  'proposal',
  'guardrail',
  'error',
] as const;

export const recordTypes = [
  'activity',
  'opportunity',
  'account',
  'contact',
  'usage',
  'document',
  'chunk',
  'product',
  'proposal',
] as const;

/** A link from an observation to the record behind it; `field` names a CRM field (e.g. closeDate). */
export const RecordRef = z.object({
  type: z.enum(recordTypes),
  id: z.string(),
  field: z.string().optional(),
});

/** The exact words that support a finding: offsets index into the activity's raw body (or subject). */
export const QuotedSpan = z.object({
  activityId: z.string(),
  field: z.enum(['body', 'subject']).default('body'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});

export const Observation = z.object({
  kind: z.enum(observationKinds),
  title: z.string(),
  detail: z.string().optional(),
  refs: z.array(RecordRef).default([]),
  span: QuotedSpan.optional(),
  /** Machine-readable facts (signal kind, dates, figures) for UIs and audits. */
  data: z.record(z.string(), z.unknown()).optional(),
});

export type ObservationKind = (typeof observationKinds)[number];
export type RecordRef = z.infer<typeof RecordRef>;
export type QuotedSpan = z.infer<typeof QuotedSpan>;
export type Observation = z.infer<typeof Observation>;
