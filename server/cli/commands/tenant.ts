import type { Command } from 'commander';
import { tenantCreateInput } from '../../../common/schemas/tenants.js';
import { createTenant } from '../../domains/tenants/commands/create-tenant.js';
import { collect, parseOptions, type Cli } from '../cli-context.js';
import { table } from '../cli-table.js';

export function registerTenantCommands(program: Command, cli: Cli) {
  const tenant = program.command('tenant').description('manage tenants (one per Comune or project)');

  tenant
    .command('create')
    .description('create a tenant')
    .requiredOption('--slug <slug>', 'short identifier, e.g. "aosta"')
    .requiredOption('--name <name>', 'display name, e.g. "Comune di Aosta"')
    .option('--languages <codes>', 'languages offered to people, comma-separated (it,en,fr,ar)', collect)
    .action(async (o: { slug: string; name: string; languages?: string[] }) => {
      const input = parseOptions(
        tenantCreateInput,
        { slug: o.slug, name: o.name, settings: o.languages ? { languages: o.languages } : {} },
        { slug: '--slug', name: '--name', settings: '--languages' },
      );
      const { db } = await cli.ctx();
      const row = await createTenant(db, input, 'cli');
      cli.out(`Tenant created: ${row.slug} (${row.id})`);
    });

  tenant
    .command('list')
    .description('list tenants')
    .action(async () => {
      const { db } = await cli.ctx();
      const rows = await db.selectFrom('tenant').select(['id', 'slug', 'name']).orderBy('slug').execute();
      cli.out(rows.length ? table(['SLUG', 'ID', 'NAME'], rows.map((r) => [r.slug, r.id, r.name])) : 'No tenants yet.');
    });
}
