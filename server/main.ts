import { ConfigError, loadConfig } from './platform/config.js';
import { startPlatform } from './platform/bootstrap.js';
import { createApp } from './app.js';
import { seedDemo } from './demo/seed-demo.js';
import { ensureTaxonomyForAllTenants } from './domains/directory/commands/ensure-needs-taxonomy.js';
import { provisioningUri } from './domains/auth/totp.js';
import { backgroundJobs } from './jobs.js';

// `npm start -- --no-demo` or APPRODO_DEMO=0 starts without the demo tenants.
async function main() {
  const started = Date.now();
  if (process.argv.includes('--no-demo')) process.env.APPRODO_DEMO = '0';
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const platform = await startPlatform(config);
  const { ctx } = platform;
  let demo: Awaited<ReturnType<typeof seedDemo>> | null = null;
  if (config.APPRODO_DEMO) demo = await seedDemo(ctx, { frontDoors: true });
  await ensureTaxonomyForAllTenants(ctx);
  const app = await createApp(platform);
  await app.listen({ port: config.PORT, host: config.HOST });
  platform.startJobs(backgroundJobs());

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ctx.log.info({ signal }, 'stopping');
    await app.close().catch(() => {});
    await platform.close().catch((err) => ctx.log.error({ err }, 'error while stopping'));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
  const lines = [
    '',
    `Approdo is running: http://localhost:${port}/app/   (API docs: http://localhost:${port}/api/docs)`,
    `Database: ${platform.embedded ? `embedded PostgreSQL in ${config.APPRODO_DATA_DIR}/postgres` : 'external (DATABASE_URL)'}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  ];
  if (demo) {
    lines.push(`Demo tenants ${demo.created ? 'created' : 'present'}: aosta, potenza. Every demo account uses the password: ${demo.logins[0]?.password}`);
    lines.push('Roles marked MFA need a code from an authenticator app (add the otpauth:// URI) or `npm run cli -- demo totp EMAIL`.');
    for (const l of demo.logins) {
      lines.push(`  ${l.tenant.padEnd(8)} ${l.role.padEnd(22)} ${l.email}${l.totpSecret ? `  MFA ${provisioningUri(l.totpSecret, l.email)}` : ''}`);
    }
  }
  lines.push('Press Ctrl-C to stop (PostgreSQL is stopped cleanly).', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err) => {
  console.error('Approdo failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
