import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loginDemo, type Session } from '../../../test/sessions.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { withTenant } from '../../platform/db/database.js';
import { fileStoreOf, sweepOrphanFiles } from '../../platform/files/stored-files.js';
import { createTestPerson, tenantIdOf } from './testing/people-fixtures.js';

const filesDir = mkdtempSync(path.join(os.tmpdir(), 'approdo-signatures-'));
let env: TestEnv;
let frontDesk: Session;
let caseWorker: Session;
let admin: Session;
let notice: { id: string; version: number };

// A small but real PDF (a scanned signature page would be larger).
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const upload = (s: Session, bytes: Buffer, type = 'application/pdf', query = 'purpose=consent_signature&fileName=firma%20Amina.pdf') =>
  env.app.inject({ method: 'POST', url: `/api/files?${query}`, headers: { ...s.headers, 'content-type': type }, payload: bytes });

beforeAll(async () => {
  env = await createTestEnv({ APPRODO_FILES_DIR: filesDir });
  await seedDemo(env.platform.ctx);
  frontDesk = await loginDemo(env.app, 'front_desk');
  caseWorker = await loginDemo(env.app, 'case_worker');
  admin = await loginDemo(env.app, 'tenant_admin');
  const coordinator = await loginDemo(env.app, 'coordinator');
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/notices',
    headers: coordinator.headers,
    payload: { purpose: 'photos', texts: { it: { title: 'Foto', body: 'Uso delle foto nelle attività del progetto.' } } },
  });
  notice = { id: res.json().id, version: res.json().version };
});
afterAll(async () => {
  await env?.close();
  rmSync(filesDir, { recursive: true, force: true });
});

describe('scanned signatures', () => {
  it('uploads a PDF (type from the bytes), attaches it to a decision and serves it back', async () => {
    const up = await upload(frontDesk, PDF, 'application/octet-stream');
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({ purpose: 'consent_signature', fileName: 'firma Amina.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
    expect(up.json().sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    const person = await createTestPerson(env.platform.ctx);
    const consent = await env.app.inject({
      method: 'POST',
      url: `/api/people/${person.id}/consents`,
      headers: frontDesk.headers,
      payload: { noticeId: notice.id, noticeVersion: notice.version, language: 'it', explainedHow: 'read_by_person', decidedOn: '2026-01-10', decision: 'given', signatureFileId: up.json().id },
    });
    expect(consent.statusCode).toBe(201);
    expect(consent.json().signatureFileId).toBe(up.json().id);
    const file = await env.app.inject({ method: 'GET', url: `/api/people/${person.id}/consents/${consent.json().id}/signature`, headers: frontDesk.headers });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''firma%20Amina.pdf");
    expect(file.rawPayload.equals(PDF)).toBe(true);
    // The same file cannot be attached to a second decision.
    const again = await env.app.inject({
      method: 'POST',
      url: `/api/people/${person.id}/consents`,
      headers: frontDesk.headers,
      payload: { noticeId: notice.id, noticeVersion: notice.version, language: 'it', explainedHow: 'read_by_person', decidedOn: '2026-01-10', decision: 'refused', signatureFileId: up.json().id },
    });
    expect(again.json().error.code).toBe('CONSENT_SIGNATURE_INVALID');
  });

  it('refuses a disguised executable, JSON, a second user’s file, and roles without person.write', async () => {
    const exe = await upload(frontDesk, Buffer.from('MZ\x90\x00 not a pdf at all'), 'application/pdf');
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const json = await env.app.inject({ method: 'POST', url: '/api/files?purpose=consent_signature', headers: frontDesk.headers, payload: { data: 'JVBERi0=' } });
    expect(json.statusCode).toBe(415);
    expect((await upload(frontDesk, PDF, 'application/pdf', 'purpose=passport')).statusCode).toBe(400);
    expect((await upload(admin, PDF)).statusCode).toBe(403);
    const mine = await upload(frontDesk, PDF);
    const person = await createTestPerson(env.platform.ctx, { workers: ['case_worker'] });
    const stolen = await env.app.inject({
      method: 'POST',
      url: `/api/people/${person.id}/consents`,
      headers: caseWorker.headers,
      payload: { noticeId: notice.id, noticeVersion: notice.version, language: 'it', explainedHow: 'read_aloud', decidedOn: '2026-01-10', decision: 'given', signatureFileId: mine.json().id },
    });
    expect(stolen.statusCode).toBe(422);
  });

  it('bytes whose row never committed are swept; files with a row are kept', async () => {
    const aosta = await tenantIdOf(env.platform.ctx, 'aosta');
    const store = fileStoreOf(env.platform.ctx);
    const orphan = await store.put(aosta, PDF);
    const before = await readdir(path.join(filesDir, aosta), { recursive: true });
    const removed = await sweepOrphanFiles(env.platform.ctx, 0);
    expect(removed).toBe(1);
    const after = await readdir(path.join(filesDir, aosta), { recursive: true });
    expect(before.filter((f) => !after.includes(f))).toEqual([orphan.storageKey]);
    // Every file that has a row is still there.
    const keys = await withTenant(env.platform.ctx.db, aosta, (tx) => tx.selectFrom('storedFile').select('storageKey').execute());
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const { storageKey } of keys) expect(after).toContain(storageKey);
  });
});
