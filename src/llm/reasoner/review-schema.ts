/** The reply a model gives when it reviews the engine's verdict: zod first, every field required (strict structured output). */
import { z } from 'zod';
import { NextBestAction, Verdict } from '../../domain/labels/labels-schema.ts';
import { isoDate } from '../../domain/workspace/workspace-schema.ts';
import { boundedList, boundedText } from '../reply-fields.ts';

export const ReviewReason = z.object({
  claim: boundedText(500),
  /** Evidence ids (E1, E2…) or activity ids from the prompt. */
  evidence: boundedList(z.string(), 8),
});

export const VerdictReview = z
  .object({
    decision: z.enum(['confirm', 'overrule']),
    verdict: Verdict,
    actions: boundedList(NextBestAction, 3),
    resumeOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    why: boundedText(500),
    reasons: boundedList(ReviewReason, 6),
  })
  .superRefine((review, ctx) => {
    if (review.verdict === 'act_now' && review.actions.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['actions'], message: 'act_now needs at least one action' });
    }
    if (review.resumeOn !== null && !isoDate.safeParse(review.resumeOn).success) {
      ctx.addIssue({ code: 'custom', path: ['resumeOn'], message: 'not a real date' });
    }
  });

export type ReviewReason = z.infer<typeof ReviewReason>;
export type VerdictReview = z.infer<typeof VerdictReview>;
