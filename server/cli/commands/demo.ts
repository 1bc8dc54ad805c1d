import type { Command } from 'commander';
import { generate } from 'otplib';
import { emailSchema } from '../../../common/schemas/auth.js';
import { DEMO_EMAIL_DOMAIN } from '../../demo/demo-data.js';
import { demoTotpSecret } from '../../demo/seed-demo.js';
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
      // Demo secrets are derived from the demo address (server/demo/seed-demo.ts), so this needs no
      // database and works while the server holds the embedded one. Real accounts' second factors
      // are never derivable, and never readable from the command line.
      if (!email.endsWith(`.${DEMO_EMAIL_DOMAIN}`)) throw new CliError(`${email} is not a demo account: refused.`);
      const code = await generate({ secret: demoTotpSecret(email) });
      const left = STEP_SECONDS - (Math.floor(Date.now() / 1000) % STEP_SECONDS);
      cli.out(`${code}  (valid for ${left} more seconds; each code signs in once)`);
    });
}
