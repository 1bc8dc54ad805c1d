#!/usr/bin/env node
// `npx approdo <command>`: runs the operator CLI (server/cli/main.ts) through tsx, with the same
// arguments, so no build step is needed. The exit code and signals pass through unchanged.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsxCli = createRequire(path.join(root, 'package.json')).resolve('tsx/cli');
const child = spawn(process.execPath, [tsxCli, path.join(root, 'server', 'cli', 'main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
