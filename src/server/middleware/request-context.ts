/** Gives every request an id (echoed in X-Request-Id and in error messages) and the caller's network address. */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';

type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } };

export function requestContext(options: { trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = randomUUID();
    c.set('requestId', requestId);
    // Only a trusted proxy's X-Forwarded-For counts: anyone can send the header.
    const forwarded = options.trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    const socket = (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress;
    c.set('clientIp', forwarded || socket || 'local');
    await next();
    // Set on the response itself: c.header() after next() would copy the finished response, a cost on every request.
    c.res.headers.set('X-Request-Id', requestId);
  };
}
