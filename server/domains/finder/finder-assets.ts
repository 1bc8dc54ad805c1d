import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// The finder's static files (its own small CSS/JS, Leaflet, fonts, comune outlines) served from
// memory under /assets/finder/<name>.<hash>.<ext>: content-hashed names cached for a year, with
// Brotli and gzip prepared once at start-up. No build step, so `npm start` works on a fresh clone.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const WEB = path.join(ROOT, 'web', 'finder');
const LEAFLET = path.join(ROOT, 'node_modules', 'leaflet', 'dist');
const FONTS = path.join(ROOT, 'node_modules', 'bootstrap-italia', 'dist', 'fonts', 'Titillium_Web');

const SOURCES: Record<string, string> = {
  'titillium-400.woff2': path.join(FONTS, 'titillium-web-v10-latin-ext_latin-regular.woff2'),
  'titillium-700.woff2': path.join(FONTS, 'titillium-web-v10-latin-ext_latin-700.woff2'),
  'finder.css': path.join(WEB, 'finder.css'),
  'finder.js': path.join(WEB, 'finder.js'),
  'map.js': path.join(WEB, 'map.js'),
  'leaflet.js': path.join(LEAFLET, 'leaflet.js'),
  'leaflet.css': path.join(LEAFLET, 'leaflet.css'),
  'favicon.svg': path.join(ROOT, 'web', 'public', 'favicon.svg'),
  'outline-aosta.json': path.join(WEB, 'outlines', 'aosta.geojson'),
  'outline-potenza.json': path.join(WEB, 'outlines', 'potenza.geojson'),
};

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface Asset {
  url: string;
  type: string;
  body: Buffer;
  br: Buffer | null;
  gzip: Buffer | null;
}

export type AssetName = keyof typeof SOURCES;

export interface FinderAssets {
  url(name: AssetName): string;
  byFile(file: string): Asset | undefined;
  /** The outline of a comune, when one is bundled for the tenant. */
  outlineUrl(slug: string): string | null;
}

function build(name: string, body: Buffer): Asset {
  const ext = path.extname(name);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const compressible = ext !== '.woff2';
  return {
    url: `/assets/finder/${path.basename(name, ext)}.${hash}${ext}`,
    type: TYPES[ext] ?? 'application/octet-stream',
    body,
    br: compressible ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : null,
    gzip: compressible ? gzipSync(body, { level: 9 }) : null,
  };
}

let cached: FinderAssets | null = null;

export function finderAssets(): FinderAssets {
  if (cached) return cached;
  const assets = new Map<string, Asset>();
  for (const [name, file] of Object.entries(SOURCES)) {
    // The fonts come from a development dependency (bootstrap-italia): an install without it
    // serves the finder in the system fonts instead of failing at start-up.
    if (name.endsWith('.woff2') && !existsSync(file)) continue;
    let body = readFileSync(file);
    // Leaflet names a source map we do not serve.
    if (name.endsWith('.js')) body = Buffer.from(body.toString('utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
    // The stylesheet names the fonts by logical name: point it at their hashed URLs.
    if (name === 'finder.css') {
      body = Buffer.from(
        body
          .toString('utf8')
          .replace(/@font-face\s*\{[^}]*url\((titillium-\d+\.woff2)\)[^}]*\}/g, (rule, font: string) => (assets.has(font) ? rule : ''))
          .replace(/url\((titillium-\d+\.woff2)\)/g, (_m, font: string) => `url(${assets.get(font)!.url})`),
      );
    }
    assets.set(name, build(name, body));
  }
  const byFile = new Map([...assets.values()].map((a) => [a.url.slice('/assets/finder/'.length), a]));
  cached = {
    url: (name) => assets.get(name)!.url,
    byFile: (file) => byFile.get(file),
    outlineUrl: (slug) => assets.get(`outline-${slug}.json`)?.url ?? null,
  };
  return cached;
}

/** Picks the smallest encoding the client accepts. */
export function encodingFor(asset: Asset, acceptEncoding: string | undefined): { body: Buffer; encoding: string | null } {
  const accepts = (acceptEncoding ?? '').toLowerCase();
  if (asset.br && /\bbr\b/.test(accepts)) return { body: asset.br, encoding: 'br' };
  if (asset.gzip && /\bgzip\b/.test(accepts)) return { body: asset.gzip, encoding: 'gzip' };
  return { body: asset.body, encoding: null };
}
