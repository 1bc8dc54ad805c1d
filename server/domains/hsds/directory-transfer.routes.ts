import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AnyActor } from '../../platform/authz/actor.js';
import { authorize, policy } from '../../platform/authz/authz.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import type { AppContext } from '../../platform/context.js';
import { withTenant, type Db } from '../../platform/db/database.js';
import { DomainError } from '../../platform/errors.js';
import type { App } from '../../platform/http/app.js';
import { translate } from '../../platform/i18n/i18n.js';
import { exportDirectoryCsv, zipFiles } from './export/export-csv.js';
import { exportDirectoryJson } from './export/export-directory.js';
import type { ImportIssue } from './import/coerce.js';
import { IMPORT_FORMATS, runDirectoryImport, type ImportInput } from './import/run-import.js';

// Staff import and export of the tenant's whole directory (HSDS 3.1 JSON, CSV datapackage, plain CSV).
// Two doors in: a JSON body (the platform's 1 MB limit: small files, several CSVs of a package by
// name) and the raw file (POST …/import/file, up to 64 MB: a .zip datapackage, a large JSON or CSV).

const MAX_UPLOAD = 64 * 1024 * 1024;
const RAW_TYPES = ['application/zip', 'application/octet-stream', 'text/csv'];
const importBody = z
  .object({
    filename: z.string().trim().min(1).max(200),
    format: z.enum(IMPORT_FORMATS).optional(),
    /** A JSON or CSV file's text. */
    content: z.string().max(MAX_UPLOAD).optional(),
    /** A .zip datapackage (or any file) in base64. */
    contentBase64: z.string().max(MAX_UPLOAD).optional(),
    /** The files of a datapackage, by name. */
    files: z.record(z.string().max(200), z.string().max(MAX_UPLOAD)).optional(),
    mapping: z.record(z.string(), z.unknown()).optional(),
    dryRun: z.boolean().default(false),
  })
  .strict()
  .refine((b) => [b.content, b.contentBase64, b.files].filter((x) => x !== undefined).length === 1, { path: ['content'], message: 'one of content, contentBase64, files' });
const fileQuery = z
  .object({
    filename: z.string().trim().min(1).max(200),
    format: z.enum(IMPORT_FORMATS).optional(),
    /** The column mapping of a plain CSV, as JSON. */
    mapping: z.string().max(20_000).optional(),
    dryRun: z.enum(['true', 'false']).default('false'),
  })
  .strict();
const exportQuery = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();

export const exportFileName = (slug: string, format: 'json' | 'csv') => `directory-${slug}-${new Date().toISOString().slice(0, 10)}.${format === 'json' ? 'json' : 'zip'}`;

/** The export's bytes: HSDS JSON, or the CSV datapackage zipped. Audited. */
export async function exportDirectoryFile(db: Db, actor: AnyActor, tenantName: string, format: 'json' | 'csv'): Promise<Buffer> {
  return withTenant(db, actor.tenantId, async (tx) => {
    let out: Buffer;
    if (format === 'json') {
      const chunks: string[] = [];
      await exportDirectoryJson(tx, (c) => void chunks.push(c));
      out = Buffer.from(chunks.join(''));
    } else out = zipFiles(await exportDirectoryCsv(tx, tenantName));
    await writeAudit(tx, actor, { action: 'directory.export', entity: 'directory', diff: { format, bytes: out.length } });
    return out;
  });
}

export async function directoryTransferRoutes(app: App, ctx: AppContext) {
  const tags = ['directory'];
  const present = (request: FastifyRequest, report: Awaited<ReturnType<typeof runDirectoryImport>>) => {
    const message = (i: ImportIssue) => ({ ...i, message: translate(request.lang, `validation.${i.code}`, i.params) });
    return { ...report, warnings: report.warnings.slice(0, 500).map(message), warningCount: report.warnings.length };
  };
  app.post(
    '/api/directory/import',
    { config: { policy: policy.permission('directory.edit') }, schema: { tags, body: importBody } },
    async (request) => {
      const actor = request.actor!;
      // Importing replaces records across the directory: tenant-wide editors only, not partners.
      authorize(actor, 'directory.edit', 'tenant');
      const b = request.body;
      const input: ImportInput = { name: b.filename, format: b.format, mapping: b.mapping };
      if (b.content !== undefined) input.bytes = Buffer.from(b.content, 'utf8');
      if (b.contentBase64 !== undefined) {
        if (!/^[A-Za-z0-9+/=\s]*$/.test(b.contentBase64)) throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'body.contentBase64', code: 'invalid_format' }]);
        input.bytes = Buffer.from(b.contentBase64, 'base64');
      }
      if (b.files) input.files = new Map(Object.entries(b.files).map(([name, text]) => [name.toLowerCase().replace(/^.*[\\/]/, ''), Buffer.from(text, 'utf8')]));
      return present(request, await runDirectoryImport(ctx.db, actor.tenantId, input, { actor, dryRun: b.dryRun }));
    },
  );
  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    // Only this route takes raw files, and only up to MAX_UPLOAD; JSON keeps the platform's limit.
    scope.addContentTypeParser(RAW_TYPES, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD }, (_request, body, done) => done(null, body));
    scope.post(
      '/api/directory/import/file',
      { config: { policy: policy.permission('directory.edit') }, schema: { tags, querystring: fileQuery, consumes: RAW_TYPES } },
      async (request) => {
        const actor = request.actor!;
        authorize(actor, 'directory.edit', 'tenant');
        if (!Buffer.isBuffer(request.body)) throw new DomainError('UNSUPPORTED_MEDIA_TYPE');
        const q = request.query;
        let mapping: unknown;
        try {
          mapping = q.mapping === undefined ? undefined : JSON.parse(q.mapping);
        } catch {
          throw new DomainError('VALIDATION_FAILED', {}, [{ path: 'querystring.mapping', code: 'invalid_format' }]);
        }
        const input: ImportInput = { name: q.filename, format: q.format, mapping, bytes: request.body };
        return present(request, await runDirectoryImport(ctx.db, actor.tenantId, input, { actor, dryRun: q.dryRun === 'true' }));
      },
    );
  });
  app.get(
    '/api/directory/export',
    { config: { policy: policy.permission('directory.read') }, schema: { tags, querystring: exportQuery } },
    async (request, reply) => {
      const actor = request.actor!;
      const format = request.query.format;
      const body = await exportDirectoryFile(ctx.db, actor, request.session!.tenant.name, format);
      return reply
        .type(format === 'json' ? 'application/json; charset=utf-8' : 'application/zip')
        .header('content-disposition', `attachment; filename="${exportFileName(request.session!.tenant.slug, format)}"`)
        .send(body);
    },
  );
}
