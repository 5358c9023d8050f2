/** The `closeloop.labels/v1` format: what a careful sales manager decided about each open deal. */
import { z } from 'zod';
import { isoDate } from '../workspace/workspace-schema.ts';

export const verdicts = ['act_now', 'monitor', 'no_action'] as const;
export const nextBestActions = [
  'deliver_commitment',
  'answer_customer',
  're_engage',
  'resume_after_deferral',
  'address_usage_drop',
  'start_renewal',
  'multithread',
  'propose_expansion',
  'respond_to_risk',
  'review_loss',
  'fix_crm',
  'reschedule',
] as const;

export const Verdict = z.enum(verdicts);
export const NextBestAction = z.enum(nextBestActions);

export const Label = z.object({
  opportunityId: z.string().min(1),
  verdict: Verdict,
  actions: z.array(NextBestAction).optional(),
  resumeOn: isoDate.optional(),
  note: z.string().optional(),
});

export const LABELS_FORMAT = 'closeloop.labels/v1';
export const LabelsV1 = z.object({ format: z.literal(LABELS_FORMAT), labels: z.array(Label) });

export type Verdict = z.infer<typeof Verdict>;
export type NextBestAction = z.infer<typeof NextBestAction>;
export type Label = z.infer<typeof Label>;
export type LabelsFile = z.infer<typeof LabelsV1>;
