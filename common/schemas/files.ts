import { z } from 'zod';

// Uploaded files (server/platform/files). Upload: POST /api/files?purpose=…&fileName=… with the raw
// bytes as the body (Content-Type application/pdf, image/jpeg, image/png or
// application/octet-stream; the server checks the bytes themselves). The answer's id is then
// passed where the file is used (e.g. `signatureFileId` of a consent).

export const FILE_PURPOSES = ['consent_signature'] as const;

/** A file name as shown and offered on download: no path, no control or bidi-override characters. */
export const fileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^/\\\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+$/);

export const fileUploadQuery = z
  .object({
    purpose: z.enum(FILE_PURPOSES),
    fileName: fileName.optional(),
  })
  .strict();

export const storedFileView = z.object({
  id: z.string().uuid(),
  purpose: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type StoredFileView = z.infer<typeof storedFileView>;
