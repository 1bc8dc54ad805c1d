import type { Command } from 'commander';
import { ROLES } from '../../../common/permissions.js';
import { userCreateBody, userListQuery } from '../../../common/schemas/users.js';
import { findOrganisation } from '../../domains/organisations/organisations.queries.js';
import { createUser } from '../../domains/users/commands/create-user.js';
import { updateUser } from '../../domains/users/commands/update-user.js';
import { findUser, listUsers } from '../../domains/users/users.queries.js';
import { withTenant, type Tx } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';
import { CliError, collect, parseOptions, type Cli } from '../cli-context.js';
import { table } from '../cli-table.js';

interface CreateOptions {
  tenant: string;
  org: string;
  role: string[];
  email: string;
  name?: string;
  password?: string;
  locale?: string;
}

/** Runs `fn`, turning "not found" into a message that says what was not found. */
async function orNotFound<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DomainError && err.code === 'NOT_FOUND') throw new CliError(`No ${what}.`);
    throw err;
  }
}

export function registerUserCommands(program: Command, cli: Cli) {
  const user = program.command('user').description('manage staff accounts');

  user
    .command('create')
    .description('create a staff account')
    .requiredOption('--tenant <tenant>', 'tenant slug or id')
    .requiredOption('--org <org>', 'organisation slug or id')
    .requiredOption('--role <role>', `role, repeatable (${ROLES.join(', ')})`, collect)
    .requiredOption('--email <email>', 'e-mail address, used to sign in')
    .option('--name <name>', 'display name (defaults to the e-mail address)')
    .option('--password <password>', 'initial password; it stays in the shell history, so prefer letting the user choose one with "Forgot password"')
    .option('--locale <code>', 'interface language (it, en, fr, ar)', 'it')
    .action(async (o: CreateOptions) => {
      const tenant = await cli.tenant(o.tenant);
      const { db } = await cli.ctx();
      const created = await withTenant(db, tenant.id, async (tx) => {
        const org = await orNotFound(`organisation "${o.org}" in tenant ${tenant.slug}`, () => findOrganisation(tx, o.org));
        const input = parseOptions(
          userCreateBody,
          { email: o.email, displayName: o.name ?? o.email, organisationId: org.id, roles: o.role, locale: o.locale, password: o.password },
          { displayName: '--name', organisationId: '--org', roles: '--role' },
        );
        return createUser(tx, cli.actor(tenant.id), input, { provisionMfa: true });
      });
      cli.out(`User created: ${created.user.email} (${created.user.id})`);
      if (created.otpauthUri) {
        cli.out(`The role needs two-step verification. Give this to the user once, to add to an authenticator app:\n  ${created.otpauthUri}`);
      }
      if (!o.password) cli.out('No password set: the user chooses one with "Forgot password" on the sign-in page.');
    });

  const setStatus = (status: 'active' | 'disabled') => async (o: { tenant: string; email: string }) => {
    const tenant = await cli.tenant(o.tenant);
    const { db } = await cli.ctx();
    const ended = await withTenant(db, tenant.id, async (tx) => {
      const before = await orNotFound(`user "${o.email}" in tenant ${tenant.slug}`, () => findUser(tx, o.email));
      const sessions = await countSessions(tx, before.id);
      const after = await updateUser(tx, cli.actor(tenant.id), before.id, { status });
      return after.status !== before.status && status === 'disabled' ? sessions : 0;
    });
    cli.out(status === 'disabled' ? `User ${o.email} disabled; ${ended} session(s) ended.` : `User ${o.email} enabled.`);
  };
  user
    .command('disable')
    .description('disable an account and end all its sessions')
    .requiredOption('--tenant <tenant>', 'tenant slug or id')
    .requiredOption('--email <email>', 'e-mail address')
    .action(setStatus('disabled'));
  user
    .command('enable')
    .description('enable a disabled account')
    .requiredOption('--tenant <tenant>', 'tenant slug or id')
    .requiredOption('--email <email>', 'e-mail address')
    .action(setStatus('active'));

  user
    .command('list')
    .description("list a tenant's accounts")
    .requiredOption('--tenant <tenant>', 'tenant slug or id')
    .action(async (o: { tenant: string }) => {
      const tenant = await cli.tenant(o.tenant);
      const { db } = await cli.ctx();
      const rows = await withTenant(db, tenant.id, async (tx) => {
        const all = [];
        for (let offset = 0; ; offset += 200) {
          const page = await listUsers(tx, userListQuery.parse({ limit: 200, offset }), null);
          all.push(...page.rows);
          if (page.rows.length < 200) return all;
        }
      });
      cli.out(
        rows.length
          ? table(
              ['EMAIL', 'ID', 'STATUS', 'MFA', 'ORGANISATION', 'ROLES'],
              rows.map((u) => [u.email, u.id, u.status, u.mfaEnabledAt ? 'yes' : 'no', u.organisationSlug, u.roles.join(',')]),
            )
          : `No users in ${tenant.slug} yet.`,
      );
    });
}

async function countSessions(tx: Tx, userId: string): Promise<number> {
  const r = await tx.selectFrom('userSession').select((eb) => eb.fn.countAll<string>().as('n')).where('userId', '=', userId).executeTakeFirstOrThrow();
  return Number(r.n);
}
