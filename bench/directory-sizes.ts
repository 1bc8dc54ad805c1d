import http from 'node:http';

// Bytes on the wire of a public page and of what its HTML names (scripts, style sheets, icons,
// preloads), asked for as a browser would (Accept-Encoding: br, gzip). Assets a script loads later
// (the map's Leaflet, tiles) are not counted: the finder's browser tests see those.

export interface PageSize {
  label: string;
  path: string;
  htmlBytes: number;
  jsBytes: number;
  cssBytes: number;
  otherBytes: number;
  totalBytes: number;
  assets: number;
}

function get(url: string): Promise<{ status: number; bytes: number; body: Buffer; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { 'accept-encoding': 'br, gzip', 'accept-language': 'it' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, bytes: body.length, body, encoding: String(res.headers['content-encoding'] ?? '') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

async function decoded(body: Buffer, encoding: string): Promise<string> {
  const zlib = await import('node:zlib');
  if (encoding === 'br') return zlib.brotliDecompressSync(body).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(body).toString('utf8');
  return body.toString('utf8');
}

/** Same-origin URLs the page names for the browser to fetch on first load. */
export function assetUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (/\brel="(stylesheet|preload|modulepreload|icon)"/.test(tag)) {
      const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
      if (href) urls.add(href);
    }
  }
  for (const m of html.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)) urls.add(m[1]!);
  return [...urls].filter((u) => u.startsWith('/') && !u.startsWith('//')).map((u) => u.replace(/&amp;/g, '&'));
}

export async function measurePage(baseUrl: string, label: string, path: string): Promise<PageSize> {
  const page = await get(baseUrl + path);
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  const html = await decoded(page.body, page.encoding);
  const size: PageSize = { label, path, htmlBytes: page.bytes, jsBytes: 0, cssBytes: 0, otherBytes: 0, totalBytes: page.bytes, assets: 0 };
  for (const u of assetUrls(html)) {
    const a = await get(baseUrl + u);
    if (a.status !== 200) throw new Error(`${u} (named by ${path}) answered ${a.status}`);
    const clean = u.split('?')[0]!;
    if (clean.endsWith('.js') || clean.endsWith('.mjs')) size.jsBytes += a.bytes;
    else if (clean.endsWith('.css')) size.cssBytes += a.bytes;
    else size.otherBytes += a.bytes;
    size.totalBytes += a.bytes;
    size.assets++;
  }
  console.log(`  ${label}: ${(size.totalBytes / 1024).toFixed(1)} KB (HTML ${(size.htmlBytes / 1024).toFixed(1)}, JS ${(size.jsBytes / 1024).toFixed(1)}, CSS ${(size.cssBytes / 1024).toFixed(1)})`);
  return size;
}
