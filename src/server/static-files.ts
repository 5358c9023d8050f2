/** Serves the built front end: hashed assets cached for a year, index.html for every other page (the SPA's routes). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { UserError } from '../domain/errors.ts';
import type { AppEnv } from './app-env.ts';
import { toHttpError } from './http-errors.ts';

const isApi = (p: string): boolean => p.startsWith('/api/') || p === '/api' || p.startsWith('/mcp');

export function staticFiles(app: OpenAPIHono<AppEnv>, webRoot: string | undefined): void {
  let indexHtml: string | undefined;
  if (webRoot) {
    try {
      indexHtml = readFileSync(path.join(webRoot, 'index.html'), 'utf8');
    } catch {
      indexHtml = undefined;
    }
    app.use('/assets/*', async (c, next) => {
      await next();
      // File names carry a content hash: a new build is a new name, so a year-long cache is safe.
      if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.get('*', async (c, next) =>
      isApi(c.req.path) ? next() : serveStatic<AppEnv>({ root: webRoot })(c, next),
    );
  }
  app.notFound((c) => {
    if (c.req.method === 'GET' && !isApi(c.req.path) && !path.extname(c.req.path)) {
      if (indexHtml) return c.html(indexHtml, 200, { 'Cache-Control': 'no-cache' });
      return c.text('closeloop: the web app is not built yet; run `npm run build`', 503);
    }
    const { status, body } = toHttpError(
      new UserError('not_found', `no route ${c.req.method} ${c.req.path}`),
    );
    return c.json(body, status);
  });
}
