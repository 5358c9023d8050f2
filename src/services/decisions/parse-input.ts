/** Service input is parsed with zod at the boundary; a bad field becomes the user's error, named by its path. */
import type { z } from 'zod';
import { UserError } from '../../domain/errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new UserError('invalid_input', `${where}${issue.message}`, parsed.error.issues);
}
