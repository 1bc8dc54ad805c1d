import { runCli } from './run-cli.js';

// `npm run cli -- <command>` and `npx approdo <command>` (bin/approdo.js) both land here.
const code = await runCli(process.argv.slice(2));
// Exit explicitly (tsx does not pass on process.exitCode), once pending output has been flushed.
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
