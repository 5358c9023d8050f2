/** Structured logs (pino, JSON on stderr); children carry the run and deal ids so one grep follows a deal. */
import pino, { type Logger } from 'pino';

export type { Logger };

// The CLI stays quiet by default (its output is for people); a worker or server sets LOG_LEVEL=info.
export const logger: Logger = pino(
  {
    level: process.env.LOG_LEVEL ?? 'warn',
    base: { service: 'closeloop' },
    // A pg error carries its whole client (connection, type tables): the code and message are what a reader needs.
    serializers: { err: errorForLog },
  },
  pino.destination(2),
);

export function errorForLog(error: Error): Record<string, unknown> {
  const { client: _client, ...rest } = pino.stdSerializers.err(error) as Record<string, unknown>;
  return rest;
}
