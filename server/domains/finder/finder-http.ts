import type { FastifyReply, FastifyRequest } from 'fastify';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { encodingFor, finderAssets } from './finder-assets.js';
import { isPublicLanguage, negotiatePublicLanguage, translator, type PublicLanguage, type Tr } from './finder-i18n.js';

// HTTP plumbing of the public pages: language choice, caching rules, compression.

/**
 * Page language: `?hl=xx` (every link of the finder carries it, so a choice is remembered without
 * a cookie or any stored state), else the browser's Accept-Language, else Italian.
 */
export function pageLanguage(request: FastifyRequest, query: URLSearchParams): PublicLanguage {
  const hl = query.get('hl');
  return isPublicLanguage(hl) ? hl : negotiatePublicLanguage(request.headers['accept-language']);
}

export interface FinderRequest {
  tr: Tr;
  /** The raw query string (the platform guard strips `lang`, which the finder uses for the spoken language). */
  query: URLSearchParams;
  path: string;
}

export function finderRequest(request: FastifyRequest): FinderRequest {
  const [path = '/', search = ''] = request.url.split('?');
  const query = new URLSearchParams(search);
  return { tr: translator(pageLanguage(request, query)), query, path };
}

/** no-store: searches and anything about anti-violence services; short public caching elsewhere. */
export type CacheRule = 'no-store' | 'public';

export function sendHtml(request: FastifyRequest, reply: FastifyReply, status: number, body: string, cache: CacheRule, lang: string) {
  reply.code(status);
  reply.header('content-type', 'text/html; charset=utf-8');
  reply.header('content-language', lang);
  reply.header('cache-control', cache === 'no-store' ? 'no-store' : 'public, max-age=300');
  if (cache === 'no-store') reply.header('pragma', 'no-cache');
  reply.header('vary', 'Accept-Language, Accept-Encoding');
  const raw = Buffer.from(body, 'utf8');
  // Public pages hold no secret (no session, no token), so compressing them is safe (no BREACH).
  const accepts = String(request.headers['accept-encoding'] ?? '').toLowerCase();
  if (raw.length > 1024 && /\bbr\b/.test(accepts)) {
    reply.header('content-encoding', 'br');
    return reply.send(brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
  }
  if (raw.length > 1024 && /\bgzip\b/.test(accepts)) {
    reply.header('content-encoding', 'gzip');
    return reply.send(gzipSync(raw, { level: 6 }));
  }
  return reply.send(raw);
}

export function sendAsset(request: FastifyRequest, reply: FastifyReply, file: string) {
  const asset = finderAssets().byFile(file);
  if (!asset) return reply.callNotFound();
  const { body, encoding } = encodingFor(asset, request.headers['accept-encoding']);
  reply.header('content-type', asset.type);
  reply.header('cache-control', 'public, max-age=31536000, immutable');
  reply.header('vary', 'Accept-Encoding');
  if (encoding) reply.header('content-encoding', encoding);
  return reply.send(body);
}
