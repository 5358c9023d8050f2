/** The guardrails' contract: the draft they check and the findings they return. */
import { z } from 'zod';

/** A draft written anywhere (our writer, an LLM, a person): what `closeloop guard --draft` reads. */
export const GuardDraft = z.object({
  opportunityId: z.string().min(1),
  to: z.array(z.string()).default([]),
  cc: z.array(z.string()).default([]),
  subject: z.string().default(''),
  body: z.string(),
});

export const guardFindingKinds = [
  'claim',
  'price',
  'discount',
  'recipient',
  'confidential',
  'injection',
] as const;
export const guardSeverities = ['block', 'warn'] as const;
/** Where a finding's offsets point: a draft field, an address, or an inbound email's body. */
export const findingFields = ['subject', 'body', 'to', 'cc', 'inbound'] as const;

/** The record that contradicts (or would have supported) the statement, for the rep to check. */
export const GuardCitation = z.object({
  source: z.enum(['chunk', 'product', 'opportunity', 'activity', 'contact', 'account']),
  id: z.string(),
  /** Human label: "doc-pricing#1 (Pricing and discount policy 2026)", "opportunity o-105 contractEndDate". */
  label: z.string(),
  field: z.string().optional(),
  quote: z.string().optional(),
});

export const GuardFinding = z.object({
  kind: z.enum(guardFindingKinds),
  severity: z.enum(guardSeverities),
  /** The offending sentence or phrase, exactly as written. */
  text: z.string(),
  reason: z.string(),
  citation: GuardCitation.optional(),
  field: z.enum(findingFields),
  /** Offsets of `text` in `field` (in the inbound email's body when field is 'inbound'). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The finer check that fired: 'price', 'date', 'count', 'capability', 'region', 'other_customer'… */
  check: z.string(),
  activityId: z.string().optional(),
});

export const GuardResult = z.object({
  blocked: z.boolean(),
  findings: z.array(GuardFinding),
});

/** Facts a caller may know beyond the workspace, e.g. an approval recorded in the store. */
export const GuardOptions = z.object({
  approvedDiscountPercent: z.number().min(0).max(100).optional(),
});

export type GuardDraft = z.infer<typeof GuardDraft>;
export type GuardDraftInput = z.input<typeof GuardDraft>;
export type GuardFindingKind = (typeof guardFindingKinds)[number];
export type GuardSeverity = (typeof guardSeverities)[number];
export type FindingField = (typeof findingFields)[number];
export type GuardCitation = z.infer<typeof GuardCitation>;
export type GuardFinding = z.infer<typeof GuardFinding>;
export type GuardResult = z.infer<typeof GuardResult>;
export type GuardOptions = z.infer<typeof GuardOptions>;

/** The outcome of checking a draft: either the findings, or why the draft could not be checked. */
export type GuardOutcome =
  | ({ status: 'checked' } & GuardResult)
  | { status: 'unknown_opportunity'; opportunityId: string };
