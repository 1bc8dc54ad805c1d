import type { StoredFileView } from '../../../common/schemas/files.js';
import type { Actor } from '../authz/actor.js';
import { writeAudit } from '../audit/audit-writer.js';
import type { AppContext } from '../context.js';
import { withTenant, type Tx } from '../db/database.js';
import { FileStore } from './file-store.js';

// The stored_file rows that go with the bytes of the FileStore. A row is inserted only after its
// bytes are on disk, in the caller's transaction: a committed row always has its file.

const stores = new Map<string, FileStore>();

/** The file store of this configuration (one per directory; it holds no state but the path). */
export function fileStoreOf(ctx: Pick<AppContext, 'config'>): FileStore {
  const root = ctx.config.filesDir;
  let store = stores.get(root);
  if (!store) stores.set(root, (store = new FileStore(root)));
  return store;
}

export interface StoredFileRow {
  id: string;
  purpose: string;
  fileName: string;
  contentType: string;
  sizeBytes: string;
  sha256: string;
  storageKey: string;
  createdBy: string | null;
  createdAt: Date;
}

export function presentStoredFile(row: StoredFileRow): StoredFileView {
  return {
    id: row.id,
    purpose: row.purpose,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: Number(row.sizeBytes),
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Writes the bytes, then records them (one transaction, audited). */
export async function storeUpload(
  ctx: Pick<AppContext, 'config' | 'db'>,
  actor: Actor,
  input: { purpose: string; fileName: string; bytes: Uint8Array },
): Promise<StoredFileRow> {
  const put = await fileStoreOf(ctx).put(actor.tenantId, input.bytes);
  return withTenant(ctx.db, actor.tenantId, async (tx) => {
    const row = await tx
      .insertInto('storedFile')
      .values({
        tenantId: actor.tenantId,
        purpose: input.purpose,
        fileName: input.fileName,
        contentType: put.contentType,
        sizeBytes: put.sizeBytes,
        sha256: put.sha256,
        storageKey: put.storageKey,
        createdBy: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(tx, actor, {
      action: 'file.upload',
      entity: 'stored_file',
      entityId: row.id,
      diff: { purpose: row.purpose, contentType: row.contentType, sizeBytes: put.sizeBytes, sha256: put.sha256 },
    });
    return row;
  });
}

export async function findStoredFile(tx: Tx, id: string): Promise<StoredFileRow | undefined> {
  return tx.selectFrom('storedFile').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Removes files nobody refers to, tenant by tenant under RLS (a background job, see server/jobs.ts). */
export async function sweepOrphanFiles(ctx: Pick<AppContext, 'config' | 'db'>, graceMs = 6 * 3600_000): Promise<number> {
  const store = fileStoreOf(ctx);
  let removed = 0;
  for (const tenantId of await store.tenantIds()) {
    removed += await store.sweepOrphans(
      tenantId,
      async (keys) => {
        if (!keys.length) return new Set();
        const rows = await withTenant(ctx.db, tenantId, (tx) => tx.selectFrom('storedFile').select('storageKey').where('storageKey', 'in', keys).execute());
        return new Set(rows.map((r) => r.storageKey));
      },
      graceMs,
    );
  }
  return removed;
}
