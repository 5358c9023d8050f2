/** Structured logs (pino, JSON on stderr); children carry the run and deal ids so one grep follows a deal. */
import pino, { type Logger } from 'pino';

export type { Logger };

// The CLI stays quiet by default (its output is for people); a worker or server sets LOG_LEVEL=info.
export const logger: Logger = pino(
  { level: process.env.LOG_LEVEL ?? 'warn', base: { service: 'closeloop' } },
  pino.destination(2),
);
