import { Command, CommanderError } from 'commander';
import type { Platform } from '../platform/bootstrap.js';
import { DomainError, fromDatabaseError } from '../platform/errors.js';
import { translate } from '../platform/i18n/i18n.js';
import { CliError, makeCli, type CliIo } from './cli-context.js';
import { openCliPlatform } from './open-platform.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerDemoCommands } from './commands/demo.js';
import { registerDirectoryCommands } from './commands/directory.js';
import { registerMigrateCommands } from './commands/migrate.js';
import { registerOrgCommands } from './commands/org.js';
import { registerTenantCommands } from './commands/tenant.js';
import { registerUserCommands } from './commands/user.js';

export interface RunCliOptions {
  /** A platform already started (tests): used as is and not closed. */
  platform?: Platform;
  env?: NodeJS.ProcessEnv;
  out?: (text: string) => void;
  err?: (text: string) => void;
}

/**
 * Runs one CLI command and returns its exit code: 0 done, 1 failed (or a problem was found),
 * 2 bad arguments or configuration. Expected failures print a message, never a stack trace.
 */
export async function runCli(argv: string[], opts: RunCliOptions = {}): Promise<number> {
  const io: CliIo = {
    out: opts.out ?? ((t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`)),
    err: opts.err ?? ((t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`)),
  };
  let opened: Platform | null = null;
  const cli = makeCli(io, async () => {
    if (opts.platform) return opts.platform;
    opened = await openCliPlatform(opts.env ?? process.env);
    return opened;
  });

  const program = new Command('approdo')
    .description('Approdo operator commands')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(add --help for usage)');
  registerTenantCommands(program, cli);
  registerOrgCommands(program, cli);
  registerUserCommands(program, cli);
  registerMigrateCommands(program, cli);
  registerAuditCommands(program, cli);
  registerDemoCommands(program, cli);
  registerDirectoryCommands(program, cli);

  let code = 0;
  try {
    await program.parseAsync(argv, { from: 'user' });
    code = cli.exitCode;
  } catch (err) {
    code = report(err, io);
  } finally {
    const p = opened as Platform | null;
    if (p) await p.close().catch(() => {});
  }
  return code;
}

function report(err: unknown, io: CliIo): number {
  if (err instanceof CommanderError) {
    // Commander has already printed its message (or the help); help and version are not errors.
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof CliError) {
    io.err(`Error: ${err.message}`);
    return err.exitCode;
  }
  const domain = err instanceof DomainError ? err : fromDatabaseError(err);
  if (domain) {
    const lines = [`Error: ${translate('en', `errors.${domain.code}`, domain.params)}`];
    for (const f of domain.fields) lines.push(`  ${f.path}: ${translate('en', `validation.${f.code}`, f.params)}`);
    io.err(lines.join('\n'));
    return 1;
  }
  io.err(`Unexpected error: ${err instanceof Error ? err.message : String(err)}`);
  return 1;
}
