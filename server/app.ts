import type { Platform } from './platform/bootstrap.js';
import { buildHttpApp } from './platform/http/app.js';
import { routes } from './routes.js';

/** The HTTP app over a started platform: what main.ts serves and what tests inject into. */
export function createApp(platform: Platform) {
  return buildHttpApp(platform.ctx, routes(platform.ctx));
}
