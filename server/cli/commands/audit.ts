import type { Command } from 'commander';
import { verifyAuditChain } from '../../platform/audit/audit-verify.js';
import type { Cli } from '../cli-context.js';

export function registerAuditCommands(program: Command, cli: Cli) {
  const audit = program.command('audit').description('audit trail');
  audit
    .command('verify')
    .description('recompute the hash chain of every tenant (or one) and report tampering; exit code 1 on any problem')
    .option('--tenant <tenant>', 'tenant slug or id (default: all tenants)')
    .action(async (o: { tenant?: string }) => {
      const tenant = o.tenant ? await cli.tenant(o.tenant) : null;
      const reports = await verifyAuditChain((await cli.ctx()).db, tenant?.id);
      let failed = 0;
      for (const r of reports) {
        const head = r.lastHash ? `, head ${r.lastHash.slice(0, 16)}…` : '';
        if (r.ok) {
          cli.out(`${r.tenant.slug}: ${r.events} events, chain intact${head}`);
          continue;
        }
        failed++;
        cli.out(`${r.tenant.slug}: ${r.events} events, ${r.problems.length}${r.truncated ? '+' : ''} PROBLEM(S)${head}`);
        for (const p of r.problems) cli.out(`  seq ${p.seq}: ${DESCRIPTIONS[p.kind]}`);
      }
      if (failed) {
        cli.err(
          `Audit trail verification FAILED for ${failed} tenant(s): events were changed or removed outside Approdo. ` +
            'Keep a copy of the database as it is for investigation.',
        );
        cli.exitCode = 1;
      } else {
        cli.out(reports.length ? 'Audit trail verified: no problems.' : 'No tenants to verify.');
      }
    });
}

const DESCRIPTIONS = {
  altered: 'altered (content does not match its hash)',
  missing: 'missing (deleted from the middle of the chain)',
  broken_link: 'broken link (does not follow the previous event)',
  duplicate: 'duplicate (a second event with the same number)',
  tail_missing: 'missing at the end of the chain (deleted latest events)',
} as const;
