import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generate } from 'otplib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.js';
import { login } from '../../test/sessions.js';
import { demoEmail } from '../demo/demo-data.js';
import { demoTotpSecret } from '../demo/seed-demo.js';
import { runCli } from './run-cli.js';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/approdo.js');

let env: TestEnv;
let owner: pg.Client;
beforeAll(async () => {
  env = await createTestEnv();
  owner = new pg.Client({ connectionString: env.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await env?.close();
});

/** Runs a command in-process over the test platform, capturing what it prints. */
async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { platform: env.platform, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

/** Runs `npx approdo …` as a real process against this file's database. */
async function subprocess(...argv: string[]) {
  const r = await run(process.execPath, [BIN, ...argv], { env: { ...process.env, DATABASE_URL: env.ownerUrl }, timeout: 30_000 }).then(
    (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  return r;
}

describe('approdo CLI as a real process', () => {
  it('creates a tenant, rejects bad arguments, and verifies the audit trail', async () => {
    const created = await subprocess('tenant', 'create', '--slug', 'trento', '--name', 'Comune di Trento', '--languages', 'it,en');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const id = /Tenant created: trento \(([0-9a-f-]{36})\)/.exec(created.stdout)?.[1];
    const row = (await owner.query('SELECT id, name, settings FROM tenant WHERE slug = $1', ['trento'])).rows[0];
    expect(row).toMatchObject({ id, name: 'Comune di Trento', settings: { languages: ['it', 'en'] } });

    const bad = await subprocess('org', 'create', '--tenant', 'trento', '--slug', 'x');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/required option '--name <name>' not specified/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const badKind = await subprocess('org', 'create', '--tenant', 'trento', '--slug', 'x1', '--name', 'Xyz', '--kind', 'castle');
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toMatch(/--kind: /);
    expect(badKind.stderr).not.toMatch(/\n\s+at /);

    const ok = await subprocess('audit', 'verify');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/trento: 1 events, chain intact/);

    await owner.query(`UPDATE audit_event SET diff = '{"name":"Forged"}' WHERE tenant_id = $1 AND seq = 1`, [id]);
    const tampered = await subprocess('audit', 'verify', '--tenant', 'trento');
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/seq 1: altered/);
    expect(tampered.stderr).toMatch(/Audit trail verification FAILED for 1 tenant/);
  }, 90_000);
});

describe('approdo CLI commands', () => {
  it('creates organisations and users; MFA roles get an otpauth:// URI', async () => {
    expect((await cli('tenant', 'create', '--slug', 'bolzano', '--name', 'Comune di Bolzano')).code).toBe(0);
    const org = await cli('org', 'create', '--tenant', 'bolzano', '--slug', 'comune', '--name', 'Comune di Bolzano', '--kind', 'municipality', '--lead');
    expect(org.code).toBe(0);
    expect(org.out).toMatch(/Organisation created in bolzano: comune/);
    expect((await cli('org', 'list', '--tenant', 'bolzano')).out).toMatch(/comune .*municipality \(lead\)/);

    const admin = await cli('user', 'create', '--tenant', 'bolzano', '--org', 'comune', '--role', 'tenant_admin', '--role', 'analyst', '--email', 'Admin@Bolzano.example.org', '--name', 'Anna Admin');
    expect(admin.code).toBe(0);
    const uri = /otpauth:\/\/totp\/\S+/.exec(admin.out)?.[0];
    expect(uri).toMatch(/secret=[A-Z2-7]+/);
    expect(admin.out).toMatch(/Forgot password/);
    const user = (await owner.query("SELECT u.id, u.mfa_secret, array_agg(r.role ORDER BY r.role) AS roles FROM app_user u JOIN user_role r ON r.user_id = u.id WHERE u.email = 'admin@bolzano.example.org' GROUP BY u.tenant_id, u.id")).rows[0];
    expect(user.roles).toEqual(['analyst', 'tenant_admin']);
    expect(uri).toContain(`secret=${user.mfa_secret}`);
    expect(admin.out).toContain(user.id);

    const analyst = await cli('user', 'create', '--tenant', 'bolzano', '--org', 'comune', '--role', 'analyst', '--email', 'analyst@bolzano.example.org', '--password', 'una-password-lunga-e-sicura-42');
    expect(analyst.code).toBe(0);
    expect(analyst.out).not.toMatch(/otpauth:|Forgot password/);
    const list = await cli('user', 'list', '--tenant', 'bolzano');
    expect(list.out).toMatch(/admin@bolzano\.example\.org .* active +yes/);
    expect(list.out).toMatch(/analyst@bolzano\.example\.org .* active +no/);

    const audited = await owner.query("SELECT action, actor_user_id, request_id FROM audit_event e JOIN tenant t ON t.id = e.tenant_id WHERE t.slug = 'bolzano' ORDER BY seq");
    expect(audited.rows.map((r) => r.action)).toEqual(['tenant.create', 'organisation.create', 'user.create', 'user.create']);
    expect(audited.rows.slice(1).every((r) => r.actor_user_id === null && /^cli-/.test(r.request_id))).toBe(true);
  });

  it('disables a user, ending their sessions, and enables them again', async () => {
    const password = 'una-password-lunga-e-sicura-43';
    await cli('tenant', 'create', '--slug', 'merano', '--name', 'Comune di Merano');
    await cli('org', 'create', '--tenant', 'merano', '--slug', 'comune', '--name', 'Comune di Merano', '--kind', 'municipality');
    await cli('user', 'create', '--tenant', 'merano', '--org', 'comune', '--role', 'analyst', '--email', 'ana@merano.example.org', '--password', password);
    const session = await login(env.app, 'ana@merano.example.org', password);
    const me = () => env.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
    expect((await me()).statusCode).toBe(200);

    const disabled = await cli('user', 'disable', '--tenant', 'merano', '--email', 'ana@merano.example.org');
    expect(disabled.code).toBe(0);
    expect(disabled.out).toMatch(/disabled; 1 session\(s\) ended/);
    expect((await me()).statusCode).toBe(401);
    await expect(login(env.app, 'ana@merano.example.org', password)).rejects.toThrow(/401/);

    expect((await cli('user', 'enable', '--tenant', 'merano', '--email', 'ana@merano.example.org')).code).toBe(0);
    expect((await login(env.app, 'ana@merano.example.org', password)).csrf).toBeTruthy();
  });

  it('answers bad arguments and refused actions with a clear message and a non-zero code', async () => {
    const missing = await cli('tenant', 'create', '--name', 'Nameless');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/required option '--slug <slug>'/);
    const unknown = await cli('tenant', 'frobnicate');
    expect(unknown.code).toBe(2);
    const noTenant = await cli('org', 'list', '--tenant', 'atlantide');
    expect(noTenant.code).toBe(1);
    expect(noTenant.err).toMatch(/No tenant "atlantide"/);
    const badRole = await cli('user', 'create', '--tenant', 'bolzano', '--org', 'comune', '--role', 'king', '--email', 'not-an-email');
    expect(badRole.code).toBe(2);
    expect(badRole.err).toMatch(/--role: /);
    expect(badRole.err).toMatch(/--email: /);
    const noOrg = await cli('user', 'create', '--tenant', 'bolzano', '--org', 'nowhere', '--role', 'analyst', '--email', 'z@example.org');
    expect(noOrg.err).toMatch(/No organisation "nowhere" in tenant bolzano/);
    const taken = await cli('tenant', 'create', '--slug', 'bolzano', '--name', 'Again');
    expect(taken.code).toBe(1);
    expect(taken.err).toBe('Error: This identifier is already in use.\n');
    const weak = await cli('user', 'create', '--tenant', 'bolzano', '--org', 'comune', '--role', 'analyst', '--email', 'w@example.org', '--password', 'short');
    expect(weak.code).toBe(1);
    expect(weak.err).toMatch(/The password must have at least \d+ characters/);
    expect((await owner.query("SELECT count(*)::int AS n FROM app_user WHERE email = 'w@example.org'")).rows[0].n).toBe(0);
    for (const r of [missing, unknown, noTenant, badRole, noOrg, taken, weak]) expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('prints the current TOTP code of demo accounts only', async () => {
    const seeded = await cli('seed-demo');
    expect(seeded.code).toBe(0);
    expect(seeded.out).toMatch(/Demo tenants created: aosta, potenza/);
    const email = demoEmail('coordinator', 'aosta');
    const before = await generate({ secret: demoTotpSecret(email) });
    const r = await cli('demo', 'totp', email);
    const after = await generate({ secret: demoTotpSecret(email) });
    expect(r.code).toBe(0);
    expect([before, after]).toContain(/^(\d{6}) /.exec(r.out)?.[1]);
    const real = await cli('demo', 'totp', 'admin@bolzano.example.org');
    expect(real.code).toBe(1);
    expect(real.err).toMatch(/is not a demo account: refused/);
    expect((await cli('demo', 'totp', 'not-an-address')).code).toBe(2);
  });

  it('reports migrations and verifies the trail in-process', async () => {
    expect((await cli('migrate')).out).toMatch(/up to date/);
    const verify = await cli('audit', 'verify', '--tenant', 'aosta');
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/^aosta: \d+ events, chain intact/);
  });

  it('explains that the embedded database is held by a running server', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'approdo-cli-lock-'));
    try {
      mkdirSync(path.join(dir, 'postgres'));
      // This very process stands in for the postmaster that holds the lock.
      writeFileSync(path.join(dir, 'postgres', 'postmaster.pid'), `${process.pid}\n${dir}/postgres\n`);
      let err = '';
      const code = await runCli(['tenant', 'list'], { env: { APPRODO_DATA_DIR: dir }, out: () => {}, err: (t) => (err += t) });
      expect(code).toBe(1);
      expect(err).toMatch(/in use by another process .*running Approdo server/);
      expect(err).toMatch(/DATABASE_URL/);
      let cfg = '';
      expect(await runCli(['tenant', 'list'], { env: { DATABASE_URL: 'not a url' }, out: () => {}, err: (t) => (cfg += t) })).toBe(2);
      expect(cfg).toMatch(/DATABASE_URL/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
