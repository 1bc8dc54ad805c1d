import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, directoryEnv, makeLocation, makeOrganization, type DirectoryEnv } from './testing/directory-fixtures.js';

let d: DirectoryEnv;
let orgId: string;
let locationId: string;
beforeAll(async () => {
  d = await directoryEnv();
  orgId = await makeOrganization(d, 'Associazione Prova Servizi');
  locationId = await makeLocation(d, d.s.coordinator, { name: 'Sede Prova', address: { address1: 'Via Prova 1', city: 'Aosta', postalCode: '11100' }, latitude: 45.737, longitude: 7.32 });
}, 120_000);
afterAll(() => d?.env.close());

const fullService = () => ({
  organizationId: orgId,
  name: 'Sportello lavoro di prova',
  description: 'Orientamento al lavoro e al curriculum.',
  status: 'active',
  freeOfCharge: true,
  womenOnly: false,
  targetGroups: ['women', 'neet'],
  residencePermitRequirement: 'any_permit',
  acceptsReferrals: true,
  translations: { en: { name: 'Job desk (test)', eligibilityDescription: 'Adults looking for work' }, ar: { name: 'مكتب العمل' } },
  phones: [{ number: '+39 0165 000111', type: 'voice' }],
  schedules: [{ byday: 'MO,WE', opensAt: '09:00', closesAt: '12:30', description: 'Mattina' }],
  languages: ['it', 'ar', 'en'],
  needs: ['work-training', 'digital'],
  requiredDocuments: [{ document: 'Documento di identità', translations: { en: { document: 'Identity document' } } }],
  costOptions: [{ option: 'Gratuito', amount: 0, currency: 'EUR' }],
  locationIds: [locationId],
});

describe('directory services (staff API)', () => {
  let serviceId: string;

  it('creates a full service in one go, with history rows and an audit event', async () => {
    const before = await auditCount(d, 'directory.service.create');
    const res = await d.call(d.s.coordinator, 'POST', '/api/directory/services', fullService());
    expect(res.status).toBe(201);
    const s = res.body;
    serviceId = s.id;
    expect(s).toMatchObject({ name: 'Sportello lavoro di prova', publicationState: 'published', freeOfCharge: true, targetGroups: ['women', 'neet'], overdue: false });
    expect(s.needs).toEqual(['digital', 'work-training']);
    expect(s.languages).toEqual(['ar', 'en', 'it']);
    expect(s.schedules).toEqual([expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,WE', opensAt: '09:00', closesAt: '12:30' })]);
    expect(s.phones).toEqual([{ number: '+39 0165 000111', extension: null, type: 'voice', description: null }]);
    expect(s.translations.en).toEqual({ name: 'Job desk (test)', eligibilityDescription: 'Adults looking for work' });
    expect(s.requiredDocuments[0]).toMatchObject({ document: 'Documento di identità', translations: { en: { document: 'Identity document' } } });
    expect(s.costOptions[0]).toMatchObject({ option: 'Gratuito', amount: 0, currency: 'EUR' });
    expect(s.locations.map((l: { id: string }) => l.id)).toEqual([locationId]);
    expect(s.locations[0].address).toMatchObject({ address1: 'Via Prova 1', city: 'Aosta' });
    expect(s.verifiedBy?.displayName).toMatch(/coordinator/i);
    expect(s.nextCheckDue > new Date().toISOString().slice(0, 10)).toBe(true);
    expect(Array.isArray(s.duplicates)).toBe(true);
    expect(await auditCount(d, 'directory.service.create')).toBe(before + 1);
    const meta = await d.sql('SELECT field_name, last_action_type, replacement_value, updated_by FROM dir_metadata WHERE resource_id = $1', [serviceId]);
    const fields = meta.map((m) => m.field_name);
    expect(fields).toEqual(expect.arrayContaining(['name', 'free_of_charge', 'translations', 'phones', 'schedules', 'needs', 'location_ids']));
    expect(new Set(meta.map((m) => m.last_action_type))).toEqual(new Set(['create']));
    const [coord] = await d.sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'coordinator@aosta.demo.approdo.it'`);
    expect(new Set(meta.map((m) => m.updated_by))).toEqual(new Set([coord!.id]));
    // Stored with HSDS field names, as the profile says.
    const [row] = await d.sql('SELECT translations FROM dir_service WHERE id = $1', [serviceId]);
    expect(row!.translations.en.eligibility_description).toBe('Adults looking for work');
  });

  it('reads it back by id and finds it in the list with filters', async () => {
    const one = await d.call(d.s.front_desk, 'GET', `/api/directory/services/${serviceId}`);
    expect(one.status).toBe(200);
    expect(one.body.history.length).toBeGreaterThan(5);
    for (const query of ['q=sportello%20lavoro', 'q=SPORTÉLLO', 'category=work-training', `organizationId=${orgId}`, 'status=active&publicationState=published']) {
      const list = await d.call(d.s.front_desk, 'GET', `/api/directory/services?${query}`);
      expect(list.status, query).toBe(200);
      expect(list.body.items.map((i: { id: string }) => i.id), query).toContain(serviceId);
    }
    const none = await d.call(d.s.front_desk, 'GET', '/api/directory/services?category=housing&q=sportello%20lavoro%20di%20prova');
    expect(none.body.items.map((i: { id: string }) => i.id)).not.toContain(serviceId);
  });

  it('edits with replace-on-save children and records only what changed', async () => {
    const before = await auditCount(d, 'directory.service.update');
    const res = await d.call(d.s.coordinator, 'PATCH', `/api/directory/services/${serviceId}`, {
      description: 'Orientamento al lavoro, curriculum e colloqui.',
      schedules: [{ byday: 'TU', opensAt: '14:00', closesAt: '17:00' }],
      languages: ['it', 'ar', 'en'],
      needs: ['work-training'],
    });
    expect(res.status).toBe(200);
    expect(res.body.schedules).toEqual([expect.objectContaining({ byday: 'TU', opensAt: '14:00', closesAt: '17:00' })]);
    expect(res.body.needs).toEqual(['work-training']);
    expect(res.body.phones).toHaveLength(1);
    expect(await auditCount(d, 'directory.service.update')).toBe(before + 1);
    const meta = await d.sql(`SELECT field_name, previous_value, replacement_value FROM dir_metadata WHERE resource_id = $1 AND last_action_type = 'update'`, [serviceId]);
    expect(meta.map((m) => m.field_name).sort()).toEqual(['description', 'needs', 'schedules']);
    expect(meta.find((m) => m.field_name === 'description')).toMatchObject({ previous_value: 'Orientamento al lavoro e al curriculum.', replacement_value: 'Orientamento al lavoro, curriculum e colloqui.' });
  });

  it('refuses bad input with a translated 4xx and writes nothing', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...fullService(), name: '' }, 400, 'name'],
      [{ ...fullService(), needs: ['not-a-need'] }, 400, 'needs'],
      [{ ...fullService(), schedules: [{ byday: 'MO', opensAt: '18:00', closesAt: '09:00' }] }, 400, 'schedules'],
      [{ ...fullService(), schedules: [{ byday: 'XX', opensAt: '09:00', closesAt: '10:00' }] }, 400, 'schedules'],
      [{ ...fullService(), locationIds: ['00000000-0000-4000-8000-000000000000'] }, 400, 'locationIds'],
      [{ ...fullService(), organizationId: '00000000-0000-4000-8000-000000000000' }, 400, 'organizationId'],
      [{ ...fullService(), url: 'javascript:alert(1)' }, 400, 'url'],
      [{ ...fullService(), minimumAge: 30, maximumAge: 18 }, 400, 'maximumAge'],
    ];
    const count = async () => (await d.sql<{ n: number }>('SELECT count(*)::int AS n FROM dir_service'))[0]!.n;
    const services = await count();
    for (const [body, status, field] of cases) {
      const it = await d.call(d.s.coordinator, 'POST', '/api/directory/services', body);
      const en = await d.env.app.inject({ method: 'POST', url: '/api/directory/services?lang=en', headers: d.s.coordinator.headers, payload: body });
      expect(it.status, field).toBe(status);
      expect(it.body.error.code, field).toBe('VALIDATION_FAILED');
      expect(it.body.error.fields.map((f: { path: string }) => f.path.split('.')[1]), field).toContain(field);
      expect(en.json().error.message, field).not.toBe(it.body.error.message);
    }
    expect(await count()).toBe(services);
  });

  it('lets only approvers and partners edit, and nobody without directory.read read', async () => {
    expect((await d.call(d.s.front_desk, 'POST', '/api/directory/services', fullService())).status).toBe(403);
    expect((await d.call(d.s.analyst, 'PATCH', `/api/directory/services/${serviceId}`, { name: 'X' })).status).toBe(403);
    expect((await d.call(d.s.funder_viewer, 'GET', '/api/directory/services')).status).toBe(403);
    // A partner may not touch another organisation's service.
    const partner = await d.call(d.s.partner_operator, 'PATCH', `/api/directory/services/${serviceId}`, { name: 'Preso in prestito' });
    expect(partner.status).toBe(403);
    expect(partner.body.error.code).toBe('FORBIDDEN');
  });

  it('answers 404 for an unknown service', async () => {
    const res = await d.call(d.s.coordinator, 'GET', '/api/directory/services/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
  });

  it('puts overdue services in the verification queue until someone verifies them', async () => {
    await d.sql(`UPDATE dir_service SET next_check_due = current_date - 3 WHERE id = $1`, [serviceId]);
    const queue = await d.call(d.s.coordinator, 'GET', '/api/directory/verification-queue');
    expect(queue.status).toBe(200);
    const mine = queue.body.items.find((i: { id: string }) => i.id === serviceId);
    expect(mine).toMatchObject({ overdue: true });
    const dues = queue.body.items.map((i: { nextCheckDue: string | null }) => i.nextCheckDue ?? '');
    expect(dues).toEqual([...dues].sort());
    const overdueList = await d.call(d.s.coordinator, 'GET', '/api/directory/services?overdue=true');
    expect(overdueList.body.items.map((i: { id: string }) => i.id)).toContain(serviceId);

    const before = await auditCount(d, 'directory.service.verify');
    const verified = await d.call(d.s.coordinator, 'POST', `/api/directory/services/${serviceId}/verify`, {});
    expect(verified.status).toBe(200);
    const [row] = await d.sql<{ months: number; fresh: boolean }>(
      `SELECT (extract(year from age(next_check_due, current_date)) * 12 + extract(month from age(next_check_due, current_date)))::int AS months,
        last_verified_at > now() - interval '1 minute' AS fresh FROM dir_service WHERE id = $1`,
      [serviceId],
    );
    expect(row).toEqual({ months: 6, fresh: true });
    expect(await auditCount(d, 'directory.service.verify')).toBe(before + 1);
    const after = await d.call(d.s.coordinator, 'GET', '/api/directory/verification-queue');
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(serviceId);
  });

  it('honours the tenant’s verification interval', async () => {
    await d.sql(`UPDATE tenant SET settings = settings || '{"verificationMonths": 3}' WHERE slug = 'aosta'`);
    await d.call(d.s.coordinator, 'POST', `/api/directory/services/${serviceId}/verify`, {});
    const [row] = await d.sql<{ ok: boolean }>(`SELECT next_check_due = ((now() AT TIME ZONE 'Europe/Rome')::date + interval '3 months')::date AS ok FROM dir_service WHERE id = $1`, [serviceId]);
    expect(row!.ok).toBe(true);
    await d.sql(`UPDATE tenant SET settings = settings - 'verificationMonths' WHERE slug = 'aosta'`);
  });

  it('lists the needs taxonomy in the shipped order, translated', async () => {
    const res = await d.call(d.s.front_desk, 'GET', '/api/directory/needs');
    expect(res.status).toBe(200);
    expect(res.body.items.slice(0, 3).map((t: { code: string }) => t.code)).toEqual(['language', 'work-training', 'housing']);
    expect(res.body.items[2].translations.ar.name).toBe('السكن');
  });
});
