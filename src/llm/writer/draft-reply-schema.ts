/** The reply a model gives when it drafts an email: zod first; citations must name a source it was shown. */
import { z } from 'zod';
import { boundedList, boundedText, optionalText } from '../reply-fields.ts';

export const DraftCitation = z.object({
  /** A knowledge chunk id (`doc-pricing#2`) or a price-book entry (`product:<sku>`). */
  source: boundedText(100),
  claim: boundedText(400),
  /** The source's own words that back the claim. */
  quote: optionalText(600),
});

const DraftReplyShape = z.object({
  to: boundedList(boundedText(320), 5, 1),
  cc: boundedList(boundedText(320), 5),
  subject: boundedText(200),
  body: boundedText(6_000),
  citations: boundedList(DraftCitation, 12),
  rationale: boundedText(500),
});

export type DraftReply = z.infer<typeof DraftReplyShape>;

/** A citation of anything the model was not shown is an invented source: the reply fails, is retried, then reported. */
export function draftReplySchema(sourceIds: ReadonlySet<string>): z.ZodType<DraftReply> {
  return DraftReplyShape.superRefine((reply, ctx) => {
    reply.citations.forEach((c, i) => {
      if (!sourceIds.has(c.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['citations', i, 'source'],
          message: `${c.source} is not one of the sources given`,
        });
      }
    });
  });
}
