import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fileUploadQuery, storedFileView } from '../../../common/schemas/files.js';
import { policy } from '../authz/authz.js';
import type { AppContext } from '../context.js';
import { DomainError } from '../errors.js';
import type { App } from '../http/app.js';
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES } from './file-store.js';
import { presentStoredFile, storeUpload } from './stored-files.js';

// Upload of a file as the raw request body (no multipart): the client sends the bytes with their
// type, the server sniffs them. The returned id is then named where the file is used (a consent's
// `signatureFileId`), which checks that the uploader is the one using it.

const RAW_TYPES = [...ALLOWED_FILE_TYPES, 'application/octet-stream'];

export async function fileRoutes(app: App, ctx: AppContext) {
  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    // Only this route takes binary bodies, up to the file size limit; JSON and forms get 415.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(RAW_TYPES, { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_req, body, done) => done(null, body));
    scope.post(
      '/api/files',
      {
        bodyLimit: MAX_FILE_BYTES,
        config: { policy: policy.permission('person.write') },
        schema: {
          tags: ['files'],
          summary: 'Upload a file (raw body: PDF, JPEG or PNG, at most 10 MiB)',
          description:
            'Send the bytes as the body with Content-Type application/pdf, image/jpeg, image/png or application/octet-stream. ' +
            'The type is read from the bytes, not the header. Use the returned id as `signatureFileId` when recording a consent.',
          querystring: fileUploadQuery,
          response: { 201: storedFileView },
        },
      },
      async (request, reply) => {
        const body = request.body as unknown;
        if (!Buffer.isBuffer(body)) throw new DomainError('FILE_TYPE_NOT_ALLOWED');
        const row = await storeUpload(ctx, request.actor!, {
          purpose: request.query.purpose,
          fileName: request.query.fileName ?? 'upload',
          bytes: body,
        });
        return reply.code(201).send(presentStoredFile(row));
      },
    );
  });
}
