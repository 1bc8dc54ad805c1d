import type { Command } from 'commander';
import { ORGANISATION_KINDS, organisationBody } from '../../../common/schemas/organisations.js';
import { createOrganisation } from '../../domains/organisations/commands/create-organisation.js';
import { listOrganisations } from '../../domains/organisations/organisations.queries.js';
import { withTenant } from '../../platform/db/database.js';
import { parseOptions, type Cli } from '../cli-context.js';
import { table } from '../cli-table.js';

export function registerOrgCommands(program: Command, cli: Cli) {
  const org = program.command('org').description("manage a tenant's organisations (the Comune and its partners)");

  org
    .command('create')
    .description('create an organisation')
    .requiredOption('--tenant <tenant>', 'tenant slug or id')
    .requiredOption('--slug <slug>', 'short identifier, unique in the tenant')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--kind <kind>', `one of: ${ORGANISATION_KINDS.join(', ')}`)
    .option('--lead', 'the lead partner of the project', false)
    .action(async (o: { tenant: string; slug: string; name: string; kind: string; lead: boolean }) => {
      const input = parseOptions(organisationBody, { slug: o.slug, name: o.name, kind: o.kind, isLead: o.lead }, { isLead: '--lead' });
      const tenant = await cli.tenant(o.tenant);
      const { db } = await cli.ctx();
      const row = await withTenant(db, tenant.id, (tx) => createOrganisation(tx, cli.actor(tenant.id), input));
      cli.out(`Organisation created in ${tenant.slug}: ${row.slug} (${row.id})`);
    });

  org
    .command('list')
    .description("list a tenant's organisations")
    .requiredOption('--tenant <tenant>', 'tenant slug or id')
    .action(async (o: { tenant: string }) => {
      const tenant = await cli.tenant(o.tenant);
      const { db } = await cli.ctx();
      const rows = await withTenant(db, tenant.id, listOrganisations);
      cli.out(
        rows.length
          ? table(
              ['SLUG', 'ID', 'KIND', 'USERS', 'NAME'],
              rows.map((r) => [r.slug, r.id, `${r.kind}${r.isLead ? ' (lead)' : ''}${r.active ? '' : ' (inactive)'}`, String(r.userCount ?? 0), r.name]),
            )
          : `No organisations in ${tenant.slug} yet.`,
      );
    });
}
