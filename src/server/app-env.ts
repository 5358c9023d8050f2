/** What the middleware hands the routes: who is calling and how they proved it. */
import type { Actor } from '../domain/access/actor.ts';

export type Authentication = { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string };

export type AppEnv = {
  Variables: {
    requestId: string;
    clientIp: string;
    actor: Actor | undefined;
    authentication: Authentication | undefined;
  };
};
