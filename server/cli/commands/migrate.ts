import type { Command } from 'commander';
import { seedDemo } from '../../demo/seed-demo.js';
import { provisioningUri } from '../../domains/auth/totp.js';
import { migrate } from '../../platform/db/migrate.js';
import type { Cli } from '../cli-context.js';

export function registerMigrateCommands(program: Command, cli: Cli) {
  program
    .command('migrate')
    .description('apply pending database migrations (the server also does it at start-up)')
    .action(async () => {
      const platform = await cli.platform({ migrated: false });
      const applied = await migrate(platform.ownerUrl);
      cli.out(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    });

  program
    .command('seed-demo')
    .description('create the Aosta and Potenza demo tenants (once; safe to repeat)')
    .action(async () => {
      const platform = await cli.platform({ migrated: false });
      await migrate(platform.ownerUrl);
      const { created, logins } = await seedDemo((await cli.platform()).ctx, { frontDoors: true });
      const lines = [`Demo tenants ${created ? 'created' : 'already present'}: aosta, potenza. Password of every demo account: ${logins[0]?.password}`];
      for (const l of logins) {
        lines.push(`  ${l.tenant.padEnd(8)} ${l.role.padEnd(22)} ${l.email}${l.totpSecret ? `  MFA ${provisioningUri(l.totpSecret, l.email)}` : ''}`);
      }
      lines.push('Current codes for MFA accounts: `approdo demo totp EMAIL`.');
      cli.out(lines.join('\n'));
    });
}
