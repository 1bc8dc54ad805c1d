import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../errors.js';

// The bytes of uploaded files, on a local directory (APPRODO_FILES_DIR). Each tenant has its own
// sub-directory; a file's key is random (not its hash), so that two tenants uploading the same
// scan never share a file and deleting one tenant's data never touches another's. The bytes are
// written (and synced) before the stored_file row is inserted: if that transaction rolls back,
// the file is an orphan, harmless because nothing refers to it, and `sweepOrphans` removes it.

/** 10 MiB: a scanned A4 page at 300 dpi as PDF or JPEG is well below it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const ALLOWED_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AllowedFileType = (typeof ALLOWED_FILE_TYPES)[number];

const EXTENSIONS: Record<AllowedFileType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };
const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f-]{36}\.(pdf|jpg|png)$/;
const TENANT_PATTERN = /^[0-9a-f-]{36}$/;
const TEMP_PREFIX = '.tmp-';

/**
 * The type the bytes really are, from their magic numbers; null for anything else. The
 * Content-Type a browser sends is the client's claim and is never trusted.
 */
export function sniffFileType(bytes: Uint8Array): AllowedFileType | null {
  const starts = (sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

export interface PutResult {
  storageKey: string;
  contentType: AllowedFileType;
  sizeBytes: number;
  sha256: string;
}

export class FileStore {
  constructor(readonly root: string) {}

  private tenantDir(tenantId: string): string {
    if (!TENANT_PATTERN.test(tenantId)) throw new Error('bad tenant id');
    return path.join(this.root, tenantId);
  }

  /** Absolute path of a key; refuses anything that is not a key this store made (no traversal). */
  pathOf(tenantId: string, storageKey: string): string {
    if (!KEY_PATTERN.test(storageKey)) throw new Error('bad storage key');
    return path.join(this.tenantDir(tenantId), storageKey);
  }

  /** Checks and writes the bytes durably; returns what the stored_file row records. */
  async put(tenantId: string, bytes: Uint8Array, now = new Date()): Promise<PutResult> {
    if (bytes.length === 0) throw new DomainError('FILE_TYPE_NOT_ALLOWED');
    if (bytes.length > MAX_FILE_BYTES) throw new DomainError('PAYLOAD_TOO_LARGE');
    const contentType = sniffFileType(bytes);
    if (!contentType) throw new DomainError('FILE_TYPE_NOT_ALLOWED');
    const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const storageKey = `${month}/${randomUUID()}.${EXTENSIONS[contentType]}`;
    const target = this.pathOf(tenantId, storageKey);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    // Write to a temporary name and rename: a reader never sees half a file.
    const temp = path.join(path.dirname(target), `${TEMP_PREFIX}${randomUUID()}`);
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    return { storageKey, contentType, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  /** The bytes of a stored file, checked against the hash recorded at upload. */
  async read(tenantId: string, storageKey: string, sha256: string): Promise<Buffer> {
    const bytes = await readFile(this.pathOf(tenantId, storageKey));
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new Error(`stored file ${storageKey} does not match its hash`);
    return bytes;
  }

  /** Tenants that have a directory here. */
  async tenantIds(): Promise<string[]> {
    const entries = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isDirectory() && TENANT_PATTERN.test(e.name)).map((e) => e.name);
  }

  /**
   * Deletes files of `tenantId` that no row refers to (`isReferenced` answers for a batch of keys)
   * and left-over temporary files, when older than `graceMs`: an upload whose transaction has not
   * committed yet is younger than that. Returns how many files were removed.
   */
  async sweepOrphans(tenantId: string, isReferenced: (keys: string[]) => Promise<Set<string>>, graceMs: number, now = Date.now()): Promise<number> {
    const base = this.tenantDir(tenantId);
    const files = (await readdir(base, { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile());
    const candidates: { key: string; full: string; temp: boolean }[] = [];
    for (const f of files) {
      const full = path.join(f.parentPath, f.name);
      const key = path.relative(base, full).split(path.sep).join('/');
      const temp = f.name.startsWith(TEMP_PREFIX);
      if (!temp && !KEY_PATTERN.test(key)) continue; // not ours: leave it alone
      const info = await stat(full).catch(() => null);
      if (info && now - info.mtimeMs > graceMs) candidates.push({ key, full, temp });
    }
    let removed = 0;
    for (let i = 0; i < candidates.length; i += 500) {
      const batch = candidates.slice(i, i + 500);
      const referenced = await isReferenced(batch.filter((c) => !c.temp).map((c) => c.key));
      for (const c of batch) {
        if (!c.temp && referenced.has(c.key)) continue;
        await unlink(c.full).catch(() => {});
        removed++;
      }
    }
    return removed;
  }
}
