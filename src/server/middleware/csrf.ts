/**
 * Cross-site request forgery defence for cookie sessions, two checks deep: the browser's Origin (or Sec-Fetch-Site)
 * must be ours, and every state-changing call must carry the session's CSRF token in a header, which a page on
 * another site can neither read nor set. Bearer-token calls carry no ambient credential and skip both.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { UserError } from '../../domain/errors.ts';
import { sameSecret } from '../../services/auth/secret-token.ts';
import { csrfTokenFor } from '../../services/auth/sessions.ts';
import type { AppEnv } from '../app-env.ts';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Our own origin: the configured public URL, else what the request was addressed to. */
function expectedOrigin(c: Context, publicUrl: string | undefined): string {
  return new URL(publicUrl ?? c.req.url).origin;
}

export function checkSameOrigin(c: Context, publicUrl: string | undefined): void {
  const origin = c.req.header('origin');
  if (origin !== undefined) {
    if (origin !== expectedOrigin(c, publicUrl))
      throw new UserError('forbidden', `requests from ${origin} are not accepted`);
    return;
  }
  // Browsers that send no Origin still say where a request came from; a non-browser client sends neither.
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none')
    throw new UserError('forbidden', 'cross-site requests are not accepted');
}

export function csrfProtection(options: { publicUrl: string | undefined }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const auth = c.get('authentication');
    if (!SAFE_METHODS.has(c.req.method) && auth?.kind !== 'token') {
      checkSameOrigin(c, options.publicUrl);
      if (auth?.kind === 'session') {
        const sent = c.req.header(CSRF_HEADER) ?? '';
        if (!sameSecret(sent, csrfTokenFor(auth.sessionId))) {
          throw new UserError(
            'forbidden',
            `missing or wrong ${CSRF_HEADER} header: reload the page and try again`,
          );
        }
      }
    }
    await next();
  };
}
