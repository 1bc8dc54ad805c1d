import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// The staff app is served by the API server under /app/ with a strict CSP: every asset (fonts and
// icon sprites of Bootstrap Italia included) is bundled into dist, never fetched from a CDN.
/**
 * Bootstrap Italia's CSS embeds the VideoJS icon font as a data: URL, which font-src 'self'
 * refuses (and the browser reports). We use no video player: drop that @font-face.
 */
function dropDataUriFonts(): Plugin {
  return {
    name: 'approdo-drop-data-uri-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('bootstrap-italia') || !id.split('?')[0]!.endsWith('.css')) return null;
      return { code: code.replace(/@font-face\s*\{[^}]*url\(\s*["']?data:[^}]*\}/g, ''), map: null };
    },
  };
}

export default defineConfig({
  root: here,
  base: '/app/',
  plugins: [dropDataUriFonts(), react()],
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    // Inlined assets would become data: URLs, which font-src 'self' refuses.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    fs: { allow: [path.join(here, '..')] },
    proxy: { '/api': process.env.APPRODO_API ?? 'http://localhost:3000' },
  },
});
