/** The one place errors become HTTP: `{ error: { code, message } }` with a status from the error's code. */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { ServerFault, UserError, type UserErrorCode } from '../domain/errors.ts';
import { logger } from '../telemetry/logger.ts';

export const ErrorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

const STATUS: Record<UserErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  invalid_file: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  blocked: 422,
  rate_limited: 429,
  store_locked: 503,
};

export type HttpError = { status: ContentfulStatusCode; body: ErrorBody };

export function toHttpError(error: unknown, requestId?: string): HttpError {
  // A service parsing its input at its own boundary: the caller sent something the schema refuses.
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return {
      status: 400,
      body: { error: { code: 'invalid_input', message: `${where}${issue?.message ?? 'invalid input'}` } },
    };
  }
  if (error instanceof UserError) {
    const details = error.code === 'blocked' || error.code === 'conflict' ? error.details : undefined;
    return {
      status: STATUS[error.code],
      body: {
        error: { code: error.code, message: error.message, ...(details !== undefined ? { details } : {}) },
      },
    };
  }
  if (error instanceof ServerFault) {
    logger.error({ err: error, code: error.code, requestId }, 'server fault');
    const status = error.code === 'store_unavailable' ? 503 : 500;
    return { status, body: { error: { code: error.code, message: error.message } } };
  }
  // A bug: the person is told it is ours, the log gets the stack; internals never reach the response.
  logger.error({ err: error, requestId }, 'unexpected error');
  return {
    status: 500,
    body: {
      error: { code: 'internal', message: `internal error${requestId ? ` (request ${requestId})` : ''}` },
    },
  };
}
