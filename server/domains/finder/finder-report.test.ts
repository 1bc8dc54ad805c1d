import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../../common/i18n/public/en.json' with { type: 'json' };
import { tenantCreateInput } from '../../../common/schemas/tenants.js';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { ownerQuery } from '../../../test/owner-sql.js';
import { createTenant } from '../tenants/commands/create-tenant.js';
import { REPORT_LIMIT } from './finder-report.routes.js';
import { AOSTA_FIXTURES, seedFinderFixtures } from './finder-test-fixtures.js';

let env: TestEnv;
let ids: Record<string, string>;
let tenantId: string;

beforeAll(async () => {
  env = await createTestEnv();
  const aosta = await createTenant(env.platform.ctx.db, { slug: 'aosta', name: 'Comune di Aosta', settings: {} }, 'test');
  tenantId = aosta.id;
  ids = await seedFinderFixtures(env.platform.ctx.db, aosta.id, AOSTA_FIXTURES);
});
afterAll(() => env?.close());

function post(serviceId: string, form: Record<string, string>, ip = '203.0.113.1') {
  return env.app.inject({
    method: 'POST',
    url: `/aosta/services/${serviceId}/report?hl=en`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(form).toString(),
    remoteAddress: ip,
  });
}

const reports = () => ownerQuery<{ reason: string; message: string | null; service_id: string }>(env, 'SELECT reason, message, service_id FROM dir_report WHERE tenant_id = $1 ORDER BY created_at', [tenantId]);

describe('report wrong information', () => {
  it('shows a form with the reasons, without cookies and outside caches', async () => {
    const res = await env.app.inject({ method: 'GET', url: `/aosta/services/${ids['Sportello legale permessi di soggiorno']}/report?hl=en` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain(`action="/aosta/services/${ids['Sportello legale permessi di soggiorno']}/report?hl=en"`);
    for (const reason of Object.values(en.report.reasons)) expect(res.body).toContain(reason);
  });

  it('explains what is missing, keeps what was typed, and stores nothing', async () => {
    const res = await post(ids['Sportello legale permessi di soggiorno']!, { message: 'Orari cambiati' }, '203.0.113.10');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(en.report.errorsTitle);
    expect(res.body).toContain(en.report.reasonRequired);
    expect(res.body).toContain('>Orari cambiati</textarea>');
    const long = await post(ids['Sportello legale permessi di soggiorno']!, { reason: 'other', message: 'x'.repeat(2001) }, '203.0.113.10');
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain(en.report.messageTooLong);
    expect(await reports()).toEqual([]);
  });

  it('creates a report for the service owner and says thank you', async () => {
    const id = ids['Sportello legale permessi di soggiorno']!;
    const res = await post(id, { reason: 'wrong_hours', message: 'Il martedì chiude alle 16.' }, '203.0.113.11');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/aosta/services/${id}?hl=en&reported=1`);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await reports()).toEqual([{ reason: 'wrong_hours', message: 'Il martedì chiude alle 16.', service_id: id }]);
    const thanks = await env.app.inject({ method: 'GET', url: res.headers.location as string });
    expect(thanks.body).toContain(en.service.reported);
    const audit = await ownerQuery<{ diff: Record<string, unknown> }>(env, "SELECT diff FROM audit_event WHERE action = 'directory.report.create'");
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.diff)).not.toContain('martedì');
  });

  it('drops what a bot sends through the honeypot, answering as if it worked', async () => {
    const before = (await reports()).length;
    const res = await post(ids['Corso di italiano per donne']!, { reason: 'other', message: 'buy now', website: 'http://spam.example' }, '203.0.113.12');
    expect(res.statusCode).toBe(303);
    expect((await reports()).length).toBe(before);
  });

  it('limits reports per client address', async () => {
    const id = ids['Corso di italiano per donne']!;
    for (let i = 0; i < REPORT_LIMIT.count; i++) expect((await post(id, { reason: 'closed' }, '198.51.100.7')).statusCode).toBe(303);
    const over = await post(id, { reason: 'closed' }, '198.51.100.7');
    expect(over.statusCode).toBe(429);
    expect(over.body).toContain(en.report.rateLimited);
    expect((await post(id, { reason: 'closed' }, '198.51.100.8')).statusCode).toBe(303);
  });

  it('refuses reports on services that are not public', async () => {
    const before = (await reports()).length;
    expect((await post(ids['Casa rifugio riservata']!, { reason: 'closed' }, '203.0.113.20')).statusCode).toBe(404);
    expect((await post(ids['Servizio in bozza']!, { reason: 'closed' }, '203.0.113.20')).statusCode).toBe(404);
    expect((await reports()).length).toBe(before);
  });

  it('answers bodies it does not take with its own error page', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: `/aosta/services/${ids['Corso di italiano per donne']}/report?hl=en`,
      headers: { 'content-type': 'text/plain' },
      payload: 'reason=closed',
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain(en.errors.serverErrorTitle);
  });
});

describe('tenant slugs', () => {
  it('cannot take a path the server uses itself', async () => {
    for (const slug of ['api', 'app', 'hsds', 'healthz', 'readyz', 'metrics', 'assets']) {
      expect(tenantCreateInput.safeParse({ slug, name: 'Prova' }).success, slug).toBe(false);
      await expect(ownerQuery(env, `INSERT INTO tenant (slug, name) VALUES ($1, 'Prova')`, [slug])).rejects.toThrow(/tenant_slug_not_reserved/);
    }
    expect(tenantCreateInput.safeParse({ slug: 'apio', name: 'Prova' }).success).toBe(true);
  });
});
