import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { negotiateLanguage } from '../../../common/i18n/languages.js';
import type { Config } from '../config.js';
import { errorHandler } from './error-handler.js';

/** The response headers of every answer (helmet's options; also used where no hook runs). */
export function helmetOptions(config: Config): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...tileSources(config)],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(config.APPRODO_TLS ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.APPRODO_TLS ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  };
}

/** The public finder's map tile host, when one is configured ({s} subdomains become a wildcard). */
export function tileSources(config: Pick<Config, 'APPRODO_TILE_URL'>): string[] {
  const m = /^(https?:\/\/)([^/]+)/i.exec(config.APPRODO_TILE_URL ?? '');
  return m ? [`${m[1]}${m[2]!.replace(/\{s\}/g, '*')}`] : [];
}

/** The interactive API docs (static assets, cacheable, no policy of their own). */
function isDocsPath(path: string): boolean {
  return path === '/api/docs' || path.startsWith('/api/docs/');
}

/**
 * Is this URL part of the JSON API? Exact segment match: `/api/documents` is API, not docs, and
 * must declare a policy and never be cached like every other API route.
 */
export function isApiUrl(url: string): boolean {
  const path = url.split('?')[0]!;
  return (path === '/api' || path.startsWith('/api/')) && !isDocsPath(path);
}

/** API responses may carry personal data: never cached by browsers or proxies. */
export function preventCaching(request: FastifyRequest, reply: FastifyReply): void {
  if (!isApiUrl(request.url)) return;
  reply.header('cache-control', 'no-store');
  reply.header('pragma', 'no-cache');
}

/**
 * The router refuses some URLs (malformed %-encoding, over-long path segments) before any hook
 * runs; Fastify would answer those with its own body and none of our headers. Answer them like
 * every other error instead: our error body, in the caller's language, with the same headers.
 */
export function makeRouterErrorHandler(config: Config) {
  const applyHeaders = helmet(helmetOptions(config) as Parameters<typeof helmet>[0]);
  return function routerError(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    request.lang = negotiateLanguage(request.headers['accept-language']);
    applyHeaders(request.raw, reply.raw, () => undefined);
    reply.header('x-request-id', request.id);
    preventCaching(request, reply);
    return errorHandler(err, request, reply);
  };
}
