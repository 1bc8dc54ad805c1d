// Builds the staff app (web/dist) when it is missing or older than its sources, so that
// `npm start` on a fresh clone serves it, and a warm start stays fast.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'web', 'dist', 'index.html');
const sources = [path.join(root, 'web'), path.join(root, 'common')];

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(path.join(root, 'web', 'vite.config.ts'))) process.exit(0);
const built = existsSync(dist) ? statSync(dist).mtimeMs : 0;
if (built >= Math.max(...sources.map(newest))) process.exit(0);
console.log('Building the staff app (web/dist)…');
// NODE_ENV may be 'test' (vitest) or 'development' here; the bundle must still be React's production build.
execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
