/**
 * Field types for model replies. Length limits are refinements, not JSON Schema keywords: strict structured output
 * (OpenAI, Anthropic) rejects `minLength`, `maxLength` and `maxItems`, while zod still enforces them on the reply.
 */
import { z } from 'zod';

export const boundedText = (max: number) =>
  z
    .string()
    .refine((s) => s.trim().length > 0 && s.length <= max, { message: `expected 1 to ${max} characters` });

export const optionalText = (max: number) =>
  z.string().refine((s) => s.length <= max, { message: `expected at most ${max} characters` });

export const boundedList = <T extends z.ZodType>(item: T, max: number, min = 0) =>
  (min > 0 ? z.array(item).min(min) : z.array(item)).refine((list) => list.length <= max, {
    message: `expected at most ${max} items`,
  });
