import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { exportDirectoryFile } from '../../domains/hsds/directory-transfer.routes.js';
import { exportDirectoryCsv } from '../../domains/hsds/export/export-csv.js';
import type { ImportIssue } from '../../domains/hsds/import/coerce.js';
import { ImportRejected } from '../../domains/hsds/import/import-directory.js';
import { IMPORT_FORMATS, readImportPath, runDirectoryImport, type ImportFormat } from '../../domains/hsds/import/run-import.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { withTenant } from '../../platform/db/database.js';
import { translate } from '../../platform/i18n/i18n.js';
import { CliError, type Cli } from '../cli-context.js';

const issueLine = (i: ImportIssue) => `  ${i.file}:${i.row}${i.field ? ` ${i.field}` : ''}: ${translate('en', `validation.${i.code}`, i.params)}`;

export function registerDirectoryCommands(program: Command, cli: Cli) {
  const dir = program.command('directory').description('import and export the territorial service directory (Open Referral HSDS 3.1)');

  dir
    .command('import')
    .description('import HSDS 3.x JSON, an HSDS CSV datapackage (directory or .zip; 1.x/2.x layouts upgraded) or a plain CSV with a column mapping')
    .argument('<file>', 'file, datapackage directory or .zip')
    .requiredOption('--tenant <tenant>', 'tenant slug or id')
    .option('--format <format>', `one of: ${IMPORT_FORMATS.join(', ')} (default: from the file name)`)
    .option('--mapping <mapping.json>', 'column mapping of a plain CSV')
    .option('--dry-run', 'check everything, write nothing', false)
    .action(async (file: string, o: { tenant: string; format?: string; mapping?: string; dryRun: boolean }) => {
      if (o.format && !(IMPORT_FORMATS as readonly string[]).includes(o.format)) throw new CliError(`--format: one of ${IMPORT_FORMATS.join(', ')}`, 2);
      let input;
      let mapping: unknown;
      try {
        input = readImportPath(file);
        if (o.mapping) mapping = JSON.parse(readFileSync(o.mapping, 'utf8'));
      } catch (err) {
        throw new CliError(`Cannot read ${o.mapping && input ? o.mapping : file}: ${(err as Error).message}`, 2);
      }
      const tenant = await cli.tenant(o.tenant);
      const { db } = await cli.ctx();
      try {
        const report = await runDirectoryImport(db, tenant.id, { ...input, format: o.format as ImportFormat | undefined, mapping }, { actor: cli.actor(tenant.id), dryRun: o.dryRun });
        const counts = Object.entries(report.counts).map(([t, c]) => `  ${t}: ${c.inserted} new, ${c.updated} updated`);
        cli.out([`${report.dryRun ? 'Dry run (nothing written)' : 'Imported'} into ${tenant.slug} from ${input.name} (${report.format}) in ${report.durationMs} ms:`, ...counts].join('\n'));
        if (report.warnings.length) cli.out([`${report.warnings.length} warning(s):`, ...report.warnings.slice(0, 50).map(issueLine)].join('\n'));
      } catch (err) {
        if (!(err instanceof ImportRejected)) throw err;
        const { errors } = err.report;
        cli.err([`Nothing imported: ${errors.length} problem(s) in ${input.name}:`, ...errors.slice(0, 100).map(issueLine), ...(errors.length > 100 ? [`  … and ${errors.length - 100} more`] : [])].join('\n'));
        cli.exitCode = 1;
      }
    });

  dir
    .command('export')
    .description('export the published directory (never drafts or confidential records) as HSDS 3.1 JSON or a CSV datapackage')
    .requiredOption('--tenant <tenant>', 'tenant slug or id')
    .requiredOption('--format <format>', 'hsds-json or hsds-csv')
    .requiredOption('--out <path>', 'output file (.json, or .zip for hsds-csv); for hsds-csv a path without .zip is a directory')
    .action(async (o: { tenant: string; format: string; out: string }) => {
      if (o.format !== 'hsds-json' && o.format !== 'hsds-csv') throw new CliError('--format: hsds-json or hsds-csv', 2);
      const tenant = await cli.tenant(o.tenant);
      const { db } = await cli.ctx();
      const actor = cli.actor(tenant.id);
      if (o.format === 'hsds-csv' && !o.out.toLowerCase().endsWith('.zip')) {
        const files = await withTenant(db, tenant.id, async (tx) => {
          const out = await exportDirectoryCsv(tx, tenant.name);
          await writeAudit(tx, actor, { action: 'directory.export', entity: 'directory', diff: { format: 'csv', files: out.size } });
          return out;
        });
        mkdirSync(o.out, { recursive: true });
        for (const [name, data] of files) writeFileSync(path.join(o.out, name), data);
        cli.out(`Exported ${tenant.slug} as a CSV datapackage to ${o.out}/ (${files.size} files)`);
        return;
      }
      const bytes = await exportDirectoryFile(db, actor, tenant.name, o.format === 'hsds-json' ? 'json' : 'csv');
      writeFileSync(o.out, bytes);
      cli.out(`Exported ${tenant.slug} to ${o.out} (${bytes.length} bytes)`);
    });
}
