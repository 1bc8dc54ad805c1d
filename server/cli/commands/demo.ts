import type { Command } from 'commander';
import { sql } from 'kysely';
import { generate } from 'otplib';
import { emailSchema } from '../../../common/schemas/auth.js';
import { withTenant } from '../../platform/db/database.js';
import { CliError, type Cli } from '../cli-context.js';

const STEP_SECONDS = 30;

export function registerDemoCommands(program: Command, cli: Cli) {
  const demo = program.command('demo').description('helpers for the demo tenants');
  demo
    .command('totp')
    .description('print the current two-step verification code of a demo account')
    .argument('<email>', 'e-mail address of a demo account')
    .action(async (rawEmail: string) => {
      const parsed = emailSchema.safeParse(rawEmail);
      if (!parsed.success) throw new CliError(`"${rawEmail}" is not an e-mail address.`, 2);
      const email = parsed.data;
      const { db } = await cli.ctx();
      const found = await sql<{ tenantId: string; userId: string }>`SELECT * FROM auth_find_user_by_email(${email})`.execute(db);
      const who = found.rows[0];
      if (!who) throw new CliError(`No account with e-mail ${email}.`);
      const tenant = await db.selectFrom('tenant').select(['slug', 'settings']).where('id', '=', who.tenantId).executeTakeFirstOrThrow();
      // Real tenants' second factors must never be readable from the command line.
      if ((tenant.settings as { demo?: unknown } | null)?.demo !== true) throw new CliError(`${email} does not belong to a demo tenant: refused.`);
      const user = await withTenant(db, who.tenantId, (tx) =>
        tx.selectFrom('appUser').select(['mfaSecret']).where('id', '=', who.userId).executeTakeFirstOrThrow(),
      );
      if (!user.mfaSecret) throw new CliError(`${email} has no two-step verification set up.`);
      const code = await generate({ secret: user.mfaSecret });
      const left = STEP_SECONDS - (Math.floor(Date.now() / 1000) % STEP_SECONDS);
      cli.out(`${code}  (valid for ${left} more seconds; each code signs in once)`);
    });
}
