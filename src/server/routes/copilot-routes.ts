/**
 * The chat panel's copilot: a request in the rep's words, its steps streamed as Server-Sent Events (`observation`,
 * then `answer`), or the answer alone as JSON for clients that ask for it. Same service as `closeloop ask`.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { AskInput, CopilotAnswer, type CopilotEvent } from '../../domain/copilot/copilot-schema.ts';
import { UserError } from '../../domain/errors.ts';
import { isoDateTime } from '../../domain/workspace/workspace-schema.ts';
import { askCopilot } from '../../services/copilot/ask-copilot.ts';
import type { CopilotDeps, CopilotDepsInput } from '../../services/copilot/copilot-deps.ts';
import { copilotDepsFromEnv } from '../../services/copilot/copilot-from-env.ts';
import type { AppCaches } from '../app-caches.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { toHttpError } from '../http-errors.ts';
import type { Metrics } from '../metrics.ts';
import { requireActor } from '../middleware/authenticate.ts';
import { authErrors, invalid, jsonBody } from './route-kit.ts';

export const AskBody = z
  .object({
    text: AskInput.shape.text,
    asOf: isoDateTime
      .optional()
      .meta({ description: "reason as of this instant; the workspace's by default" }),
  })
  .meta({ id: 'CopilotAsk' });

const AnswerView = CopilotAnswer.meta({ id: 'CopilotAnswer' });

const ask = createRoute({
  method: 'post',
  path: '/api/copilot/ask',
  tags: ['copilot'],
  summary:
    'Ask the copilot in your own words. Server-Sent Events by default: one `observation` per step (id = seq), then `answer` (or `error`); with `Accept: application/json`, the answer alone',
  request: jsonBody(AskBody),
  responses: {
    200: {
      content: {
        'text/event-stream': { schema: z.string() },
        'application/json': { schema: AnswerView },
      },
      description: 'the steps and the answer, or the answer',
    },
    ...invalid,
    ...authErrors,
  },
});

/** JSON only when the client lists it ahead of an event stream: a browser's EventSource-style fetch gets events. */
export function prefersJson(accept: string | undefined): boolean {
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  const json = types.indexOf('application/json');
  const events = types.indexOf('text/event-stream');
  return json >= 0 && (events < 0 || json < events);
}

/** A rate-limited request says when to come back, in the header clients and proxies read. */
function withRetryAfter(c: Context<AppEnv>, error: unknown): unknown {
  if (error instanceof UserError && error.code === 'rate_limited') {
    const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (typeof seconds === 'number') c.header('Retry-After', String(seconds));
  }
  return error;
}

export function copilotRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: AppDeps,
  metrics: Metrics,
  caches: AppCaches,
): void {
  const { db } = deps.store;
  // Built on first use: a server that nobody asks anything pays nothing for the drafting pipeline.
  let fromEnv: CopilotDeps | undefined;
  const copilot = (): CopilotDepsInput => {
    if (deps.copilot) return deps.copilot;
    fromEnv ??= copilotDepsFromEnv(db);
    return fromEnv;
  };

  /** A proposal the copilot put in the queue changes the Today views of everyone who may decide on it. */
  const answered = (actor: Actor, answer: CopilotAnswer) => {
    if (answer.proposal) caches.today.invalidate([actor.userId, ...actor.visibleOwnerIds]);
  };

  app.openapi(ask, async (c) => {
    const actor = requireActor(c);
    const body = c.req.valid('json');
    const json = prefersJson(c.req.header('accept'));
    const events = askCopilot(db, actor, { ...body, stream: !json }, copilot());
    // The limits are checked before the first step: a refusal is still an HTTP status, not an event.
    let first: IteratorResult<CopilotEvent, CopilotAnswer>;
    try {
      first = await events.next();
    } catch (error) {
      throw withRetryAfter(c, error);
    }

    if (json) {
      let next = first;
      while (!next.done) next = await events.next();
      answered(actor, next.value);
      return c.json(next.value, 200);
    }

    return streamSSE(c, async (stream) => {
      metrics.sseStreams.inc();
      try {
        let next = first;
        while (!next.done) {
          const event = next.value;
          // A closed tab does not cancel the request: it finishes (bounded by its deadline) so its record is whole.
          if (!stream.aborted) {
            if (event.type === 'observation')
              await stream.writeSSE({
                event: 'observation',
                id: String(event.seq),
                data: JSON.stringify(event),
              });
            else await stream.writeSSE({ event: 'answer', data: JSON.stringify(event.answer) });
          }
          next = await events.next();
        }
        answered(actor, next.value);
      } catch (error) {
        const { body: refusal } = toHttpError(error, c.get('requestId'));
        if (!stream.aborted) await stream.writeSSE({ event: 'error', data: JSON.stringify(refusal) });
      } finally {
        metrics.sseStreams.dec();
      }
    });
  });
}
