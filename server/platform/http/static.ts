import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { AppContext } from '../context.js';
import type { App } from './app.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_DIST = path.join(ROOT, 'web', 'dist');

/** Serves the built staff app under /app/ (client-side routes fall back to index.html). */
export async function staticRoutes(app: App, _ctx: AppContext) {
  // The redirects exist whether or not the app is built, so that routing does not depend on a build.
  app.get('/app', { schema: { hide: true } }, (_request, reply) => reply.redirect('/app/'));
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.redirect('/app/'));
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    app.log.warn('web/dist is missing: run `npm run build:web` (npm start does it) to serve the staff app');
    return;
  }
  await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/app/', index: 'index.html', wildcard: false, maxAge: '1h', immutable: false });
  app.get('/app/*', { schema: { hide: true } }, (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
}
