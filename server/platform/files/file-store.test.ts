import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { DomainError } from '../errors.js';
import { FileStore, MAX_FILE_BYTES, sniffFileType } from './file-store.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'approdo-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TENANT = '3f2b0c1e-8a4d-4c5e-9f6a-1b2c3d4e5f60';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00 This program cannot be run in DOS mode');

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    return err instanceof DomainError ? err.code : String(err);
  }
}

describe('file store', () => {
  const store = new FileStore(root);

  it('recognises PDF, JPEG and PNG by their bytes only', () => {
    expect(sniffFileType(PDF)).toBe('application/pdf');
    expect(sniffFileType(JPEG)).toBe('image/jpeg');
    expect(sniffFileType(PNG)).toBe('image/png');
    expect(sniffFileType(EXE)).toBeNull();
    expect(sniffFileType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffFileType(Buffer.from('%PD'))).toBeNull();
  });

  it('writes the bytes under the tenant, with their hash, and reads them back checked', async () => {
    const put = await store.put(TENANT, PDF, new Date('2026-03-05T10:00:00Z'));
    expect(put).toMatchObject({ contentType: 'application/pdf', sizeBytes: PDF.length });
    expect(put.storageKey).toMatch(/^2026\/03\/[0-9a-f-]{36}\.pdf$/);
    expect(put.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect((await store.read(TENANT, put.storageKey, put.sha256)).equals(PDF)).toBe(true);
    await expect(store.read(TENANT, put.storageKey, '0'.repeat(64))).rejects.toThrow(/does not match/);
  });

  it('refuses other types, empty and oversized files, and keys that leave the store', async () => {
    expect(await code(store.put(TENANT, EXE))).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(await code(store.put(TENANT, Buffer.alloc(0)))).toBe('FILE_TYPE_NOT_ALLOWED');
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_FILE_BYTES)]);
    expect(await code(store.put(TENANT, big))).toBe('PAYLOAD_TOO_LARGE');
    expect(() => store.pathOf(TENANT, '../../etc/passwd')).toThrow();
    expect(() => store.pathOf('../other', '2026/03/x.pdf')).toThrow();
  });

  it('sweeps files no row refers to, once they are older than the grace period', async () => {
    const tenant = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
    const kept = await store.put(tenant, PNG);
    const orphan = await store.put(tenant, JPEG);
    const young = await store.put(tenant, PDF);
    const dir = path.dirname(store.pathOf(tenant, kept.storageKey));
    await writeFile(path.join(dir, '.tmp-left-over'), 'x');
    await writeFile(path.join(dir, 'notes.txt'), 'not ours');
    const old = new Date(Date.now() - 2 * 3600_000);
    for (const name of [kept.storageKey, orphan.storageKey]) await utimes(store.pathOf(tenant, name), old, old);
    await utimes(path.join(dir, '.tmp-left-over'), old, old);
    await utimes(path.join(dir, 'notes.txt'), old, old);
    const asked: string[][] = [];
    const removed = await store.sweepOrphans(tenant, async (keys) => (asked.push(keys), new Set(keys.filter((k) => k === kept.storageKey))), 3600_000);
    expect(removed).toBe(2);
    expect(asked.flat().sort()).toEqual([kept.storageKey, orphan.storageKey].sort());
    const left = (await readdir(dir)).sort();
    expect(left).toEqual([path.basename(kept.storageKey), path.basename(young.storageKey), 'notes.txt'].sort());
    expect(await store.tenantIds()).toEqual(expect.arrayContaining([TENANT, tenant]));
  });
});

describe('configuration', () => {
  it('keeps files under the data directory unless APPRODO_FILES_DIR says otherwise', () => {
    expect(loadConfig({ APPRODO_DATA_DIR: '/srv/approdo' }).filesDir).toBe('/srv/approdo/files');
    expect(loadConfig({ APPRODO_DATA_DIR: '/srv/approdo', APPRODO_FILES_DIR: '/mnt/scans' }).filesDir).toBe('/mnt/scans');
    expect(loadConfig({}).APPRODO_JOBS_MINUTES).toBe(10);
    expect(() => loadConfig({ APPRODO_JOBS_MINUTES: '-1' })).toThrow(/APPRODO_JOBS_MINUTES/);
  });
});
